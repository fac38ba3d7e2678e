"""Streamlit cache wrappers at the edge: one DuckDB connection per process, data cached per parameter set."""

from __future__ import annotations

import os
import threading
from datetime import date
from pathlib import Path

import duckdb
import geopandas as gpd
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard.cards.area_cards import card_markdown as area_card_markdown
from dashboard.cards.governance_cells import FACT_ATTRIBUTES, matrix_cells
from dashboard.cards.key_figures import key_figures as key_figures_table
from dashboard.cards.names import area_names
from dashboard.cards.names import indicator_menu as indicator_menu_of
from dashboard.data import db, geo, queries, stories
from dashboard.data.paths import DATA_DIR
from dashboard.exports.geojson import BoundariesUnavailable, load_export_boundaries
from dashboard.exports.table import Choices, Export, Selection, build_export, choices, display_values
from dashboard.figures import compare_view
from dashboard.figures.overview import area_map
from dashboard.figures.style import readable_axes
from dashboard.i18n import t
from dashboard.store.base import Store
from dashboard.store.open import open_store
from dashboard.transform import series
from dashboard.transform.series import Prepared
from dashboard.transform.view_state import CompareState, Rules, rules_from
from dashboard.updates.layout import current_data_dir, is_versioned
from dashboard.web import tables_view
from dashboard.web.governance_view import GovernanceView
from dashboard.web.governance_view import build as build_governance_view
from dashboard.web.plans_view import PlansView
from dashboard.web.plans_view import build as build_plans_view
from dashboard.web.plans_view import comparison as plans_comparison_of
from dashboard.web.present import for_projector
from dashboard.web.show import FigureSpec, spec_of

DATA_DIR_ENV = "METROCASE_DATA_DIR"
# Caches keyed by what a link chooses (area subsets, search text, view states) are bounded in entries and time, so
# that a visitor cycling through distinct links cannot grow the process without end (issue 11); keyed only by the
# data folder, language and set they hold a handful of entries and need no bound.
LINK_TTL = 3600
LINK_ENTRIES = 256


def data_dir() -> str:
    """Return the data directory the app serves (METROCASE_DATA_DIR, default data/; a data root: its current version).

    Read on every rerun: a promoted version is a new folder, hence a new cached connection; an older one stays whole.
    """
    return str(current_data_dir(os.environ.get(DATA_DIR_ENV) or str(DATA_DIR)))


def data_root() -> Path | None:
    """Return the data root the app serves (versions, submissions), or None for a plain data folder."""
    root = Path(os.environ.get(DATA_DIR_ENV) or str(DATA_DIR))
    return root if is_versioned(root) else None


SCRIPT_RUNS_ENV = "METROCASE_SCRIPT_RUNS"


@st.cache_resource(show_spinner=False)
def script_slots() -> threading.BoundedSemaphore:
    """The process's script-run slots (METROCASE_SCRIPT_RUNS, default the cores, at least 2): runs beyond wait.

    Every session's script runs in its own thread; with 100 of them runnable the event loop (websockets,
    /_stcore/health) waits for the GIL behind all of them, seconds at a time. A run waiting here holds no GIL.
    """
    asked = os.environ.get(SCRIPT_RUNS_ENV, "")
    return threading.BoundedSemaphore(int(asked) if asked.isdigit() and int(asked) > 0 else max(2, os.cpu_count() or 2))


@st.cache_resource(show_spinner=False)
def connection(directory: str) -> duckdb.DuckDBPyConnection:
    """Open the process-wide DuckDB connection over a data directory (sessions use their own cursors)."""
    return db.connect(directory)


@st.cache_data(show_spinner=False)
def area_cards(directory: str, set_id: str = queries.METRO_CASE) -> pd.DataFrame:
    """Cached queries.area_cards for the areas of a comparison set."""
    return queries.area_cards(connection(directory), set_id)


@st.cache_resource(show_spinner=False, max_entries=16)
def area_cards_markdown(directory: str, lang: str, set_id: str = queries.METRO_CASE) -> tuple[str, ...]:
    """Cached Markdown of the Overview's area cards of a set, in card order (built once, not on every render)."""
    return tuple(area_card_markdown(card, lang) for _, card in area_cards(directory, set_id).iterrows())


@st.cache_data(show_spinner=False)
def sources(directory: str) -> pd.DataFrame:
    """Cached queries.sources."""
    return queries.sources(connection(directory))


@st.cache_data(show_spinner=False)
def partners(directory: str) -> pd.DataFrame:
    """Cached queries.partners."""
    return queries.partners(connection(directory))


