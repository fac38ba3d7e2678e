"""Compare indicators: one indicator across the areas as chart, map or table, with benchmarks; the URL is the state."""

from functools import partial

import streamlit as st

from dashboard.data import geo
from dashboard.figures import compare_view
from dashboard.figures.captions import split_caption
from dashboard.i18n import t
from dashboard.i18n.fmt import md_escape, md_to_plain
from dashboard.transform.view_state import BENCHMARKS, CHARTS, COLOURS, NORMS, VIEWS, per_capita_allowed
from dashboard.urls.compare import parse_state, to_params
from dashboard.web import cache, show
from dashboard.web.describe import compare_description, describe
from dashboard.web.widgets import (
    current_lang,
    current_set,
    data_page_link,
    figure_downloads,
    permalink,
    remember,
    remembered_params,
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
# Coming back to the page within a session (the menu drops the link's parameters) restores the last view.
params = remembered_params("compare", set_id, {name: st.query_params.get(name) for name in st.query_params})
rules = cache.indicator_rules(directory, set_id)
default_bench = tuple(b for b in cache.comparison_set(directory, set_id).get("default_bench", "").split(",") if b)
state = parse_state(params, catalog.index.tolist(), area_ids, years, rules, default_bench)
# The set is part of every permalink but the default one's (?set= is read by comparison_set_choice).
set_param = set_params(set_id)
link = {**to_params(state, default_bench), **set_param, **({"lang": lang} if lang != "en" else {})}
st.query_params.from_dict(link)
remember("compare", set_id, link)
notices, state = state.notices, state.with_()  # the cache key is the view only, without its notices

st.title(t("compare.title", lang))
show_notices([t(f"compare.notice.{n.key}", lang, param=md_escape(n.param), value=md_escape(n.value)) for n in notices])
prepared = cache.compare_rows(directory, state, set_id)

# Controls: each writes its parameter into the URL; the next run reads it back through parse_state.
# The three that change what a presenter shows stay in one row; the rest fold away, so the figure is in the
# first screen at 1280x720.
menu = cache.indicator_menu(directory, lang)  # 'Theme · name' by id, grouped by theme: built once per language
ordered = list(menu)
indicator_label = menu.__getitem__


# indicator, chart kind (the chart tab only), years, options: every label whole at 1280 px
widths = [3.5, 3.6, 3.8, 2.1] if state.view == "chart" else [5, 5, 2.1]
main_row = st.columns(widths, vertical_alignment="bottom")
main_row[0].selectbox(
    t("compare.indicator", lang), ordered, format_func=indicator_label,
    **url_bound("cmp_ind", state.ind, "ind", drop=("year", "from", "to", "x", "norm")),
)
if state.view == "chart":
    main_row[1].selectbox(
        t("compare.chart", lang), CHARTS, format_func=lambda c: t(f"compare.chart.{c}", lang),
        **url_bound("cmp_chart", state.chart, "chart"),
    )
available = years.get(state.ind, [])
years_column = main_row[2] if state.view == "chart" else main_row[1]  # the map and table have no chart kind
single_year = state.view == "map" or state.chart not in RANGE_CHARTS
if single_year and available:
    years_column.selectbox(
        t("compare.year", lang), [AUTO, *reversed(available)],
        format_func=lambda y: f"{t('compare.year_auto', lang)} ({prepared.year})" if y == AUTO else str(y),
        **url_bound("cmp_year", AUTO if state.year is None else state.year, "year",
                    encode=lambda y: None if y == AUTO else str(y)),
    )
elif len(available) > 1:
    first, last = years_column.columns(2)
    first.selectbox(
        t("compare.from", lang), [y for y in available if y <= prepared.year_to],
        **url_bound("cmp_from", prepared.year_from, "from"),
    )
    last.selectbox(
        t("compare.to", lang), [y for y in available if y >= prepared.year_from],
        **url_bound("cmp_to", prepared.year_to, "to"),
    )

with main_row[-1].popover(t("compare.options", lang), icon=":material/tune:", width="stretch"):
    # one column: pills and segmented controls do not wrap, and a popover is narrow
    st.pills(
        t("compare.areas", lang), area_ids, format_func=lambda a: short[a],
        selection_mode="multi",
        **url_bound("cmp_areas", list(state.areas), "areas", encode=lambda v: ",".join(v) or None),
    )
    if state.chart == "scatter" and state.view == "chart":
        x_options = [ind for ind in ordered if ind != state.ind]
        st.selectbox(
            t("compare.x", lang), x_options, format_func=indicator_label,
            **url_bound("cmp_x", prepared.x_indicator if prepared.x_indicator in x_options else x_options[0], "x"),
        )
    if state.view == "chart" and state.chart == "line":
        st.multiselect(
            t("compare.highlight", lang), list(state.areas), format_func=lambda a: short[a],
            placeholder=t("compare.highlight_none", lang),
            **url_bound("cmp_hl", list(state.highlight), "hl", encode=lambda v: ",".join(v) or None),
        )
    if state.view != "map":
        st.pills(
            t("compare.bench", lang), BENCHMARKS, selection_mode="multi",
            format_func=lambda b: t(f"compare.bench.{b}", lang),
            **url_bound("cmp_bench", list(state.bench), "bench",
                        encode=lambda v: ",".join(v) or ("none" if default_bench else None)),
        )
    norm_options = [n for n in NORMS if n != "per_capita" or per_capita_allowed(state.ind, rules)]
    st.segmented_control(
        t("compare.norm", lang), norm_options, format_func=lambda n: t(f"compare.norm.{n}", lang), required=True,
        **url_bound("cmp_norm", state.norm if state.norm in norm_options else "none", "norm"),
    )
    if state.view != "map":
        st.segmented_control(
            t("compare.colour", lang), COLOURS, format_func=lambda c: t(f"compare.colour.{c}", lang), required=True,
            **url_bound("cmp_colour", state.colour, "colour"),
        )


def on_view_change() -> None:
    """Tab switch: keep the view in the URL."""
    label = st.session_state["cmp_view"]
    labels = {t(f"compare.tab.{v}", lang): v for v in VIEWS}
    st.query_params["view"] = labels.get(label, "chart")


def details(rest: list[str]) -> None:
    """The indicator's definition and caveat, then every caption line not shown under the figure, folded away."""
    definition = str(catalog.loc[state.ind, f"definition_{suffix}"])
    with st.expander(t("compare.details", lang), icon=":material/info:"):
        st.caption(t("compare.definition", lang, text=md_escape(definition)))
        caveat = rules.caveat(state.ind, lang)
        if caveat and md_escape(caveat) not in rest:  # the chart's caption lines carry it; the table's do not
            st.caption(md_escape(caveat))
        if rest:
            st.caption("\n\n".join(rest))
        st.caption(t("compare.intro", lang))


st.session_state["cmp_view"] = t(f"compare.tab.{state.view}", lang)
chart_tab, map_tab, table_tab = st.tabs(
    [t(f"compare.tab.{v}", lang) for v in VIEWS], key="cmp_view", on_change=on_view_change
)
if state.view == "chart":
    with chart_tab:
        if state.chart == "scatter" and state.norm != "none":
            st.info(t("compare.notice.scatter_norm", lang))
        fig, lines = cache.compare_chart(directory, state, lang, set_id)
        # the figure's JSON made once per view (cache), not re-encoded on every render (DESIGN §7)
        show.chart(cache.compare_chart_spec(directory, state, lang, set_id), config=PLOTLY_CONFIG)
        describe(compare_description(directory, state, lang, set_id), lang, "cmp-chart")
        # compare_view puts the scatter's x indicator (name, source, unit) right after the y indicator's line
        summary, rest = split_caption(lines, extra=1 if state.chart == "scatter" else 0)
        st.caption("\n\n".join(summary))
        details(rest)
        figure_downloads(fig, f"metrocase_{state.ind}_{state.chart}", lang, caption=md_to_plain("\n".join(lines)))
        show_query([(call.name, call.params) for call in prepared.calls])
elif state.view == "map":
    with map_tab:
        spec, lines, has_regions = cache.compare_map(directory, state, lang, str(geo.geo_dir()), set_id)
        if not has_regions:
            st.warning(t("compare.notice.no_boundaries", lang), icon="🗺️")
        if state.colour == "body_type":
            st.info(t("compare.notice.map_body_type", lang))
        show.chart(spec, config={**PLOTLY_CONFIG, "scrollZoom": False})
        describe(compare_description(directory, state, lang, set_id), lang, "cmp-map")
        summary, rest = split_caption(lines)
        attribution = t("map.attribution", lang)  # every map shows it (DESIGN §3), not folded away
        st.caption("\n\n".join([*summary, attribution]))
        details([line for line in rest if line != attribution])
        # the Figure (~1.8 MB of outlines) is built only when an image is asked for
        map_figure = partial(cache.compare_map_figure, directory, state, lang, str(geo.geo_dir()), set_id)
        figure_downloads(map_figure, f"metrocase_{state.ind}_map", lang, caption=md_to_plain("\n".join(lines)))
        show_query([(call.name, call.params) for call in prepared.calls])
else:
    with table_tab:
        rows = cache.compare_table(directory, state, lang, set_id)
        st.dataframe(compare_view.table_display(rows, catalog, state, lang), hide_index=True)
        if lang != "en":
            st.caption(t("table.source_language", lang))
        table_downloads(rows, f"metrocase_{state.ind}", lang, key="cmp_table")
        details([])
        show_query([(call.name, call.params) for call in prepared.calls])

# The same selection as a filtered download (the Data page reads the same parameter names).
export_filter = {"areas": ",".join(state.areas), "ind": state.ind, "from": str(prepared.year_from),
                 "to": str(prepared.year_to), **({"bench": ",".join(state.bench)} if state.bench else {})}
data_page_link(lang, export_filter)
permalink("compare", {**set_param, **to_params(state, default_bench), **({"lang": lang} if lang != "en" else {})},
          t("compare.link", lang))
