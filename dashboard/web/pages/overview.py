"""Overview: what Metro Case is, a map and key figures of its areas, then the areas as cards with sourced facts."""

import streamlit as st

from dashboard.data import geo, queries
from dashboard.i18n import t
from dashboard.i18n.fmt import md_escape, md_link
from dashboard.web import cache, show
from dashboard.web.widgets import current_lang, current_set, project_tables, set_params

CARDS_PER_ROW = 4
# The figures a newcomer reads first (size, density, wealth): catalogue id, short column header; the body type
# follows from the governance facts. An id missing from another data folder's catalogue is left out.
KEY_INDICATORS = (
    ("population_jan1", "overview.key.population"),
    ("population_density_derived", "overview.key.density"),
    ("gdp_pps_per_inhabitant", "overview.key.gdp_pps"),
)
MAP_CONFIG = {"displaylogo": False, "responsive": True, "scrollZoom": False}
# Where a newcomer goes next: page, catalogue key of its one-line description, icon.
NEXT_STEPS = (
    ("dashboard/web/pages/compare.py", "nav.compare", "overview.next.compare", ":material/bar_chart:"),
    ("dashboard/web/pages/governance.py", "nav.governance", "overview.next.governance", ":material/account_balance:"),
    ("dashboard/web/pages/plans.py", "nav.plans", "overview.next.plans", ":material/timeline:"),
    ("dashboard/web/pages/data.py", "nav.data", "overview.next.data", ":material/download:"),
)

lang = current_lang()
set_id = current_set()
directory = cache.data_dir()
cards = cache.area_cards(directory, set_id)
n = len(cards)
chosen_set = cache.comparison_set(directory, set_id)
if set_id == queries.METRO_CASE or not chosen_set:
    st.title(t("overview.title", lang, n=n))
    st.markdown(t("overview.intro", lang, n=n))
else:  # another comparison set: its own name, not the project's
    set_name = md_escape(chosen_set[f"name_{'it' if lang == 'it' else 'en'}"])
    st.title(t("overview.title_set", lang, name=set_name, n=n))
    st.markdown(t("overview.intro_set", lang, name=set_name, n=n))

# The areas at a glance: where they are, and a few sourced figures (each column's year and source under it).
map_column, figures_column = st.columns([2, 3])
with map_column:
    folder = str(geo.geo_dir())
    _, has_regions = cache.overview_map(directory, lang, folder, set_id)
    show.chart(cache.overview_map_spec(directory, lang, folder, set_id), config=MAP_CONFIG)
    st.caption(t("overview.map.caption", lang) if has_regions else t("map.fallback", lang))
    st.caption(t("map.attribution", lang))
with figures_column:
    table, notes = cache.key_figures(directory, KEY_INDICATORS, lang, set_id)
    # a static table: its text wraps, so every column is read on a projector without scrolling
    st.table(table.set_index(table.columns[0]))
    st.caption("\n\n".join(notes))

project_url = cache.comparison_set(directory).get("source_url")
if project_url:  # the page that lists the set's members (sets.csv source_url)
    st.markdown(md_link(t("overview.project_link", lang), project_url))
for column, (page, title, description, icon) in zip(st.columns(len(NEXT_STEPS)), NEXT_STEPS, strict=True):
    # the language travels with the link, as everywhere else
    query = {**set_params(set_id), **({"lang": lang} if lang != "en" else {})}
    column.page_link(page, label=t(title, lang), icon=icon, query_params=query or None)
    column.caption(t(description, lang, n=n))

st.header(t("overview.areas_heading", lang, n=n))
if set_id != queries.METRO_CASE and chosen_set:  # the other set's name and the page that lists its members
    st.markdown(md_link(chosen_set[f"name_{'it' if lang == 'it' else 'en'}"], chosen_set["source_url"]))
st.caption(t("overview.caption", lang))
card_texts = cache.area_cards_markdown(directory, lang, set_id)  # built once per data, language and set
for start in range(0, len(card_texts), CARDS_PER_ROW):
    columns = st.columns(CARDS_PER_ROW)
    for column, text in zip(columns, card_texts[start : start + CARDS_PER_ROW], strict=False):
        with column.container(border=True):
            st.markdown(text)

if set_id == queries.METRO_CASE:  # the project behind the default set: who takes part, and when it met
    st.header(t("project.heading", lang))
    project_tables(lang, "overview")