@st.cache_data(show_spinner=False)
def weak_facts(directory: str) -> pd.DataFrame:
    """Cached queries.weak_facts."""
    return queries.weak_facts(connection(directory))


@st.cache_data(show_spinner=False)
def project_events(directory: str) -> pd.DataFrame:
    """Cached queries.project_events."""
    return queries.project_events(connection(directory))


# The About page's tables as shown, built once per data folder (and language): shared resources, never copied.
@st.cache_resource(show_spinner=False, max_entries=8)
def about_indicators(directory: str, lang: str) -> pd.DataFrame:
    """The catalogue's columns About shows in one language: name, unit, dataset, licence, definition."""
    suffix = "it" if lang == "it" else "en"
    return indicator_catalog(directory)[[f"name_{suffix}", f"unit_{suffix}", "source_dataset", "licence",
                                         f"definition_{suffix}"]]


@st.cache_resource(show_spinner=False, max_entries=8)
def about_sources(directory: str) -> pd.DataFrame:
    """Every source cited, as About lists it: id, title, URL, licence."""
    return sources(directory)[["source_id", "title", "url", "licence"]]


@st.cache_resource(show_spinner=False, max_entries=8)
def about_weak(directory: str) -> pd.DataFrame:
    """Facts, plans and areas whose only cited source is a weak host (queries.weak_facts), shared."""
    return weak_facts(directory)


@st.cache_resource(show_spinner=False, max_entries=8)
def about_weak_shown(directory: str, lang: str) -> pd.DataFrame:
    """The weakly sourced facts as About shows them in one language (every set's area names), shared."""
    names: dict[str, str] = {}
    for set_id in comparison_sets(directory)["set_id"]:
        names |= area_names(areas(directory, set_id), lang)
    return tables_view.weak_shown(about_weak(directory), names, lang)


@st.cache_resource(show_spinner=False, max_entries=8)
def about_sources_shown(directory: str, lang: str) -> pd.DataFrame:
    """Every source cited as About shows it: the titles (the research's English) marked (EN) on Italian pages."""
    return tables_view.marked(about_sources(directory), ("title",), lang)


@st.cache_resource(show_spinner=False, max_entries=8)
def project_tables(directory: str, lang: str) -> tables_view.ProjectTables:
    """The project's partners and events as downloaded and as shown in one language, shared."""
    return tables_view.project_tables(partners(directory), project_events(directory), lang)


@st.cache_data(show_spinner=False)
def indicator_catalog(directory: str) -> pd.DataFrame:
    """Cached queries.indicator_catalog."""
    return queries.indicator_catalog(connection(directory))


@st.cache_data(show_spinner=False)
def export_choices(directory: str, set_id: str = queries.METRO_CASE) -> Choices:
    """Cached export_table.choices: the areas (of a set), indicators, benchmarks and years a download can ask for."""
    return choices(connection(directory), set_id)


# A resource, not data: shared and never copied (cache_data unpickled every frame of the export on each hit);
# nothing mutates it (the preview and the downloads build new frames and files from it).
@st.cache_resource(show_spinner=False, max_entries=64, ttl=LINK_TTL)
def export(
    directory: str, selection: Selection, lang: str, retrieved: date, set_id: str = queries.METRO_CASE
) -> Export:
    """Cached export_table.build_export (keyed by the retrieval date too, so the citation's date stays true)."""
    return build_export(connection(directory), selection, lang, retrieved, export_choices(directory, set_id))


@st.cache_resource(show_spinner=False, max_entries=64, ttl=LINK_TTL)
def export_preview(
    directory: str, selection: Selection, lang: str, retrieved: date, set_id: str = queries.METRO_CASE
) -> pd.DataFrame:
    """Cached preview rows of an export as the Data page shows them (coded columns in words)."""
    built = export(directory, selection, lang, retrieved, set_id)
    decimals = {i: int(d) for i, d in zip(built.indicators["indicator_id"], built.indicators["decimals"], strict=True)
                if pd.notna(d)}
    return display_values(built.values, lang, decimals)


@st.cache_data(show_spinner=False, ttl=3600)
def boundaries_available(directory: str) -> bool:
    """True if the NUTS boundaries can be read; checked hourly, since offline a failed first download costs seconds."""
    try:
        load_export_boundaries(directory)
    except BoundariesUnavailable:
        return False
    return True


