"""Small Streamlit helpers: each draws one widget or notice and returns its value."""

from __future__ import annotations

import streamlit as st

from dashboard.i18n import DEFAULT_LANG, LANGS, normalise_lang, t

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
            st.warning(t("notice.bad_lang", st.session_state.get(LANG_STATE, DEFAULT_LANG), value=asked[:40]))
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
