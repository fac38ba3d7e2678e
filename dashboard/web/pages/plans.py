"""Strategic plans: timeline, themes matrix, two or three plans side by side, and searchable plan cards."""

import streamlit as st

from dashboard.cards.names import area_names
from dashboard.cards.plan_cards import (
    axis_text,
    axis_themes_for_download,
    compare_markdown,
    default_comparison,
    plans_for_download,
)
from dashboard.figures.plans import plan_label, plan_spans
from dashboard.i18n import t
from dashboard.i18n.fmt import in_source_language, md_escape
from dashboard.web import cache
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

CARDS_PER_ROW = 3

lang = current_lang()
directory = cache.data_dir()
set_id = current_set()
st.title(t("plans.title", lang))
notices = st.container()
st.markdown(t("plans.intro", lang))

areas = cache.areas(directory, set_id)
area_ids = tuple(areas["area_id"])
full_names = area_names(areas, lang, full=True)  # cards and the side-by-side table
short = area_names(areas, lang)  # pickers, captions and the download's area column
plans = cache.plans(directory, area_ids)
plan_ids = tuple(plans["plan_id"])
axes = cache.plan_axes(directory, plan_ids)
themes = cache.plan_themes(directory, plan_ids)
labels = {p["plan_id"]: f"{plan_label(p, lang)} ({short[p['area_id']]})" for _, p in plans.iterrows()}

st.header(t("plans.timeline_heading", lang))
timeline, matrix = cache.plan_figures(directory, lang, set_id)
st.plotly_chart(timeline, config={"displaylogo": False})
describe(plans_description(directory, "timeline", lang, set_id), lang, "plans-timeline")
spans = plan_spans(plans)
undated = [md_escape(labels[p]) for p in spans.loc[spans["shape"] == "none", "plan_id"]]  # data text, not Markdown
timeline_caption = t("plans.timeline_caption", lang, missing="; ".join(undated) or t("plans.none_missing", lang))
st.caption(timeline_caption)
figure_downloads(timeline, "metrocase_plan_timeline", lang, caption=timeline_caption)
table_downloads(plans_for_download(plans, short, themes), "metrocase_plans", lang)
show_query([("plans", {"area_ids": list(area_ids)})])

st.header(t("plans.themes_heading", lang))
st.plotly_chart(matrix, config={"displaylogo": False})
describe(plans_description(directory, "themes", lang, set_id), lang, "plans-themes")
unmapped = [md_escape(labels[p]) for p in plan_ids if p not in set(themes["plan_id"])]
matrix_caption = t("plans.themes_caption", lang, missing="; ".join(unmapped) or t("plans.none_missing", lang))
st.caption(matrix_caption)
figure_downloads(matrix, "metrocase_plan_themes", lang, caption=matrix_caption)
mapping = axis_themes_for_download(themes, plans, lang)
with st.expander(t("plans.themes_expander", lang)):
    st.dataframe(
        mapping.assign(axis_name=[axis_text(n, language, lang) for n, language in
                                  zip(mapping["axis_name"], themes["language"], strict=True)]),
        hide_index=True,
        column_order=["name_local", "axis_no", "axis_name", "theme_label", "source_url"],
        column_config={
            "name_local": t("plans.col.plan", lang), "axis_no": t("plans.col.axis_no", lang),
            "axis_name": t("plans.col.axis_name", lang), "theme_label": t("plans.col.theme", lang),
            "source_url": st.column_config.LinkColumn(t("plans.col.source", lang)),
        },
    )
table_downloads(mapping, "metrocase_axis_themes", lang)
show_query([("plan_themes", {"plan_ids": list(plan_ids)})])

st.header(t("plans.compare_heading", lang))
chosen = url_multiselect(
    "plans", t("plans.compare_pick", lang), plan_ids, default_comparison(plans, axes), labels.get, "notice.bad_plans",
    notices,
)
if len(chosen) < 2:
    st.info(t("plans.compare_too_few", lang))
else:
    picked = plans.set_index("plan_id").loc[chosen].reset_index()
    st.markdown(compare_markdown(picked, full_names, axes, themes, lang))
    table_downloads(plans_for_download(picked, short, themes), f"metrocase_plans_{'_'.join(chosen)}", lang)

st.header(t("plans.cards_heading", lang))
st.caption(t("plans.source_language", lang))
query = url_text_input("q", t("plans.search", lang), t("plans.search_placeholder", lang), notices)
found = cache.plan_search(directory, area_ids, query) if query else plans[["plan_id", "area_id"]]
shown = plans[plans["plan_id"].isin(set(found["plan_id"]))]
st.caption(t("plans.search_count", lang, n=len(shown), total=len(plans)))
if shown.empty:
    st.info(t("plans.search_none", lang, q=md_escape(query)))
cards = cache.plan_cards(directory, lang, set_id)
practices = cache.practices(directory)  # the good practices that are one of these plans link to the catalogue
for start in range(0, len(shown), CARDS_PER_ROW):
    row = shown.iloc[start : start + CARDS_PER_ROW]
    for column, (_, plan) in zip(st.columns(CARDS_PER_ROW), row.iterrows(), strict=False):
        with column.container(border=True):
            st.markdown(cards[plan["plan_id"]])
            for practice in practices[practices["plan_id"] == plan["plan_id"]].itertuples():
                st.page_link("dashboard/web/pages/practices.py", icon=":material/lightbulb:",
                             label=t("practices.plan_link", lang,
                                     title=md_escape(in_source_language(practice.title_en, lang))),
                             query_params={"q": practice.practice_id, "lang": lang})
table_downloads(plans_for_download(shown, short, themes), "metrocase_plans_shown", lang)
if query:
    show_query([("plan_search", {"area_ids": list(area_ids), "text": query})])