@st.cache_data(show_spinner=False)
def areas(directory: str, set_id: str = queries.METRO_CASE) -> pd.DataFrame:
    """Cached queries.areas for the areas of a comparison set."""
    return queries.areas(connection(directory), set_id)


@st.cache_data(show_spinner=False)
def comparison_sets(directory: str) -> pd.DataFrame:
    """Cached queries.comparison_sets: every set of sets.csv in display order."""
    return queries.comparison_sets(connection(directory))


@st.cache_data(show_spinner=False, max_entries=LINK_ENTRIES, ttl=LINK_TTL)
def governance_facts(directory: str, area_ids: tuple[str, ...], attributes: tuple[str, ...]) -> pd.DataFrame:
    """Cached queries.governance_facts."""
    return queries.governance_facts(connection(directory), area_ids, attributes)


@st.cache_data(show_spinner=False, max_entries=LINK_ENTRIES, ttl=LINK_TTL)
def core_city_share(directory: str, area_ids: tuple[str, ...]) -> pd.DataFrame:
    """Cached queries.core_city_share."""
    return queries.core_city_share(connection(directory), area_ids)


@st.cache_data(show_spinner=False, max_entries=LINK_ENTRIES, ttl=LINK_TTL)
def competence_grid(directory: str, area_ids: tuple[str, ...]) -> pd.DataFrame:
    """Cached queries.competence_grid."""
    return queries.competence_grid(connection(directory), area_ids)


@st.cache_data(show_spinner=False, max_entries=LINK_ENTRIES, ttl=LINK_TTL)
def plans(directory: str, area_ids: tuple[str, ...]) -> pd.DataFrame:
    """Cached queries.plans."""
    return queries.plans(connection(directory), area_ids)


@st.cache_data(show_spinner=False, max_entries=LINK_ENTRIES, ttl=LINK_TTL)
def plan_axes(directory: str, plan_ids: tuple[str, ...]) -> pd.DataFrame:
    """Cached queries.plan_axes."""
    return queries.plan_axes(connection(directory), plan_ids)


@st.cache_data(show_spinner=False, max_entries=LINK_ENTRIES, ttl=LINK_TTL)
def plan_themes(directory: str, plan_ids: tuple[str, ...]) -> pd.DataFrame:
    """Cached queries.plan_themes."""
    return queries.plan_themes(connection(directory), plan_ids)


@st.cache_data(show_spinner=False, max_entries=LINK_ENTRIES, ttl=LINK_TTL)
def plan_search(directory: str, area_ids: tuple[str, ...], text: str) -> pd.DataFrame:
    """Cached queries.plan_search."""
    return queries.plan_search(connection(directory), area_ids, text)


@st.cache_data(show_spinner=False)
def indicator_years(directory: str, set_id: str = queries.METRO_CASE) -> dict[str, list[int]]:
    """Cached years with data per indicator in a set (validates years in links, sets default ranges)."""
    frame = queries.indicator_years(connection(directory), set_id)
    return {str(ind): sorted(int(y) for y in group["year"]) for ind, group in frame.groupby("indicator_id")}


@st.cache_data(show_spinner=False)
def body_types(directory: str, set_id: str = queries.METRO_CASE) -> dict[str, str]:
    """Cached body type (the project's classification) per area of a set."""
    frame = areas(directory, set_id)
    facts = queries.governance_facts(connection(directory), frame["area_id"].tolist(), ["body_type"])
    return {str(r.area_id): str(r.value) for r in facts.itertuples() if isinstance(r.value, str) and r.value}


@st.cache_resource(show_spinner=False)
def boundaries(directory: str, level: str, folder: str) -> gpd.GeoDataFrame | None:
    """Boundaries of a NUTS level from the data folder's geo/, else the cache folder (shared, never mutated)."""
    # folder (geo.geo_dir()) is only part of the cache key, so that a changed METROCASE_GEO_DIR is honoured.
    return geo.load_boundaries(directory, level)


def _state_key(state: CompareState) -> str:
    """A view state's cache key: its fields' repr without the notices (names every field and value exactly).

    Streamlit's generic hashing of the frozen dataclass takes ~0.26 ms a call, the repr ~0.02 ms.
    """
    return repr(state.with_())


STATE_HASH = {CompareState: _state_key}


@st.cache_data(show_spinner=False, max_entries=LINK_ENTRIES, ttl=LINK_TTL, hash_funcs=STATE_HASH)
def compare_rows(directory: str, state: CompareState, set_id: str = queries.METRO_CASE) -> Prepared:
    """Cached rows of one Compare view (keyed by data directory, view state and set)."""
    return series.load(connection(directory), state, areas(directory, set_id), indicator_years(directory, set_id))


