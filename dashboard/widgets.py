"""Small Streamlit helpers: each draws one widget or notice and returns its value."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

from dashboard.fmt import md_escape
from dashboard.i18n import DEFAULT_LANG, LANGS, normalise_lang, t
from dashboard.urlstate import shown as shown_value

LANG_STATE = "lang"
LANG_WIDGET = "lang_choice"


def _on_lang_change() -> None:
    """Keep the chosen language in the session and in the URL (so links carry it)."""
    chosen = st.session_state[LANG_WIDGET]
    st.session_state[LANG_STATE] = chosen
    st.query_params["lang"] = chosen


def language() -> str:
    """Resolve the UI language from the URL (?lang=) or the session, draw the switch, and return it."""
    asked = st.query_params.get("lang")
    lang = normalise_lang(asked)
    if lang is None:
        if asked is not None:
            # escaped: the rejected text is Markdown-rendered, and a link or image in it would load remote content
            shown = md_escape(shown_value(asked))
            st.warning(t("notice.bad_lang", st.session_state.get(LANG_STATE, DEFAULT_LANG), value=shown))
            del st.query_params["lang"]
        lang = st.session_state.get(LANG_STATE, DEFAULT_LANG)
    st.session_state[LANG_STATE] = lang
    if lang != DEFAULT_LANG:
        st.query_params["lang"] = lang
    st.session_state[LANG_WIDGET] = lang
    st.sidebar.radio(
        t("lang.label", lang),
        LANGS,
        key=LANG_WIDGET,
        format_func=lambda code: t(f"lang.{code}", lang),
        horizontal=True,
        on_change=_on_lang_change,
    )
    return lang


def current_lang() -> str:
    """Return the language resolved for this run by language()."""
    return st.session_state.get(LANG_STATE, DEFAULT_LANG)


def _write_param(param: str, key: str, encode: Callable[[object], str | None], drop: Sequence[str]) -> None:
    """Callback: put a widget's new value into the URL (the page parses the URL, so the URL is the state)."""
    value = encode(st.session_state[key])
    if value is None:
        st.query_params.pop(param, None)
    else:
        st.query_params[param] = value
    for other in drop:  # parameters that only made sense with the old value (e.g. years of another indicator)
        st.query_params.pop(other, None)


def url_bound(key: str, value: object, param: str, encode: Callable[[object], str | None] = str,
              drop: Sequence[str] = ()) -> dict:
    """Show value in the widget `key` and return the on_change arguments that write changes back to the URL."""
    st.session_state[key] = value
    return {"key": key, "on_change": _write_param, "args": (param, key, encode, tuple(drop))}


def show_notices(messages: Sequence[str]) -> None:
    """Show each notice as a warning (messages are already escaped Markdown)."""
    for message in messages:
        st.warning(message, icon="⚠️")
