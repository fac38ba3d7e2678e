"""Data & downloads: choose areas, indicators and years (or arrive with them in the URL), preview, download."""

from datetime import date

import streamlit as st

from dashboard.exports.table import BENCH_CHOICES, PREVIEW_HIDDEN, Selection, area_label, column_label
from dashboard.i18n import t
from dashboard.i18n.fmt import md_escape
from dashboard.urls.data_page import PARAMS, selection_from_params, selection_to_params
from dashboard.urls.parse import shown
from dashboard.web import cache
from dashboard.web.widgets import current_lang, current_set, export_downloads

# Widget keys, and the URL parameters this page last wrote: a different URL means the user arrived with a link.
KEYS = {"areas": "data_areas", "ind": "data_ind", "years": "data_years", "bench": "data_bench", "comp": "data_comp"}
URL_STATE = "data_url"

lang = current_lang()
directory = cache.data_dir()
set_id = current_set()
options = cache.export_choices(directory, set_id)
st.title(t("data.title", lang))
st.markdown(t("data.intro", lang))

# The set is part of the state: another set's areas are not options here, so a new set resets the filters.
url = {name: st.query_params[name] for name in PARAMS if name in st.query_params} | {"set": set_id}
if st.session_state.get(URL_STATE) != url:
    asked, notices = selection_from_params(url, options)
    for param, value in notices:
        # escaped and shortened: URL text shown as Markdown could otherwise draw links or load remote images
        st.warning(t("data.notice.bad_param", lang, param=md_escape(param), value=md_escape(shown(value))))
    st.session_state[KEYS["areas"]] = list(asked.areas)
    st.session_state[KEYS["ind"]] = list(asked.indicators)
    st.session_state[KEYS["years"]] = (asked.year_from, asked.year_to)
    st.session_state[KEYS["bench"]] = list(asked.bench)
    st.session_state[KEYS["comp"]] = asked.components

st.header(t("data.filters_heading", lang))
left, right = st.columns(2)
areas = left.multiselect(
    t("data.areas", lang), options.areas, key=KEYS["areas"],
    format_func=lambda a: area_label(a, lang, options), placeholder=t("data.choose", lang),
)
bench = left.multiselect(
    t("data.bench", lang), BENCH_CHOICES, key=KEYS["bench"], format_func=lambda b: t(f"data.bench.{b}", lang),
    placeholder=t("data.choose", lang),  # Streamlit's own placeholder is English
)
names = options.indicator_names["it" if lang == "it" else "en"]
indicators = right.multiselect(
    t("data.indicators", lang), options.indicators, key=KEYS["ind"], format_func=lambda i: names.get(i, i),
    placeholder=t("data.choose", lang),
)
year_from, year_to = right.slider(
    t("data.years", lang), min_value=options.year_min, max_value=options.year_max, key=KEYS["years"]
)
components = st.checkbox(t("data.components", lang), key=KEYS["comp"])

# Display order, not click order: the same filter always gives the same permalink (as the URL parsers return it).
selection = Selection(
    tuple(a for a in options.areas if a in areas),
    tuple(i for i in options.indicators if i in indicators),
    int(year_from),
    int(year_to),
    tuple(b for b in BENCH_CHOICES if b in bench),
    components,
)
written = selection_to_params(selection, options)
# The URL is the page's state (permalink): rewrite this page's parameters, keep the others (lang).
for name in PARAMS:
    if name in written:
        st.query_params[name] = written[name]
    elif name in st.query_params:
        del st.query_params[name]
st.session_state[URL_STATE] = written | {"set": set_id}

st.header(t("data.preview_heading", lang))
if not areas or not indicators:
    st.info(t("data.no_rows", lang))
    st.stop()
today = date.today()
export = cache.export(directory, selection, lang, today, set_id)
values = export.values
if values.empty:
    st.info(t("data.no_rows", lang))
    st.stop()
st.caption(t("data.rows", lang, n=len(values)))
preview = cache.export_preview(directory, selection, lang, today, set_id)
st.dataframe(
    preview,
    hide_index=True,
    column_order=[column for column in preview.columns if column not in PREVIEW_HIDDEN],  # names, not ids
    column_config={column: column_label(column, lang) for column in values.columns},
)

st.header(t("data.download_heading", lang))
st.caption(t("data.download_help", lang))
export_downloads(export, lang, cache.boundaries_available(directory))

st.header(t("data.cite_heading", lang))
st.code(export.citation, language=None, wrap_lines=True)
