"""Good practices: filters in the URL, a map by area, cards and a table, two or three side by side, the criteria."""

import streamlit as st

from dashboard.cards.practice_cards import (
    card_markdown,
    compare_markdown,
    criteria_table,
    practices_for_download,
    screening_matrix,
)
from dashboard.data import geo
from dashboard.figures.maps import practice_map
from dashboard.i18n import t
from dashboard.i18n.fmt import in_source_language, md_escape
from dashboard.urls.practices import parse_years, years_params
from dashboard.web import cache
from dashboard.web.tables_view import marked
from dashboard.web.widgets import (
    current_lang,
    figure_downloads,
    show_query,
    table_downloads,
    url_multiselect,
    url_text_input,
)

CARDS_PER_ROW = 3
GOVERNANCE_PAGE, PLANS_PAGE = "dashboard/web/pages/governance.py", "dashboard/web/pages/plans.py"

lang = current_lang()
directory = cache.data_dir()
st.title(t("practices.title", lang))
notices = st.container()
st.markdown(t("practices.intro", lang))

areas = cache.areas(directory)
area_names = dict(zip(areas["area_id"], areas["name_it" if lang == "it" else "name_en"], strict=True))
every = cache.practices(directory)
plans = cache.plans(directory, tuple(areas["area_id"]))
plan_names = dict(zip(plans["plan_id"], plans["name_local"], strict=True))
area_opts = [a for a in areas["area_id"] if a in set(every["area_id"])]
theme_opts = list(dict.fromkeys(sorted(every["theme"])))
level_opts = list(dict.fromkeys(sorted(every["level_class"])))
known_years = [int(y) for y in (*every["year_start"].dropna(), *every["year_end"].dropna())]
low, high = (min(known_years), max(known_years)) if known_years else (2000, 2000)

st.header(t("practices.filters_heading", lang))
left, middle, right = st.columns(3)
everything = t("practices.filter.all", lang)  # an empty filter shows every practice
with left:
    chosen_areas = url_multiselect("areas", t("practices.filter.areas", lang), area_opts, [], area_names.get,
                                   "notice.bad_filter", notices, min_items=0, max_items=None, placeholder=everything)
with middle:
    chosen_themes = url_multiselect("theme", t("practices.filter.themes", lang), theme_opts, [],
                                    lambda c: t(f"practice_theme.{c}", lang), "notice.bad_filter", notices,
                                    min_items=0, max_items=None, placeholder=everything)
with right:
    chosen_levels = url_multiselect("level", t("practices.filter.levels", lang), level_opts, [],
                                    lambda c: t(f"practice_level.{c}", lang), "notice.bad_filter", notices,
                                    min_items=0, max_items=None, placeholder=everything)
year_from, year_to, rejected = parse_years(st.query_params.get("from"), st.query_params.get("to"), low, high)
if rejected is not None:
    notices.warning(t("notice.bad_years", lang, value=md_escape(rejected), low=low, high=high))
if low < high:
    span = st.slider(t("practices.filter.years", lang), low, high, (year_from or low, year_to or high))
    for param, value in years_params(*span, low, high).items():
        if value is None:
            st.query_params.pop(param, None)
        else:
            st.query_params[param] = value
    year_from, year_to = (None if span[0] == low else span[0]), (None if span[1] == high else span[1])
query = url_text_input("q", t("practices.search", lang), t("practices.search_placeholder", lang), notices)
filters = (tuple(chosen_areas), tuple(chosen_themes), tuple(chosen_levels), year_from, year_to, query)
shown = cache.practices(directory, *filters)
st.caption(t("practices.count", lang, n=len(shown), total=len(every))
           + (" " + t("practices.years_note", lang) if year_from or year_to else ""))
show_query([("practices", {"area_ids": list(filters[0]), "themes": list(filters[1]), "levels": list(filters[2]),
                           "year_from": year_from, "year_to": year_to, "text": query})])

criteria = cache.criteria(directory)
screening = cache.screening(directory, tuple(every["practice_id"]))
counts = shown["area_id"].value_counts()
fig = practice_map(counts, areas, cache.boundaries(directory, "nuts0", str(geo.geo_dir())), lang)
st.plotly_chart(fig, config={"displaylogo": False})
missing = [area_names[a] for a in areas["area_id"] if a not in counts.index]
map_caption = t("practices.map_caption", lang, missing=md_escape("; ".join(missing)) or t("plans.none_missing", lang))
st.caption(map_caption)
figure_downloads(fig, "metrocase_practices_map", lang, caption=map_caption)

