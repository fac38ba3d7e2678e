"""The series a Compare view shows: areas and benchmarks on a complete year grid, normalised, never filled in.

Missing stays missing: every (series, year) of the range is a row, and a row without a value keeps the reason
(the data's note, or 'no row in the data set'). Derived values (index, per capita, partner average) say how.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import duckdb
import pandas as pd

from dashboard.data import queries
from dashboard.transform import breaks
from dashboard.transform.view_state import CompareState, Rules, default_x, rules_from

EU_GEO = "EU27_2020"
PARTNERS = "partners"
ROW_COLUMNS = [
    "series", "kind", "bench", "geo", "year", "value", "raw_value", "flag", "status", "source", "note",
    "nuts_code", "missing", "n_covered", "partner",
]
NO_ROW = "no_row"  # missing code: the data set has no row for this geo and year
FLAG_LETTERS = ("b", "e", "p")
NO_RULES = Rules()  # a catalogue that states no per-capita rule, scatter x or population-based indicator
# What a query's rows are for in a view. Dispatching on the indicator instead mistook a scatter's x = population
# for the per-capita divisor (and drew a line chart).
MAIN, X, DIVISOR = "main", "x", "population"


@dataclass(frozen=True)
class QueryCall:
    """One named query, the parameters bound to it (shown under 'Show query') and its role (MAIN, X, DIVISOR)."""

    name: str
    params: dict[str, object]
    role: str = MAIN


@dataclass(frozen=True)
class Prepared:
    """The rows of one view, with the years and rules that produced them."""

    rows: pd.DataFrame
    year_from: int
    year_to: int
    year: int | None
    base_year: int | None
    calls: tuple[QueryCall, ...]
    x_rows: pd.DataFrame | None = None
    x_indicator: str | None = None
    rules: Rules = field(default_factory=Rules)


def country_geos(state: CompareState, areas: pd.DataFrame) -> list[str]:
    """Return the countries of the selected areas, in area order, once each."""
    chosen = areas[areas["area_id"].isin(state.areas)]
    return list(dict.fromkeys(chosen["country"].tolist()))


def benchmark_geos(state: CompareState, areas: pd.DataFrame) -> list[str]:
    """Return the benchmark geo codes the state asks for (each area's country, EU-27)."""
    geos = country_geos(state, areas) if "country" in state.bench else []
    return [*geos, EU_GEO] if "eu" in state.bench else geos


def series_call(
    indicator_id: str, state: CompareState, areas: pd.DataFrame, years: Sequence[int], role: str = MAIN
) -> QueryCall:
    """Return the indicator_series call for one indicator over its whole span of years."""
    params: dict[str, object] = {
        "indicator_id": indicator_id,
        "geos": [*state.areas, *benchmark_geos(state, areas)],
        "year_from": int(min(years)) if years else 0,
        "year_to": int(max(years)) if years else 0,
    }
    return QueryCall("indicator_series", params, role)


def query_calls(
    state: CompareState, areas: pd.DataFrame, years: Mapping[str, Sequence[int]], rules: Rules
) -> list[QueryCall]:
    """Return every query a view needs, in this order: the indicator, the scatter's x, the per-capita denominator."""
    calls = [series_call(state.ind, state, areas, years.get(state.ind, ()))]
    rule = rules.per_capita_rule(state.ind)
    if is_scatter(state):
        x_ind = state.x or default_x(state.ind, list(years), rules)
        calls.append(series_call(x_ind, state, areas, years.get(x_ind, ()), X))
    elif state.norm == "per_capita" and rule is not None:  # the scatter shows values as published: no divisor
        calls.append(series_call(rule.denominator, state, areas, years.get(state.ind, ()), DIVISOR))
    return calls


def _series_ids(state: CompareState, areas: pd.DataFrame) -> list[tuple[str, str, str, str]]:
    """(series id, kind, bench, geo) for every area and benchmark geo the state shows."""
    ids = [(area, "area", "", area) for area in state.areas]
    if "country" in state.bench:
        ids += [(f"country:{geo}", "benchmark", "country", geo) for geo in country_geos(state, areas)]
    if "eu" in state.bench:
        ids.append(("eu", "benchmark", "eu", EU_GEO))
    return ids


def grid(values: pd.DataFrame, state: CompareState, areas: pd.DataFrame, years: Sequence[int]) -> pd.DataFrame:
    """Return one row per shown series and year; years without a value keep value NaN and the reason."""
    ids = _series_ids(state, areas)
    frame = pd.DataFrame(
        [(sid, kind, bench, geo, year) for sid, kind, bench, geo in ids for year in years],
        columns=["series", "kind", "bench", "geo", "year"],
    )
    found = values[["geo", "year", "value", "flag", "status", "source", "note", "nuts_code", "partner"]].copy()
    found["year"] = found["year"].astype(int)
    frame["year"] = frame["year"].astype(int)
    out = frame.merge(found, on=["geo", "year"], how="left", indicator=True)
    out["raw_value"] = out["value"].astype(float)
    out["value"] = out["raw_value"]
    for column in ("flag", "status", "source", "note", "nuts_code"):
        out[column] = out[column].astype(object).where(out[column].notna(), "")
    # The reason a value is missing: the row's own note, or that the data set has no row at all.
    out["missing"] = ""
    gap = out["value"].isna()
    out.loc[gap & (out["_merge"] == "left_only"), "missing"] = NO_ROW
    out.loc[gap & (out["_merge"] == "both"), "missing"] = out.loc[gap & (out["_merge"] == "both"), "note"]
    out["n_covered"] = pd.NA
    out["partner"] = out["partner"].astype(object).where(out["partner"].notna(), False).astype(bool)
    return out.drop(columns="_merge")[ROW_COLUMNS]


def combine_flags(flags: Sequence[str]) -> str:
    """Return the union of producer flag letters, in b, e, p order."""
    letters = set("".join(str(f) for f in flags if isinstance(f, str)))
    return "".join(letter for letter in FLAG_LETTERS if letter in letters)


def base_year(rows: pd.DataFrame, area_ids: Sequence[str], year_from: int, year_to: int) -> int | None:
    """Return the first year of the range in which every selected area has a value (else the best covered)."""
    areas = rows[(rows["kind"] == "area") & rows["series"].isin(area_ids)]
    inside = areas[(areas["year"] >= year_from) & (areas["year"] <= year_to) & areas["value"].notna()]
    if inside.empty:
        return None
    counts = inside.groupby("year")["series"].nunique()
    full = counts[counts == len(area_ids)]
    if not full.empty:
        return int(full.index.min())
    return int(counts[counts == counts.max()].index.min())


def best_year(rows: pd.DataFrame, area_ids: Sequence[str]) -> int | None:
    """Return the year in which the most selected areas have a value; the latest one if several tie."""
    areas = rows[(rows["kind"] == "area") & rows["series"].isin(area_ids) & rows["value"].notna()]
    if areas.empty:
        return None
    counts = areas.groupby("year")["series"].nunique()
    return int(counts[counts == counts.max()].index.max())


def to_index(rows: pd.DataFrame, base: int | None) -> pd.DataFrame:
    """Divide each series by its own value in the base year, × 100; a series with no base value goes missing."""
    out = rows.copy()
    if base is None:
        out["value"] = float("nan")
        out["missing"] = out["missing"].where(out["raw_value"].isna(), "no_base")
        return out
    base_values = out[out["year"] == base].set_index("series")["raw_value"]
    denominator = out["series"].map(base_values)
    out["value"] = out["raw_value"] / denominator * 100
    lost = out["raw_value"].notna() & out["value"].isna()
    out.loc[lost, "missing"] = "no_base"
    out.loc[out["value"].notna(), "status"] = "derived"
    return out


def to_per_capita(rows: pd.DataFrame, population: pd.DataFrame, factor: float) -> pd.DataFrame:
    """Divide by the catalogue's denominator (population) of the same geo and year, × factor; say what is missing."""
    pop = population[["geo", "year", "value", "flag", "source", "partner"]].rename(
        columns={"value": "pop", "flag": "pop_flag", "source": "pop_source", "partner": "pop_partner"}
    )
    pop["year"] = pop["year"].astype(int)
    out = rows.merge(pop, on=["geo", "year"], how="left")
    out["value"] = out["raw_value"] * factor / out["pop"]
    lost = out["raw_value"].notna() & out["value"].isna()
    out.loc[lost, "missing"] = "no_population"
    derived = out["value"].notna()
    out.loc[derived, "status"] = "derived"
    out.loc[derived, "flag"] = [combine_flags([a, b]) for a, b in zip(
        out.loc[derived, "flag"], out.loc[derived, "pop_flag"].fillna(""), strict=True
    )]
    out.loc[derived, "source"] = out.loc[derived, "source"] + "; " + out.loc[derived, "pop_source"].astype(str)
    out["partner"] = out["partner"] | (derived & out["pop_partner"].eq(True))  # a partner's population divides too
    return out[ROW_COLUMNS]


def partner_average(rows: pd.DataFrame, area_ids: Sequence[str]) -> pd.DataFrame:
    """Unweighted mean of the selected areas, drawn only in years where every selected area has a value."""
    areas = rows[(rows["kind"] == "area") & rows["series"].isin(area_ids)]
    out = []
    for year, group in areas.groupby("year", sort=True):
        have = group[group["value"].notna()]
        complete = len(area_ids) >= 2 and len(have) == len(area_ids)
        out.append({
            "series": PARTNERS, "kind": "benchmark", "bench": PARTNERS, "geo": PARTNERS, "year": int(year),
            "value": float(have["value"].mean()) if complete else float("nan"),
            "raw_value": float("nan"),
            "flag": combine_flags(have["flag"].tolist()) if complete else "",
            "status": "derived",
            "source": "; ".join(dict.fromkeys(s for s in have["source"] if s)),
            "note": "",
            "nuts_code": "",
            "missing": "" if complete else ("one_area" if len(area_ids) < 2 else "incomplete"),
            "n_covered": len(have),
            "partner": bool(complete and have["partner"].any()),
        })
    return pd.DataFrame(out, columns=ROW_COLUMNS)


def resolve_range(state: CompareState, rows: pd.DataFrame) -> tuple[int, int]:
    """Return the year range shown: the link's from/to, else the years in which a selected area has a value."""
    have = rows.loc[(rows["kind"] == "area") & rows["raw_value"].notna(), "year"]
    if have.empty:
        have = rows["year"]
    if have.empty:
        return (0, 0)
    low = state.year_from if state.year_from is not None else int(have.min())
    high = state.year_to if state.year_to is not None else int(have.max())
    return (low, max(low, high))


def is_scatter(state: CompareState) -> bool:
    """True if the view is the two-indicator scatter (which shows values as published, never normalised)."""
    return state.view == "chart" and state.chart == "scatter"


def prepare(
    values: pd.DataFrame,
    state: CompareState,
    areas: pd.DataFrame,
    years: Sequence[int],
    calls: Sequence[QueryCall],
    population: pd.DataFrame | None = None,
    x_values: pd.DataFrame | None = None,
    x_indicator: str | None = None,
    rules: Rules = NO_RULES,
    breaks_table: pd.DataFrame | None = None,
) -> Prepared:
    """Return the rows of a view: grid, normalisation, partner average, breaks, and the years they cover."""
    span = sorted(int(y) for y in years)
    all_years = list(range(span[0], span[-1] + 1)) if span else []
    rows = grid(values, state, areas, all_years)
    year_from, year_to = resolve_range(state, rows)
    base = None
    if is_scatter(state):
        pass  # the scatter compares two published indicators in one year: no normalisation
    elif state.norm == "index":
        base = base_year(rows, state.areas, year_from, year_to)
        rows = to_index(rows, base)
    elif state.norm == "per_capita" and population is not None and rules.per_capita_rule(state.ind) is not None:
        rows = to_per_capita(rows, population, rules.per_capita_rule(state.ind).factor)  # type: ignore[union-attr]
    x_rows = None
    if x_values is not None:
        x_years = sorted({int(y) for y in x_values["year"]} | set(all_years))
        x_rows = grid(x_values, state, areas, list(range(x_years[0], x_years[-1] + 1)) if x_years else [])
    if PARTNERS in state.bench:
        rows = pd.concat([rows, partner_average(rows, state.areas)], ignore_index=True)
        if x_rows is not None:
            x_rows = pd.concat([x_rows, partner_average(x_rows, state.areas)], ignore_index=True)
    if state.year is not None:
        year = state.year
    elif x_rows is not None:
        year = scatter_year(rows, x_rows, state.areas)
    else:
        year = best_year(rows, state.areas)
    table = breaks_table if breaks_table is not None else breaks.EMPTY
    per_capita = state.norm == "per_capita" and not is_scatter(state)
    rows = breaks.mark(rows, areas, table, state.ind, rules, per_capita)
    if x_rows is not None and x_indicator is not None:
        x_rows = breaks.mark(x_rows, areas, table, x_indicator, rules, False)
    return Prepared(rows, year_from, year_to, year, base, tuple(calls), x_rows, x_indicator, rules)


def in_range(prepared: Prepared) -> pd.DataFrame:
    """Return the rows of the year range shown by line charts, multiples and the table."""
    rows = prepared.rows
    return rows[(rows["year"] >= prepared.year_from) & (rows["year"] <= prepared.year_to)]


def in_year(rows: pd.DataFrame, year: int | None) -> pd.DataFrame:
    """Return the rows of one year (bar, map, scatter)."""
    return rows[rows["year"] == year]


def scatter_year(y_rows: pd.DataFrame, x_rows: pd.DataFrame, area_ids: Sequence[str]) -> int | None:
    """Return the latest year with the most selected areas having both indicators."""
    both = y_rows.merge(x_rows, on=["series", "year"], suffixes=("_y", "_x"))
    both = both[both["series"].isin(area_ids) & both["value_y"].notna() & both["value_x"].notna()]
    if both.empty:
        return None
    counts = both.groupby("year")["series"].nunique()
    return int(counts[counts == counts.max()].index.max())


def load(
    con: duckdb.DuckDBPyConnection,
    state: CompareState,
    areas: pd.DataFrame,
    years: Mapping[str, Sequence[int]],
) -> Prepared:
    """Run the view's named queries and return its rows (the queries and their parameters come along)."""
    rules = rules_from(queries.indicator_catalog(con))
    calls = query_calls(state, areas, years, rules)
    frames = {call.role: queries.indicator_series(con, **call.params) for call in calls}  # type: ignore[arg-type]
    x_indicator = next((str(call.params["indicator_id"]) for call in calls if call.role == X), None)
    return prepare(
        frames[MAIN], state, areas, years.get(state.ind, ()), calls, population=frames.get(DIVISOR),
        x_values=frames.get(X), x_indicator=x_indicator, rules=rules, breaks_table=queries.series_breaks(con),
    )
