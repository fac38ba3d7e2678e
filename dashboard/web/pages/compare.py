"""Compare indicators: one indicator across the areas as chart, map or table, with benchmarks; the URL is the state."""

from urllib.parse import urlencode

import streamlit as st

from dashboard.data import geo
from dashboard.figures import compare_view
from dashboard.i18n import t
from dashboard.i18n.fmt import md_escape, md_to_plain
from dashboard.transform.view_state import BENCHMARKS, CHARTS, COLOURS, NORMS, VIEWS, per_capita_allowed
from dashboard.urls.compare import parse_state, to_params
from dashboard.web import cache
from dashboard.web.describe import compare_description, describe
from dashboard.web.widgets import (
    current_lang,
    current_set,
    data_page_link,
    figure_downloads,
    set_params,
    show_notices,
    show_query,
    table_downloads,
    url_bound,
)

PLOTLY_CONFIG = {"displaylogo": False, "responsive": True}
RANGE_CHARTS = ("line", "multiples")
AUTO = "auto"  # the year chosen from the data

lang = current_lang()
suffix = "it" if lang == "it" else "en"
directory = cache.data_dir()
set_id = current_set()
catalog = cache.catalog_by_id(directory)
areas = cache.areas(directory, set_id)
years = cache.indicator_years(directory, set_id)
area_ids = areas["area_id"].tolist()
short = dict(zip(areas["area_id"], areas[f"short_{suffix}"], strict=True))

# The URL is the state: parse it, say what was not usable, and write the normalised state back (a permalink).
params = {name: st.query_params.get(name) for name in st.query_params}
rules = cache.indicator_rules(directory, set_id)
default_bench = tuple(b for b in cache.comparison_set(directory, set_id).get("default_bench", "").split(",") if b)
state = parse_state(params, catalog.index.tolist(), area_ids, years, rules, default_bench)
# The set is part of every permalink but the default one's (?set= is read by comparison_set_choice).
set_param = set_params(set_id)
st.query_params.from_dict({**to_params(state, default_bench), **set_param, **({"lang": lang} if lang != "en" else {})})
notices, state = state.notices, state.with_()  # the cache key is the view only, without its notices

st.title(t("compare.title", lang))
st.caption(t("compare.intro", lang))
show_notices([t(f"compare.notice.{n.key}", lang, param=md_escape(n.param), value=md_escape(n.value)) for n in notices])
prepared = cache.compare_rows(directory, state, set_id)

# Controls: each writes its parameter into the URL; the next run reads it back through parse_state.
themes = {ind: str(catalog.loc[ind, "theme"]) for ind in catalog.index}
ordered = sorted(catalog.index, key=lambda ind: (themes[ind], str(catalog.loc[ind, f"name_{suffix}"])))


def indicator_label(ind: str) -> str:
    """'Theme · name' so the list reads grouped by theme."""
    return f"{t(f'theme.{themes[ind]}', lang)} · {catalog.loc[ind, f'name_{suffix}']}"


top = st.columns([2, 3])
top[0].selectbox(
    t("compare.indicator", lang), ordered, format_func=indicator_label,
    **url_bound("cmp_ind", state.ind, "ind", drop=("year", "from", "to", "x", "norm")),
)
top[1].multiselect(
    t("compare.areas", lang), area_ids, format_func=lambda a: short[a],
    **url_bound("cmp_areas", list(state.areas), "areas", encode=lambda v: ",".join(v) or None),
)
left, right = st.columns(2)
if state.view == "chart":
    left.segmented_control(
        t("compare.chart", lang), CHARTS, format_func=lambda c: t(f"compare.chart.{c}", lang), required=True,
        **url_bound("cmp_chart", state.chart, "chart"),
    )
if state.view == "chart" and state.chart == "line":
    left.multiselect(
        t("compare.highlight", lang), list(state.areas), format_func=lambda a: short[a],
        **url_bound("cmp_hl", list(state.highlight), "hl", encode=lambda v: ",".join(v) or None),
    )
if state.view != "map":
    right.pills(
        t("compare.bench", lang), BENCHMARKS, selection_mode="multi",
        format_func=lambda b: t(f"compare.bench.{b}", lang),
        **url_bound("cmp_bench", list(state.bench), "bench",
                    encode=lambda v: ",".join(v) or ("none" if default_bench else None)),
    )
norm_options = [n for n in NORMS if n != "per_capita" or per_capita_allowed(state.ind, rules)]
left.segmented_control(
    t("compare.norm", lang), norm_options, format_func=lambda n: t(f"compare.norm.{n}", lang), required=True,
    **url_bound("cmp_norm", state.norm if state.norm in norm_options else "none", "norm"),
)
if state.view != "map":
    right.segmented_control(
        t("compare.colour", lang), COLOURS, format_func=lambda c: t(f"compare.colour.{c}", lang), required=True,
        **url_bound("cmp_colour", state.colour, "colour"),
    )