# Figures are cached as resources (shared, never copied): cache_data would pickle a copy of the Figure on every
# hit, ~22 ms for the default line chart, a third of the whole rerun. Nothing mutates a cached figure:
# st.plotly_chart serialises it with Figure.to_dict(), a copy.
@st.cache_resource(show_spinner=False, max_entries=LINK_ENTRIES, ttl=LINK_TTL, hash_funcs=STATE_HASH)
def compare_chart(
    directory: str, state: CompareState, lang: str, set_id: str = queries.METRO_CASE
) -> tuple[go.Figure, list[str]]:
    """Cached Chart tab figure (axis text readable on a projector) and caption for one view state, language and set."""
    fig, lines = compare_view.chart(
        compare_rows(directory, state, set_id), catalog_by_id(directory), state, areas(directory, set_id),
        body_types(directory, set_id), lang,
    )
    # styled once here, before the figure is shared: a copy per rerun costs ~0.5 s for the small multiples
    return readable_axes(fig), lines


def _compare_map_figure(
    directory: str, state: CompareState, lang: str, folder: str, set_id: str
) -> tuple[go.Figure, list[str], bool]:
    """The Map tab's figure, caption lines and whether region boundaries were available, built anew."""
    regions = boundaries(directory, "nuts3", folder)
    countries = boundaries(directory, "nuts0", folder)
    fig, lines = compare_view.map_figure(
        compare_rows(directory, state, set_id), catalog_by_id(directory), state, areas(directory, set_id),
        body_types(directory, set_id), lang, regions, countries,
    )
    return fig, lines, regions is not None


# A map keeps only its JSON (show.chart draws it), caption and flag: the Figure object with its region outlines
# (~1.8 MB) is built again only for an image download or the story. 32 maps at most, where 256 Figures grew a
# process by ~460 MB; st.plotly_chart would re-encode the map on every render (~37 ms).
@st.cache_resource(show_spinner=False, max_entries=32, ttl=LINK_TTL, hash_funcs=STATE_HASH)
def compare_map(
    directory: str, state: CompareState, lang: str, folder: str, set_id: str = queries.METRO_CASE
) -> tuple[FigureSpec, list[str], bool]:
    """Cached Map tab JSON (draw it with show.chart), caption lines, and whether region boundaries were available."""
    fig, lines, has_regions = _compare_map_figure(directory, state, lang, folder, set_id)
    return spec_of(fig), lines, has_regions


# The Figure itself, for a PNG/SVG download (built when the button is clicked) or the story's presenter look.
@st.cache_resource(show_spinner=False, max_entries=2, ttl=LINK_TTL, hash_funcs=STATE_HASH)
def compare_map_figure(
    directory: str, state: CompareState, lang: str, folder: str, set_id: str = queries.METRO_CASE
) -> go.Figure:
    """The Map tab's Plotly figure of one view state, language and set (two kept: PNG and SVG of the same map)."""
    return _compare_map_figure(directory, state, lang, folder, set_id)[0]


# The JSON of the Chart tab's figure, made once per view (show.chart draws it): st.plotly_chart re-encodes the figure
# on every render, ~1.4 ms for the line chart.
@st.cache_resource(show_spinner=False, max_entries=LINK_ENTRIES, ttl=LINK_TTL, hash_funcs=STATE_HASH)
def compare_chart_spec(directory: str, state: CompareState, lang: str, set_id: str = queries.METRO_CASE) -> FigureSpec:
    """Cached serialised Chart tab figure of one view state, language and set (draw it with show.chart)."""
    return spec_of(compare_chart(directory, state, lang, set_id)[0])


# A story step's figure in the presenter look (dark, larger type, labels re-spread): a copy of a cached figure and
# its JSON, ~28 ms per render for the plans timeline; made once per step and language, since the audience may open
# the story link too. figure: "chart" or "map" (a Compare state), "competences", "timeline" or "themes".
@st.cache_resource(show_spinner=False, max_entries=LINK_ENTRIES, ttl=LINK_TTL, hash_funcs=STATE_HASH)
def projector_spec(directory: str, lang: str, figure: str, state: CompareState | None = None) -> FigureSpec:
    """Cached presenter-view JSON of one of the pages' cached figures (draw it with show.chart)."""
    if figure == "chart" and state is not None:
        return spec_of(for_projector(compare_chart(directory, state, lang, queries.METRO_CASE)[0]))
    if figure == "map" and state is not None:
        return spec_of(for_projector(compare_map_figure(directory, state, lang, str(geo.geo_dir()))))
    if figure == "competences":
        return spec_of(for_projector(governance_view(directory, lang, queries.METRO_CASE).heatmap))
    view = plans_view(directory, lang, queries.METRO_CASE)
    # the plans figures place their label columns by pixel for their own height and type: only colours change
    return spec_of(for_projector(view.timeline if figure == "timeline" else view.matrix, larger=False))


