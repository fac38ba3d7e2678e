"""Pure functions over the DuckDB connection: each runs one named query and returns a DataFrame."""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import pandas as pd

from dashboard.data.db import run_query

METRO_CASE = "metro_case"
CARD_ATTRIBUTES = (
    "body_name_local",
    "body_name_en",
    "body_type",
    "population",
    "n_member_municipalities",
    "core_city_population",
)


def areas(con: duckdb.DuckDBPyConnection, comparison_set: str = METRO_CASE) -> pd.DataFrame:
    """Return the areas of a comparison set in display order."""
    return run_query(con, "areas", comparison_set=comparison_set)


def governance_facts(
    con: duckdb.DuckDBPyConnection, area_ids: Sequence[str], attributes: Sequence[str]
) -> pd.DataFrame:
    """Return the governance facts (one row per area and attribute) with year, status and source."""
    return run_query(con, "governance_facts", area_ids=list(area_ids), attributes=list(attributes))


def area_cards(con: duckdb.DuckDBPyConnection, comparison_set: str = METRO_CASE) -> pd.DataFrame:
    """Return one row per area with the Overview card facts; each fact keeps its own year, source and note."""
    base = areas(con, comparison_set)
    facts = governance_facts(con, base["area_id"].tolist(), CARD_ATTRIBUTES)
    wide = base.set_index("area_id")
    for attribute in CARD_ATTRIBUTES:
        rows = facts[facts["attribute"] == attribute].set_index("area_id")
        for field in ("value", "value_num", "year", "status", "source_url", "note"):
            wide[f"{attribute}__{field}"] = rows[field].reindex(wide.index)
    return wide.reset_index()


def indicator_catalog(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Return the indicator catalogue (names, units, decimals, definitions, sources, licence)."""
    return run_query(con, "indicator_catalog")


def indicator_series(
    con: duckdb.DuckDBPyConnection,
    indicator_id: str,
    geos: Sequence[str],
    year_from: int,
    year_to: int,
) -> pd.DataFrame:
    """Return one indicator's headline values for areas/benchmark geos in [year_from, year_to]."""
    return run_query(
        con,
        "indicator_series",
        indicator_id=indicator_id,
        geos=list(geos),
        year_from=int(year_from),
        year_to=int(year_to),
    )


def competences(con: duckdb.DuckDBPyConnection, area_ids: Sequence[str]) -> pd.DataFrame:
    """Return each area's classified competence levels over the fixed taxonomy."""
    return run_query(con, "competences", area_ids=list(area_ids))


def plans(con: duckdb.DuckDBPyConnection, area_ids: Sequence[str]) -> pd.DataFrame:
    """Return the strategic plans of the given areas."""
    return run_query(con, "plans", area_ids=list(area_ids))


def plan_axes(con: duckdb.DuckDBPyConnection, plan_ids: Sequence[str]) -> pd.DataFrame:
    """Return the axes of the given plans, in order."""
    return run_query(con, "plan_axes", plan_ids=list(plan_ids))


def sources(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Return every source cited in the data set with its licence."""
    return run_query(con, "sources")


def export_values(
    con: duckdb.DuckDBPyConnection,
    geos: Sequence[str],
    indicators: Sequence[str],
    year_from: int,
    year_to: int,
    components: bool = False,
    lang: str = "en",
) -> pd.DataFrame:
    """Return the rows of a download: headline values (and component rows if asked), names and units in lang."""
    return run_query(
        con,
        "export_values",
        geos=list(geos),
        indicators=list(indicators),
        year_from=int(year_from),
        year_to=int(year_to),
        components=bool(components),
        lang="it" if lang == "it" else "en",
    )


def value_coverage(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Return each geo with indicator values (areas first, in display order) and its first and last year."""
    return run_query(con, "value_coverage")


def core_city_share(con: duckdb.DuckDBPyConnection, area_ids: Sequence[str]) -> pd.DataFrame:
    """Return per area the two population facts and the core city's share (only where their years match)."""
    return run_query(con, "core_city_share", area_ids=list(area_ids))


def competence_grid(con: duckdb.DuckDBPyConnection, area_ids: Sequence[str]) -> pd.DataFrame:
    """Return every area × competence level with its source and the competence list it was read from."""
    return run_query(con, "competence_grid", area_ids=list(area_ids))


def plan_themes(con: duckdb.DuckDBPyConnection, plan_ids: Sequence[str]) -> pd.DataFrame:
    """Return the project's theme classification of the plans' axes, with axis text and source."""
    return run_query(con, "plan_themes", plan_ids=list(plan_ids))


def plan_search(con: duckdb.DuckDBPyConnection, area_ids: Sequence[str], text: str) -> pd.DataFrame:
    """Return the plans whose names or axes contain text (literal, case- and accent-insensitive)."""
    return run_query(con, "plan_search", area_ids=list(area_ids), text=str(text))


def indicator_years(con: duckdb.DuckDBPyConnection, comparison_set: str = METRO_CASE) -> pd.DataFrame:
    """Return, per indicator, the years with a headline value for at least one area of the set (and how many)."""
    return run_query(con, "indicator_years", comparison_set=comparison_set)


def comparison_sets(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Return every comparison set in display order (names, default indicator and benchmarks, source page)."""
    return run_query(con, "comparison_sets")


def comparison_set(con: duckdb.DuckDBPyConnection, set_id: str = METRO_CASE) -> pd.DataFrame:
    """Return one comparison set (names, default indicator); empty if the data has no such set."""
    return run_query(con, "comparison_set", comparison_set=set_id)


def partners(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Return the project's partners and associated policy authorities with role, policy instrument and source."""
    return run_query(con, "partners")


def weak_facts(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Return the governance facts whose only source is on a weak host (source_kinds.csv), with its kind."""
    return run_query(con, "weak_facts")


def project_events(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Return the project's events in date order, each with its source."""
    return run_query(con, "project_events")


def countries(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Return the names (EN, IT) of every country and benchmark geo."""
    return run_query(con, "countries")


def series_breaks(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Return the known series breaks (census revisions, release changes) with their caption notes."""
    return run_query(con, "series_breaks")


def practices(
    con: duckdb.DuckDBPyConnection,
    area_ids: Sequence[str] = (),
    themes: Sequence[str] = (),
    levels: Sequence[str] = (),
    year_from: int | None = None,
    year_to: int | None = None,
    text: str = "",
) -> pd.DataFrame:
    """Return the good practices matching every filter (empty = no filter), in area order."""
    return run_query(con, "practices", area_ids=list(area_ids), themes=list(themes), levels=list(levels),
                     year_from=year_from, year_to=year_to, text=text)


def criteria(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Return the selection criteria in order."""
    return run_query(con, "criteria")


def screening(con: duckdb.DuckDBPyConnection, practice_ids: Sequence[str]) -> pd.DataFrame:
    """Return the project's screening of the given practices against the criteria."""
    return run_query(con, "screening", practice_ids=list(practice_ids))
