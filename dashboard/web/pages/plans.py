"""Strategic plans: timeline, themes matrix, two or three plans side by side, and searchable plan cards."""

import streamlit as st

from dashboard.i18n import t
from dashboard.i18n.fmt import md_escape
from dashboard.web import cache, show
from dashboard.web.describe import describe, plans_description
from dashboard.web.widgets import (
    current_lang,
    current_set,
    figure_downloads,
    show_query,
    table_downloads,
    url_multiselect,
    url_text_input,
)

CARD_WIDTH = 360  # px: three cards a row in the main column at 1280 px

lang = current_lang()
directory = cache.data_dir()
set_id = current_set()
st.title(t("plans.title", lang))
notices = st.container()
st.markdown(t("plans.intro", lang))

# Everything that does not depend on the URL is built once per data, language and set (cache.plans_view).
view = cache.plans_view(directory, lang, set_id)
area_ids, plan_ids, labels = view.area_ids, view.plan_ids, view.labels

st.header(t("plans.timeline_heading", lang))
show.chart(view.timeline_spec, config={"displaylogo": False})
describe(plans_description(directory, "timeline", lang, set_id), lang, "plans-timeline")
st.caption(view.timeline_caption)
figure_downloads(view.timeline, "metrocase_plan_timeline", lang, caption=view.timeline_caption)
table_downloads(view.plans_table, "metrocase_plans", lang)
show_query([("plans", {"area_ids": list(area_ids)})])

st.header(t("plans.themes_heading", lang))
show.chart(view.matrix_spec, config={"displaylogo": False})
describe(plans_description(directory, "themes", lang, set_id), lang, "plans-themes")
st.caption(view.matrix_caption)
figure_downloads(view.matrix, "metrocase_plan_themes", lang, caption=view.matrix_caption)
with st.expander(t("plans.themes_expander", lang)):
    st.dataframe(
        view.mapping,
        hide_index=True,
        column_order=["name_local", "axis_no", "axis_name", "theme_label", "source_url"],
        column_config={
            "name_local": t("plans.col.plan", lang), "axis_no": t("plans.col.axis_no", lang),
            "axis_name": t("plans.col.axis_name", lang), "theme_label": t("plans.col.theme", lang),
            "source_url": st.column_config.LinkColumn(t("plans.col.source", lang)),
        },
    )
table_downloads(view.mapping, "metrocase_axis_themes", lang)
show_query([("plan_themes", {"plan_ids": list(plan_ids)})])

st.header(t("plans.compare_heading", lang))
chosen = url_multiselect(
    "plans", t("plans.compare_pick", lang), plan_ids, view.default_chosen, labels.get, "notice.bad_plans", notices,
)
if len(chosen) < 2:
    st.info(t("plans.compare_too_few", lang))
else:
    table, rows = cache.plans_comparison(directory, lang, set_id, tuple(chosen))
    st.markdown(table)
    table_downloads(rows, f"metrocase_plans_{'_'.join(chosen)}", lang)

st.header(t("plans.cards_heading", lang))
st.caption(t("plans.source_language", lang))
query = url_text_input("q", t("plans.search", lang), t("plans.search_placeholder", lang), notices)
found = set(cache.plan_search(directory, area_ids, query)["plan_id"]) if query else set(plan_ids)
shown = [p for p in plan_ids if p in found]
st.caption(t("plans.search_count", lang, n=len(shown), total=len(plan_ids)))
if not shown:
    st.info(t("plans.search_none", lang, q=md_escape(query)))
# One wrapping row of fixed-width cards (three at 1280 px, more on a wide screen, one on a phone): a row of
# st.columns per three cards sent four more elements per row, ~50 of the page's 150 (benchmarks/cpu.py --floor).
with st.container(horizontal=True, key="plan-cards"):
    for plan_id in shown:
        with st.container(border=True, width=CARD_WIDTH):
            st.markdown(view.cards[plan_id])
            for practice_id, label in view.practice_links.get(plan_id, ()):
                st.page_link("dashboard/web/pages/practices.py", icon=":material/lightbulb:", label=label,
                             query_params={"q": practice_id, "lang": lang})
shown_table = view.plans_table if query == "" else view.plans_table[view.plans_table["plan_id"].isin(found)]
table_downloads(shown_table, "metrocase_plans_shown", lang)
if query:
    show_query([("plan_search", {"area_ids": list(area_ids), "text": query})])