# ~45 ms of pandas per render when it was built on every run (half of /compare's script time).
@st.cache_data(show_spinner=False, max_entries=LINK_ENTRIES, ttl=LINK_TTL, hash_funcs=STATE_HASH)
def compare_description(directory: str, state: CompareState, lang: str, set_id: str = queries.METRO_CASE) -> str:
    """Cached text alternative of the Compare figure of one view state, language and set (for screen readers)."""
    return compare_view.description(
        compare_rows(directory, state, set_id), catalog_by_id(directory), state, areas(directory, set_id), lang
    )


@st.cache_data(show_spinner=False, max_entries=LINK_ENTRIES, ttl=LINK_TTL, hash_funcs=STATE_HASH)
def compare_table(directory: str, state: CompareState, lang: str, set_id: str = queries.METRO_CASE) -> pd.DataFrame:
    """Cached Table tab rows for one view state, language and set."""
    return compare_view.table(
        compare_rows(directory, state, set_id), catalog_by_id(directory), state, areas(directory, set_id), lang
    )


@st.cache_resource(show_spinner=False)
def overview_map(directory: str, lang: str, folder: str, set_id: str = queries.METRO_CASE) -> tuple[go.Figure, bool]:
    """Cached Overview map of the set's areas; the flag says whether region boundaries were available."""
    regions, countries = boundaries(directory, "nuts3", folder), boundaries(directory, "nuts0", folder)
    return area_map(areas(directory, set_id), regions, countries, lang), regions is not None


# The Overview is every visitor's first page: its map is sent from JSON made once (show.chart), not re-encoded per
# render (~30 ms of the page's CPU, benchmarks/cpu.py).
@st.cache_resource(show_spinner=False)
def overview_map_spec(directory: str, lang: str, folder: str, set_id: str = queries.METRO_CASE) -> FigureSpec:
    """Cached serialised Overview map (draw it with show.chart)."""
    return spec_of(overview_map(directory, lang, folder, set_id)[0])


# indicators come from the page, not a link; bounded all the same, as every cache keyed by more than a few values
@st.cache_data(show_spinner=False, max_entries=LINK_ENTRIES, ttl=LINK_TTL)
def key_figures(
    directory: str, indicators: tuple[tuple[str, str], ...], lang: str, set_id: str = queries.METRO_CASE
) -> tuple[pd.DataFrame, list[str]]:
    """Cached Overview key figures: (indicator id, header key) pairs the catalogue has, one year each; body type."""
    catalog = catalog_by_id(directory)
    known = [pair for pair in indicators if pair[0] in catalog.index]  # another data folder may lack one
    cards = area_cards(directory, set_id)
    ids = cards["area_id"].tolist()
    frames = [queries.indicator_series(connection(directory), ind, ids, 1900, 2100) for ind, _ in known]
    rows = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(
        columns=["geo", "indicator_id", "year", "value", "flag", "status", "source", "note"])
    return key_figures_table(rows, catalog, known, cards, lang)


@st.cache_data(show_spinner=False)
def comparison_set(directory: str, set_id: str = queries.METRO_CASE) -> dict[str, str]:
    """Cached set of sets.csv (names, default indicator and benchmarks, source page); empty if the data has none."""
    chosen = queries.comparison_set(connection(directory), set_id)
    return {str(k): str(v) for k, v in chosen.iloc[0].items()} if len(chosen) else {}


@st.cache_data(show_spinner=False)
def indicator_rules(directory: str, set_id: str = queries.METRO_CASE) -> Rules:
    """Cached rules of the catalogue (per capita, scatter x, ...) with the set's default indicator."""
    default = comparison_set(directory, set_id).get("default_indicator", "")
    return rules_from(queries.indicator_catalog(connection(directory)), default)


@st.cache_resource(show_spinner=False, max_entries=8)
def indicator_menu(directory: str, lang: str) -> dict[str, str]:
    """The Compare indicator picker's labels by id, in its order (~3 ms of .loc lookups per render before); shared."""
    catalog = catalog_by_id(directory)
    return indicator_menu_of(catalog, lang, {code: t(f"theme.{code}", lang) for code in catalog["theme"].astype(str)})


