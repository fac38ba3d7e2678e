"""About & sources: what the data is, its licences, how to cite it, and every source cited."""

import pandas as pd
import streamlit as st

from dashboard.i18n import t
from dashboard.updates import versions
from dashboard.web import cache
from dashboard.web.widgets import current_lang, project_tables, table_downloads

TABLE_FORMATS = ("csv", "xlsx")

lang = current_lang()
directory = cache.data_dir()
st.title(t("about.title", lang))
st.markdown(t("about.intro", lang))

st.header(t("about.data_heading", lang))
st.markdown(t("about.data_text", lang))
st.markdown(t("about.boundaries", lang))

st.header(t("project.heading", lang))
project_tables(lang, "about")

st.header(t("about.cite_heading", lang))
st.code(t("about.citation", lang), language=None, wrap_lines=True)

st.header(t("about.indicators_heading", lang))
suffix = "it" if lang == "it" else "en"
indicators = cache.about_indicators(directory, lang)
indicator_labels = {
    f"name_{suffix}": t("col.indicator", lang),
    f"unit_{suffix}": t("col.unit", lang),
    "source_dataset": t("col.dataset", lang),
    "licence": t("col.licence", lang),
    f"definition_{suffix}": t("col.definition", lang),
}
st.dataframe(indicators, hide_index=True, column_config=indicator_labels)
table_downloads(indicators, "metrocase-indicators", lang, TABLE_FORMATS, indicator_labels)

source_table = cache.about_sources(directory)
st.header(t("about.sources_heading", lang, n=len(source_table)))
source_labels = {
    "source_id": t("col.source_id", lang),
    "title": t("col.title", lang),
    "url": t("col.url", lang),
    "licence": t("col.licence", lang),
}
st.dataframe(
    cache.about_sources_shown(directory, lang),  # what each source was used for: the research's English words
    hide_index=True,
    column_config={**source_labels, "url": st.column_config.LinkColumn(source_labels["url"])},
)
table_downloads(source_table, "metrocase-sources", lang, TABLE_FORMATS, source_labels)

weak = cache.about_weak(directory)
st.header(t("about.weak_heading", lang, n=len(weak)))
st.caption(t("about.weak_caption", lang))
if not weak.empty:
    weak_shown = cache.about_weak_shown(directory, lang)  # names, words and locale numbers, built once
    weak_labels = {
        "area_id": t("gov.col.area", lang), "attribute": t("gov.col.attribute", lang), "value": t("col.value", lang),
        "year": t("col.year", lang),
        "source_url": st.column_config.LinkColumn(t("col.source", lang)), "kind": t("about.weak.col_kind", lang),
    }
    st.dataframe(weak_shown, hide_index=True, column_config=weak_labels)
    table_downloads(weak, "metrocase-weak-sources", lang, TABLE_FORMATS, key="about_weak")

st.header(t("versions.heading", lang))
st.caption(t("versions.caption", lang))
root = cache.data_root()
if root is None:
    st.info(t("versions.none", lang))
else:
    history = pd.DataFrame([
        {"version": e.version, "when": e.when, "kind": t(f"versions.kind.{e.kind}", lang), "who": e.who,
         "what": e.what, **e.totals(), "sha256": e.sha256 or ""}
        for e in reversed(versions.entries(root))
    ])
    history_labels = {column: t(f"versions.col.{column}", lang) for column in history.columns}
    st.dataframe(history, hide_index=True, column_config=history_labels)
    table_downloads(history, "metrocase-versions", lang, TABLE_FORMATS, history_labels, key="about_versions")
