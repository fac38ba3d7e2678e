"""Small Streamlit helpers: each draws one widget or notice and returns its value."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from urllib.parse import urlencode, urlsplit, urlunsplit

import duckdb
import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from dashboard.data.db import DataDirRefused, query_text
from dashboard.data.queries import METRO_CASE
from dashboard.exports import images
from dashboard.exports.registry import (
    EXPORT_FORMATS,
    FIGURE_FORMATS,
    FORMATS,
    TABLE_FORMATS,
    export_bytes,
    figure_bytes,
    file_name,
    table_bytes,
)
from dashboard.exports.table import Export
from dashboard.i18n import DEFAULT_LANG, LANGS, normalise_lang, t
from dashboard.i18n.fmt import md_escape
from dashboard.urls.parse import parse_choice, parse_list, parse_text
from dashboard.urls.parse import shown as shown_value
from dashboard.web import cache

LANG_STATE = "lang"
MAX_PROBLEMS_SHOWN = 10
LANG_WIDGET = "lang_choice"
SET_STATE = "comparison_set"
SET_WIDGET = "set_choice"
SET_PARAM = "set"


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


def require_data(lang: str) -> None:
    """Stop with a clear message if the data directory cannot be loaded (instead of Streamlit's generic error)."""
    directory = cache.data_dir()
    try:
        cache.connection(directory)
    except DataDirRefused as exc:
        shown = "\n".join(f"- `{str(problem)[:300]}`" for problem in exc.problems[:MAX_PROBLEMS_SHOWN])
        st.error(
            t("error.data_refused", lang, path=md_escape(directory), n=len(exc.problems), shown=MAX_PROBLEMS_SHOWN)
            + "\n\n" + shown,
            icon="🚫",
        )
        st.stop()
    except (duckdb.Error, OSError) as exc:
        first = md_escape(str(exc).splitlines()[0][:200])
        st.error(t("error.data_dir", lang, path=md_escape(directory), reason=first), icon="🚫")
        st.stop()


def current_lang() -> str:
    """Return the language resolved for this run by language()."""
    return st.session_state.get(LANG_STATE, DEFAULT_LANG)


def _on_set_change() -> None:
    """A new set is a new view: the URL keeps only the language and the set (area ids differ between sets)."""
    chosen = st.session_state[SET_WIDGET]
    lang = st.query_params.get("lang")
    st.query_params.clear()
    if lang:
        st.query_params["lang"] = lang
    st.query_params[SET_PARAM] = chosen
    st.session_state[SET_STATE] = chosen


def comparison_set_choice(lang: str) -> str:
    """Resolve the comparison set from the URL (?set=, an unknown one falls back with a notice), draw its switch."""
    sets = cache.comparison_sets(cache.data_dir())
    ids = [str(s) for s in sets["set_id"]]
    default = METRO_CASE if METRO_CASE in ids or not ids else ids[0]
    asked = st.query_params.get(SET_PARAM)
    chosen, bad = parse_choice(asked, ids, default)
    names = dict(zip(ids, sets[f"name_{'it' if lang == 'it' else 'en'}"].astype(str), strict=True))
    if bad is not None:
        st.warning(t("notice.bad_set", lang, value=md_escape(bad), default=md_escape(names.get(default, default))))
        del st.query_params[SET_PARAM]
    st.session_state[SET_STATE] = chosen
    if len(ids) > 1:  # one set needs no switch
        st.session_state[SET_WIDGET] = chosen
        st.sidebar.radio(t("set.label", lang), ids, key=SET_WIDGET, format_func=names.get, on_change=_on_set_change)
    return chosen


def project_tables(lang: str, key: str) -> None:
    """The project's partners and events as tables, every row with its source (nothing if the data has none)."""
    tables = cache.project_tables(cache.data_dir(), lang)  # as shown, built once per data and language
    link = st.column_config.LinkColumn
    if not tables.partners.empty:
        st.subheader(t("project.partners_heading", lang, n=len(tables.partners)))
        columns = {"name_en": t("project.col.name", lang), "name_local": t("project.col.name_local", lang),
                   "role": t("project.col.role", lang), "country": t("project.col.country", lang),
                   "policy_instrument": t("project.col.instrument", lang),
                   "policy_instrument_url": link(t("project.col.instrument_url", lang)),
                   "source_url": link(t("col.source", lang)), "other_sources": t("project.col.other_sources", lang),
                   "note": t("col.note", lang)}
        st.dataframe(tables.partners_shown, hide_index=True, column_order=list(columns), column_config=columns)
        table_downloads(tables.partners, "metrocase_partners", lang, ("csv", "xlsx"), key=f"{key}_partners")
    if not tables.events.empty:
        st.subheader(t("project.events_heading", lang, n=len(tables.events)))
        columns = {"date_start": st.column_config.DateColumn(t("project.col.from", lang)),
                   "date_end": st.column_config.DateColumn(t("project.col.to", lang)),
                   "title": t("project.col.title", lang), "city": t("project.col.city", lang),
                   "kind": t("project.col.kind", lang), "host": t("project.col.host", lang),
                   "topic": t("project.col.topic", lang), "source_url": link(t("col.source", lang)),
                   "other_sources": t("project.col.other_sources", lang), "note": t("col.note", lang)}
        st.dataframe(tables.events_shown, hide_index=True, column_order=list(columns), column_config=columns)
        table_downloads(tables.events, "metrocase_events", lang, ("csv", "xlsx"), key=f"{key}_events")
        st.caption(t("project.caption", lang))


def current_set() -> str:
    """Return the comparison set resolved for this run by comparison_set_choice()."""
    return st.session_state.get(SET_STATE, METRO_CASE)


def set_params(set_id: str) -> dict[str, str]:
    """The set's URL parameter for links to other pages (none for the default set)."""
    return {} if set_id == METRO_CASE else {SET_PARAM: set_id}


DATA_PAGE = "dashboard/web/pages/data.py"


def _download(fmt: str, lang: str, data: object, name: str, key: str, what: str, disabled: bool = False) -> None:
    """One download button whose file is built only when clicked (Streamlit calls data then, on its own thread)."""
    st.download_button(
        t(f"download.{fmt}", lang),
        data=data,
        file_name=file_name(name, fmt),
        mime=FORMATS[fmt].mime,
        key=key,
        help=t("download.help", lang, what=what, fmt=fmt.upper()),
        on_click="ignore",  # a download changes nothing on the page: no rerun
        icon=":material/download:",
        disabled=disabled,
    )


def table_downloads(
    frame: pd.DataFrame,
    name: str,
    lang: str,
    formats: Sequence[str] = TABLE_FORMATS,
    labels: Mapping[str, str] | None = None,
    key: str | None = None,
) -> None:
    """Draw download buttons for a table exactly as the page shows it.

    frame: the rows as filtered on the page (machine column names are kept in CSV and Parquet);
    name: the file name without extension, e.g. "sources" (made safe); lang: the UI language;
    formats: any of the registry's TABLE_FORMATS (default all: "csv", "xlsx", "parquet");
    labels: column -> header for the XLSX sheet;
    key: a unique prefix if the page draws two tables with the same name.
    CSV and XLSX are formula-safe (OWASP); files are built only when a button is clicked.
    """
    with st.container(horizontal=True, key=f"dl-{key or name}"):
        for fmt in formats:
            data = partial(table_bytes, frame, fmt, dict(labels) if labels else None)
            _download(fmt, lang, data, name, f"dl-{key or name}-{fmt}", name)


def _figure_file(
    fig: go.Figure | Callable[[], go.Figure], fmt: str, caption: str | None, attribution: str | None
) -> bytes:
    """The image file of a figure, or of the figure a builder returns (called only now, when the button is clicked)."""
    return figure_bytes(fig if isinstance(fig, go.Figure) else fig(), fmt, caption, attribution)


def figure_downloads(
    fig: go.Figure | Callable[[], go.Figure],
    name: str,
    lang: str,
    caption: str | None = None,
    attribution: str | None = None,
    key: str | None = None,
) -> None:
    """Draw PNG and SVG download buttons for a figure as shown, with its title, caption and attribution.

    fig: the Plotly figure as drawn, or a function building it (a map's outlines are kept only while needed);
    name: the file name without extension;
    caption: the source/years/missing text shown under the figure; attribution: e.g. the map's
    "© EuroGeographics ..." line. Images are rendered offline by Chromium only when a button is clicked
    (~0.3 s warm, a few seconds the first time); without Chromium a short notice replaces the buttons.
    """
    if not images.image_export_available():
        st.caption(t("download.images_unavailable", lang))
        return
    with st.container(horizontal=True, key=f"img-{key or name}"):
        for fmt in FIGURE_FORMATS:
            data = partial(_figure_file, fig, fmt, caption, attribution)
            _download(fmt, lang, data, name, f"img-{key or name}-{fmt}", name)


def export_downloads(export: Export, lang: str, geojson_available: bool, name: str = "metrocase-values") -> None:
    """Draw a download button per format for an Export (rows + metadata + citation); GeoJSON only with boundaries."""
    with st.container(horizontal=True, key=f"export-{name}"):
        for fmt in EXPORT_FORMATS:
            disabled = fmt == "geojson" and not geojson_available
            data = partial(export_bytes, export, fmt, cache.data_dir())
            _download(fmt, lang, data, name, f"export-{name}-{fmt}", name, disabled)
    if not geojson_available:
        st.caption(t("download.geojson_unavailable", lang))


def data_page_link(lang: str, params: Mapping[str, str]) -> None:
    """Link to the Data & downloads page with this page's filters (export_params names: areas, ind, from, to...)."""
    query = {**params, **set_params(current_set()), **({"lang": lang} if lang != DEFAULT_LANG else {})}
    st.page_link(DATA_PAGE, label=t("nav.data", lang), icon=":material/download:", query_params=query)


def _sync_from_url(key: str, url_value: object, parsed: object) -> None:
    """Load a widget's state from the URL on first run, or when the URL changed since this page wrote it."""
    if key not in st.session_state or st.session_state.get(f"{key}__url") != url_value:
        st.session_state[key] = parsed


def url_multiselect(
    param: str,
    label: str,
    options: Sequence[str],
    default: Sequence[str],
    format_func: Callable[[str], str],
    notice_key: str,
    notices: DeltaGenerator | None = None,
    min_items: int = 2,
    max_items: int | None = 3,
    placeholder: str | None = None,
) -> list[str]:
    """Draw a multiselect kept in the URL (?param=a,b); invalid links fall back to default with a notice."""
    lang, key = current_lang(), f"url_{param}"
    raw = st.query_params.get(param)
    chosen, rejected = parse_list(raw, options, default, max_items=max_items)
    if len(chosen) < min_items:  # too few valid items left is no comparison: fall back as a whole
        chosen, rejected = list(default), rejected or ", ".join(chosen)
    if rejected is not None:
        # escaped: URL text shown as Markdown could otherwise draw links or load remote images
        (notices or st).warning(t(notice_key, lang, value=md_escape(rejected), n=len(options)))
    _sync_from_url(key, raw, chosen)
    st.multiselect(label, list(options), key=key, format_func=format_func, max_selections=max_items,
                   placeholder=placeholder)
    # Display order, as parse_list reads it back, so that the same view always has the same link.
    value = [v for v in options if v in st.session_state[key]]
    written = ",".join(value) if value and len(value) >= min_items else None  # an empty filter leaves the URL
    if written is None:
        st.query_params.pop(param, None)
    else:
        st.query_params[param] = written
    st.session_state[f"{key}__url"] = written
    return value


def url_text_input(
    param: str, label: str, placeholder: str, notices: DeltaGenerator | None = None, max_length: int = 100
) -> str:
    """Draw a text box kept in the URL (?param=...); text that is too long or not printable is dropped with a notice."""
    lang, key = current_lang(), f"url_{param}"
    raw = st.query_params.get(param)
    text, rejected = parse_text(raw, max_length)
    if rejected is not None:
        (notices or st).warning(t("notice.bad_text", lang, value=md_escape(rejected), n=max_length))
    _sync_from_url(key, raw if rejected is None else None, text)
    st.text_input(label, key=key, max_chars=max_length, placeholder=placeholder)
    value, _ = parse_text(st.session_state[key], max_length)
    if value:
        st.query_params[param] = value
    else:
        st.query_params.pop(param, None)
    st.session_state[f"{key}__url"] = value or None
    return value


def show_query(calls: Sequence[tuple[str, Mapping[str, object]]]) -> None:
    """Draw a collapsed 'Show query' box: each SQL file behind a figure and the values bound to it."""
    lang = current_lang()
    with st.expander(t("query.show", lang)):
        for name, params in calls:
            st.code(query_text(name), language="sql")
            st.caption(t("query.params", lang, name=f"`{name}`"))
            st.code(json.dumps(dict(params), ensure_ascii=False, default=str), language="json")


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


REMEMBERED = "remembered_views"
KEPT_PARAMS = {"lang", SET_PARAM}  # parameters every page carries: a link with only these names no view


def remembered_params(page: str, set_id: str, params: dict[str, str]) -> dict[str, str]:
    """Return the link's parameters, or the view last shown on page in this session if the link names none.

    The menu opens a page without parameters: without this, coming back to a page would reset its view.
    The page calls remember() with the state it shows, so the URL still reproduces the view.
    """
    saved = st.session_state.get(REMEMBERED, {}).get((page, set_id))
    if saved is None or set(params) - KEPT_PARAMS:
        return params
    return {**saved, **params}


def remember(page: str, set_id: str, params: Mapping[str, str]) -> None:
    """Keep a page's normalised view parameters in the session (see remembered_params)."""
    st.session_state.setdefault(REMEMBERED, {})[(page, set_id)] = {
        k: v for k, v in params.items() if k not in KEPT_PARAMS
    }


def absolute_url(here: str | None, path: str, params: Mapping[str, str]) -> str:
    """Return the address of the page at url path `path` with params, from `here`, the page's address in the browser.

    here is st.context.url: scheme, host, port and any base path as the browser reached the server (behind nginx
    too), so no configured host can be wrong; without it (a script run with no browser) the link is relative.
    """
    query = urlencode(dict(params))
    if not here:
        return f"/{path}?{query}" if query else f"/{path}"
    scheme, netloc, current, _, _ = urlsplit(here)
    base = current.rstrip("/")
    if base.endswith(f"/{path}"):  # the page's own segment; what is left is the app's base path, if any
        base = base[: -len(path) - 1]
    return urlunsplit((scheme, netloc, f"{base}/{path}", query, ""))


def permalink(path: str, params: Mapping[str, str], label: str) -> str:
    """Draw the absolute link to this view with a copy button (st.code's, offline) and return it."""
    link = absolute_url(st.context.url, path, params)
    st.caption(label)
    st.code(link, language=None, wrap_lines=True)  # the whole address readable, not scrolled
    return link