@st.cache_data(show_spinner=False)
def catalog_by_id(directory: str) -> pd.DataFrame:
    """Cached indicator catalogue indexed by indicator_id."""
    return indicator_catalog(directory).set_index("indicator_id", drop=False)


# Everything on /plans that depends only on the data, the language and the set (figures, captions, cards, download
# tables, practice links), built once per triple: a render only reads it. Cached as a resource (shared, never copied:
# cache_data would unpickle a copy of every frame on each hit); nothing mutates it (st.plotly_chart and downloads copy).
@st.cache_resource(show_spinner=False, max_entries=8)
def plans_view(directory: str, lang: str, set_id: str = queries.METRO_CASE) -> PlansView:
    """Cached plans_view.build for the plans of a set's areas in one language."""
    area_frame = areas(directory, set_id)
    plan_frame = plans(directory, tuple(area_frame["area_id"]))
    plan_ids = tuple(plan_frame["plan_id"])
    return build_plans_view(area_frame, plan_frame, plan_axes(directory, plan_ids), plan_themes(directory, plan_ids),
                            practices(directory), lang)


@st.cache_resource(show_spinner=False, max_entries=LINK_ENTRIES, ttl=LINK_TTL)
def plans_comparison(directory: str, lang: str, set_id: str, chosen: tuple[str, ...]) -> tuple[str, pd.DataFrame]:
    """Cached side-by-side table (Markdown) and download rows of two or three chosen plans."""
    return plans_comparison_of(plans_view(directory, lang, set_id), chosen, lang)


# As plans_view: what /governance shows that depends only on the data, the language and the set, built once.
@st.cache_resource(show_spinner=False, max_entries=8)
def governance_view(directory: str, lang: str, set_id: str = queries.METRO_CASE) -> GovernanceView:
    """Cached governance_view.build (matrix, heatmap, tables, every area's profile) for the areas of a set."""
    area_frame = areas(directory, set_id)
    ids = tuple(area_frame["area_id"])
    cells = matrix_cells(area_frame, governance_facts(directory, ids, FACT_ATTRIBUTES), core_city_share(directory, ids),
                         lang)
    return build_governance_view(area_frame, cells, competence_grid(directory, ids), lang)


@st.cache_resource(show_spinner=False, max_entries=LINK_ENTRIES, ttl=LINK_TTL)
def governance_profiles_table(directory: str, lang: str, set_id: str, chosen: tuple[str, ...]) -> pd.DataFrame:
    """Cached download rows of the chosen areas' profiles."""
    table = governance_view(directory, lang, set_id).matrix_table
    return table[table["area_id"].isin(chosen)]


@st.cache_data(show_spinner=False, max_entries=LINK_ENTRIES, ttl=LINK_TTL)
def practices(
    directory: str,
    area_ids: tuple[str, ...] = (),
    themes: tuple[str, ...] = (),
    levels: tuple[str, ...] = (),
    year_from: int | None = None,
    year_to: int | None = None,
    text: str = "",
) -> pd.DataFrame:
    """Cached queries.practices."""
    return queries.practices(connection(directory), area_ids, themes, levels, year_from, year_to, text)


@st.cache_data(show_spinner=False)
def criteria(directory: str) -> pd.DataFrame:
    """Cached queries.criteria."""
    return queries.criteria(connection(directory))


@st.cache_data(show_spinner=False, max_entries=LINK_ENTRIES, ttl=LINK_TTL)
def screening(directory: str, practice_ids: tuple[str, ...]) -> pd.DataFrame:
    """Cached queries.screening."""
    return queries.screening(connection(directory), practice_ids)


@st.cache_data(show_spinner=False, max_entries=16, ttl=LINK_TTL)
def story(directory: str, story_id: str) -> stories.Story | None:
    """Cached story of data/stories/<id>.yaml (None if there is none or its shape is wrong)."""
    return stories.load_story(directory, story_id)


@st.cache_data(show_spinner=False)
def story_list(directory: str) -> list[stories.Story]:
    """Cached stories of a data directory whose files are well formed, in file order."""
    found = (stories.load_story(directory, story_id) for story_id in stories.story_ids(directory))
    return [s for s in found if s is not None]


@st.cache_resource(show_spinner=False)
def store(database_url: str | None, state_dir: str) -> Store:
    """The process-wide store of what users write (arguments only key the cache: a changed setting reopens it)."""
    return open_store()
