"""Governance: the comparison matrix, the competence heatmap, and two or three areas side by side."""

import streamlit as st

from dashboard.cards.governance_cells import (
    FACT_ATTRIBUTES,
    cells_for_download,
    competence_table,
    matrix_markdown,
    profile_markdown,
)
from dashboard.cards.names import area_names
from dashboard.i18n import code_label, t
from dashboard.i18n.fmt import md_escape
from dashboard.web import cache
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

areas = cache.areas(directory, set_id)
area_ids = tuple(areas["area_id"])
names = area_names(areas, lang)  # short names on pickers and links; the profiles are headed by the full name
cells = cache.governance_cells(directory, lang, set_id)
grid = cache.competence_grid(directory, area_ids)
link = st.column_config.LinkColumn

st.header(t("gov.matrix_heading", lang))
for table in matrix_markdown(cells, areas, lang):
    st.markdown(table)
st.caption(t("gov.matrix_caption", lang))
matrix_table = cells_for_download(cells, areas, lang)
with st.expander(t("gov.sources_expander", lang)):
    st.dataframe(
        matrix_table.assign(status_label=[code_label("status", s, lang) for s in matrix_table["status"]]),
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
table_downloads(matrix_table, "metrocase_governance_matrix", lang)
show_query([
    ("governance_facts", {"area_ids": list(area_ids), "attributes": list(FACT_ATTRIBUTES)}),
    ("core_city_share", {"area_ids": list(area_ids)}),
])

st.header(t("gov.competences_heading", lang))
heatmap = cache.governance_heatmap(directory, lang, set_id)
st.plotly_chart(heatmap, config={"displaylogo": False})
describe(competences_description(directory, lang, set_id), lang, "gov-competences")
unknown = int((grid["level"] == "unknown").sum())
missing = t("gov.competences_missing", lang, n=unknown, total=len(grid))
heatmap_caption = t("gov.competences_caption", lang, missing=missing)
st.caption(heatmap_caption)
figure_downloads(heatmap, "metrocase_competences", lang, caption=heatmap_caption)
competences = competence_table(grid, areas, lang)
with st.expander(t("gov.competences_expander", lang)):
    st.dataframe(
        competences,
        hide_index=True,
        column_order=["area", "competence_name", "level_label", "source_url", "list_source_url", "note"],
        column_config={
            "area": t("gov.col.area", lang), "competence_name": t("gov.col.competence", lang),
            "level_label": t("gov.col.level", lang), "source_url": link(t("gov.col.source", lang)),
            "list_source_url": link(t("gov.col.list_source", lang)), "note": t("gov.col.note", lang),
        },
    )
table_downloads(competences, "metrocase_competences", lang)
show_query([("competence_grid", {"area_ids": list(area_ids)})])

st.header(t("gov.profile_heading", lang))
chosen = url_multiselect(
    "areas", t("gov.profile_pick", lang), area_ids, area_ids[:2], names.get, "notice.bad_areas", notices
)
if len(chosen) < 2:
    st.info(t("gov.profile_too_few", lang))
else:
    for column, area_id in zip(st.columns(len(chosen)), chosen, strict=True):
        area = areas[areas["area_id"] == area_id].iloc[0]
        with column.container(border=True):
            st.markdown(profile_markdown(area, cells, grid, lang))
            st.page_link("dashboard/web/pages/practices.py", icon=":material/lightbulb:",
                         label=t("practices.gov_link", lang, area=md_escape(names[area_id])),
                         query_params={"areas": area_id, "lang": lang})
    table_downloads(
        matrix_table[matrix_table["area_id"].isin(chosen)], f"metrocase_profiles_{'_'.join(chosen)}", lang
    )