available = years.get(state.ind, [])
single_year = state.view == "map" or state.chart not in RANGE_CHARTS
if single_year and available:
    st.selectbox(
        t("compare.year", lang), [AUTO, *reversed(available)],
        format_func=lambda y: f"{t('compare.year_auto', lang)} ({prepared.year})" if y == AUTO else str(y),
        **url_bound("cmp_year", AUTO if state.year is None else state.year, "year",
                    encode=lambda y: None if y == AUTO else str(y)),
    )
elif len(available) > 1:
    first, last = st.columns(2)
    first.selectbox(
        t("compare.from", lang), [y for y in available if y <= prepared.year_to],
        **url_bound("cmp_from", prepared.year_from, "from"),
    )
    last.selectbox(
        t("compare.to", lang), [y for y in available if y >= prepared.year_from],
        **url_bound("cmp_to", prepared.year_to, "to"),
    )
if state.chart == "scatter" and state.view == "chart":
    x_options = [ind for ind in ordered if ind != state.ind]
    st.selectbox(
        t("compare.x", lang), x_options, format_func=indicator_label,
        **url_bound("cmp_x", prepared.x_indicator if prepared.x_indicator in x_options else x_options[0], "x"),
    )

definition = str(catalog.loc[state.ind, f"definition_{suffix}"])
caveat = rules.caveat(state.ind, lang)
if caveat:  # the catalogue's caveat (e.g. a previous release) is said before the definition
    st.info(md_escape(caveat) + " " + t("compare.definition", lang, text=md_escape(definition)))
else:
    st.caption(t("compare.definition", lang, text=md_escape(definition)))


def on_view_change() -> None:
    """Tab switch: keep the view in the URL."""
    label = st.session_state["cmp_view"]
    labels = {t(f"compare.tab.{v}", lang): v for v in VIEWS}
    st.query_params["view"] = labels.get(label, "chart")


st.session_state["cmp_view"] = t(f"compare.tab.{state.view}", lang)
chart_tab, map_tab, table_tab = st.tabs(
    [t(f"compare.tab.{v}", lang) for v in VIEWS], key="cmp_view", on_change=on_view_change
)
if state.view == "chart":
    with chart_tab:
        if state.chart == "scatter" and state.norm != "none":
            st.info(t("compare.notice.scatter_norm", lang))
        fig, lines = cache.compare_chart(directory, state, lang, set_id)
        st.plotly_chart(fig, config=PLOTLY_CONFIG, key="cmp_chart_fig")
        describe(compare_description(directory, state, lang, set_id), lang, "cmp-chart")
        st.caption("\n\n".join(lines))
        figure_downloads(fig, f"metrocase_{state.ind}_{state.chart}", lang, caption=md_to_plain("\n".join(lines)))
        show_query([(call.name, call.params) for call in prepared.calls])
elif state.view == "map":
    with map_tab:
        fig, lines, has_regions = cache.compare_map(directory, state, lang, str(geo.geo_dir()), set_id)
        if not has_regions:
            st.warning(t("compare.notice.no_boundaries", lang), icon="🗺️")
        if state.colour == "body_type":
            st.info(t("compare.notice.map_body_type", lang))
        st.plotly_chart(fig, config={**PLOTLY_CONFIG, "scrollZoom": False}, key="cmp_map_fig")
        describe(compare_description(directory, state, lang, set_id), lang, "cmp-map")
        st.caption("\n\n".join(lines))
        figure_downloads(fig, f"metrocase_{state.ind}_map", lang, caption=md_to_plain("\n".join(lines)))
        show_query([(call.name, call.params) for call in prepared.calls])
else:
    with table_tab:
        rows = cache.compare_table(directory, state, lang, set_id)
        st.dataframe(compare_view.table_display(rows, catalog, state, lang), hide_index=True)
        if lang != "en":
            st.caption(t("table.source_language", lang))
        table_downloads(rows, f"metrocase_{state.ind}", lang, key="cmp_table")
        show_query([(call.name, call.params) for call in prepared.calls])

# The same selection as a filtered download (the Data page reads the same parameter names).
export_filter = {"areas": ",".join(state.areas), "ind": state.ind, "from": str(prepared.year_from),
                 "to": str(prepared.year_to), **({"bench": ",".join(state.bench)} if state.bench else {})}
data_page_link(lang, export_filter)
st.caption(t("compare.link", lang))
link = {**set_param, **to_params(state, default_bench), **({"lang": lang} if lang != "en" else {})}
st.code("/compare?" + urlencode(link), language=None)
