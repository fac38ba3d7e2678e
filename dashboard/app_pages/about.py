"""About & sources: what the data is, its licences, how to cite it, and every source cited."""

import streamlit as st

from dashboard import cache
from dashboard.i18n import t
from dashboard.widgets import current_lang

lang = current_lang()
directory = cache.data_dir()
st.title(t("about.title", lang))
st.markdown(t("about.intro", lang))

st.header(t("about.data_heading", lang))
st.markdown(t("about.data_text", lang))
st.markdown(t("about.boundaries", lang))

st.header(t("about.cite_heading", lang))
st.code(t("about.citation", lang), language=None, wrap_lines=True)

st.header(t("about.indicators_heading", lang))
catalog = cache.indicator_catalog(directory)
suffix = "it" if lang == "it" else "en"
st.dataframe(
    catalog[[f"name_{suffix}", f"unit_{suffix}", "source_dataset", "licence", f"definition_{suffix}"]],
    hide_index=True,
    column_config={
        f"name_{suffix}": t("col.indicator", lang),
        f"unit_{suffix}": t("col.unit", lang),
        "source_dataset": t("col.dataset", lang),
        "licence": t("col.licence", lang),
        f"definition_{suffix}": t("col.definition", lang),
    },
)

sources = cache.sources(directory)
st.header(t("about.sources_heading", lang, n=len(sources)))
st.dataframe(
    sources[["source_id", "title", "url", "licence"]],
    hide_index=True,
    column_config={
        "source_id": t("col.source_id", lang),
        "title": t("col.title", lang),
        "url": st.column_config.LinkColumn(t("col.url", lang)),
        "licence": t("col.licence", lang),
    },
)
