"""Governance: the comparison matrix, the competence heatmap, and two or three areas side by side."""

import streamlit as st

from dashboard.cards.governance_cells import FACT_ATTRIBUTES
from dashboard.i18n import t
from dashboard.i18n.fmt import md_escape
from dashboard.web import cache, show
from dashboard.web.describe import competences_description, describe
from dashboard.web.widgets import (
    current_lang,
    current_set,
    figure_downloads,
    show_query,
    table_downloads,
    url_multiselect,
)

lang = current_lang()
directory = cache.data_dir()
set_id = current_set()
st.title(t("gov.title", lang))
notices = st.container()
st.markdown(t("gov.intro", lang))

# Everything that does not depend on the URL is built once per data, language and set (cache.governance_view).
view = cache.governance_view(directory, lang, set_id)
area_ids, names = view.area_ids, view.names
link = st.column_config.LinkColumn

st.header(t("gov.matrix_heading", lang))
for table in view.matrix_tables:
    st.markdown(table)
st.caption(t("gov.matrix_caption", lang))
with st.expander(t("gov.sources_expander", lang)):
    st.dataframe(
        view.matrix_shown,
        hide_index=True,
        column_order=["area", "label", "shown", "year", "status_label", "source_url", "second_source_url", "note"],
        column_config={
            "area": t("gov.col.area", lang), "label": t("gov.col.attribute", lang),
            "shown": t("gov.col.shown", lang), "year": st.column_config.NumberColumn(t("gov.col.year", lang),
                                                                                      format="%d"),
            "status_label": t("gov.col.status", lang), "source_url": link(t("gov.col.source", lang)),
            "second_source_url": link(t("gov.col.second_source", lang)), "note": t("gov.col.note", lang),
        },
    )
table_downloads(view.matrix_table, "metrocase_governance_matrix", lang)
show_query([
    ("governance_facts", {"area_ids": list(area_ids), "attributes": list(FACT_ATTRIBUTES)}),
    ("core_city_share", {"area_ids": list(area_ids)}),
])

st.header(t("gov.competences_heading", lang))
show.chart(view.heatmap_spec, config={"displaylogo": False})
describe(competences_description(directory, lang, set_id), lang, "gov-competences")
st.caption(view.heatmap_caption)
figure_downloads(view.heatmap, "metrocase_competences", lang, caption=view.heatmap_caption)
with st.expander(t("gov.competences_expander", lang)):
    st.dataframe(
        view.competences,
        hide_index=True,
        column_order=["area", "competence_name", "level_label", "source_url", "list_source_url", "note"],
        column_config={
            "area": t("gov.col.area", lang), "competence_name": t("gov.col.competence", lang),
            "level_label": t("gov.col.level", lang), "source_url": link(t("gov.col.source", lang)),
            "list_source_url": link(t("gov.col.list_source", lang)), "note": t("gov.col.note", lang),
        },
    )
table_downloads(view.competences, "metrocase_competences", lang)
show_query([("competence_grid", {"area_ids": list(area_ids)})])

st.header(t("gov.profile_heading", lang))
chosen = url_multiselect(
    "areas", t("gov.profile_pick", lang), area_ids, area_ids[:2], names.get, "notice.bad_areas", notices
)
if len(chosen) < 2:
    st.info(t("gov.profile_too_few", lang))
else:
    for column, area_id in zip(st.columns(len(chosen)), chosen, strict=True):
        with column.container(border=True):
            st.markdown(view.profiles[area_id])
            st.page_link("dashboard/web/pages/practices.py", icon=":material/lightbulb:",
                         label=t("practices.gov_link", lang, area=md_escape(names[area_id])),
                         query_params={"areas": area_id, "lang": lang})
    table_downloads(cache.governance_profiles_table(directory, lang, set_id, tuple(chosen)),
                    f"metrocase_profiles_{'_'.join(chosen)}", lang)