st.header(t("practices.cards_heading", lang))
table = practices_for_download(shown, area_names, lang)
if shown.empty:
    st.info(t("practices.none", lang))
cards_tab, table_tab = st.tabs([t("practices.tab.cards", lang), t("practices.tab.table", lang)])
with cards_tab:
    for start in range(0, len(shown), CARDS_PER_ROW):
        row = shown.iloc[start : start + CARDS_PER_ROW]
        for column, (_, practice) in zip(st.columns(CARDS_PER_ROW), row.iterrows(), strict=False):
            with column.container(border=True):
                st.markdown(card_markdown(practice, area_names[practice["area_id"]], screening, criteria, lang))
                if isinstance(practice["plan_id"], str) and practice["plan_id"] in plan_names:
                    plan = plan_names[practice["plan_id"]]
                    st.page_link(PLANS_PAGE, label=t("practices.link.plan", lang, plan=md_escape(plan)),
                                 icon=":material/description:",
                                 query_params={"q": plan, "lang": lang})
with table_tab:
    # Names and words, not ids: the research's English text marked (EN) on an Italian page (files keep it as is).
    labels = {"practice_id": "id", "area": "area", "title_local": "title_local", "title_en": "title_en",
              "year_start": "years", "theme_label": "theme", "governance_level": "level",
              "description": "description", "evidence_of_results": "evidence"}
    st.dataframe(
        marked(table, ("title_en", "governance_level", "description", "evidence_of_results"), lang),
        hide_index=True, column_order=[*labels, "source_url", "interreg_gp_url"],
        column_config={
            **{column: t(f"practices.col.{key}", lang) for column, key in labels.items()},
            "year_start": st.column_config.NumberColumn(t("practices.col.years", lang), format="%d"),
            "source_url": st.column_config.LinkColumn(t("practices.col.sources", lang)),
            "interreg_gp_url": st.column_config.LinkColumn("Interreg"),
        },
    )
table_downloads(table, "metrocase_practices", lang)
if chosen_areas or not shown.empty:
    gov_areas = ",".join(a for a in areas["area_id"] if a in set(shown["area_id"]))
    if 2 <= len(gov_areas.split(",")) <= 3:
        st.page_link(GOVERNANCE_PAGE, label=t("practices.link.governance", lang), icon=":material/account_balance:",
                     query_params={"areas": gov_areas, "lang": lang})

st.header(t("practices.compare_heading", lang))
practice_ids = tuple(every["practice_id"])
titles = {p.practice_id: f"{p.practice_id} · {in_source_language(p.title_en, lang)}" for p in every.itertuples()}
chosen = url_multiselect("compare", t("practices.compare_pick", lang), practice_ids, list(practice_ids[:2]),
                         titles.get, "notice.bad_practices", notices)
if len(chosen) < 2:
    st.info(t("practices.compare_too_few", lang))
else:
    picked = every.set_index("practice_id").loc[chosen].reset_index()
    st.markdown(compare_markdown(picked, area_names, screening, criteria, lang))
    table_downloads(practices_for_download(picked, area_names, lang), "metrocase_practices_compared", lang,
                    key="practices_compared")

st.header(t("practices.criteria_heading", lang))
st.markdown(t("practices.criteria_intro", lang))
crit = criteria_table(criteria, lang)
st.dataframe(crit, hide_index=True, column_config={
    "criterion_id": t("practices.col.id", lang), "name": t("practices.col.name", lang),
    "explanation": t("practices.col.explanation", lang), "evidence": t("practices.col.evidence_rule", lang),
    "source_url": st.column_config.LinkColumn(t("practices.col.sources", lang)),
})
table_downloads(crit, "metrocase_criteria", lang, key="criteria")
st.subheader(t("practices.screening_heading", lang) + " †")
st.markdown(screening_matrix(screening[screening["practice_id"].isin(set(shown["practice_id"]))],
                             list(shown["practice_id"]), lang))
st.caption(t("practices.screening_caption", lang))
table_downloads(screening, "metrocase_screening", lang, key="screening")
show_query([("criteria", {}), ("screening", {"practice_ids": list(practice_ids)})])
