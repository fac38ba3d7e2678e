"""Known breaks in the series (census revisions, a change of release), as the data folder's breaks.csv states them."""

from __future__ import annotations

import pandas as pd

from dashboard.data.vocab import POPULATION_BASED
from dashboard.transform.view_state import Rules

CENSUS, RELEASE = "census", "release"
BREAK_COLUMNS = ["geo", "year", "scope", "kind", "note_en", "note_it", "source_url"]
EMPTY = pd.DataFrame(columns=BREAK_COLUMNS)
# Columns added to the rows of a view: the census break note of the row's geo and year, and the release break note
# of the row's year (shown in the caption only when the years shown span it).
NOTE_COLUMNS = ("break_en", "break_it", "release_en", "release_it")


def applies(scope: str, indicator_id: str, rules: Rules, per_capita: bool) -> bool:
    """True if a break of this scope touches the indicator (per-capita values divide by population, so always)."""
    if scope == POPULATION_BASED:
        return indicator_id in rules.population_based or per_capita
    return scope == indicator_id


def row_countries(rows: pd.DataFrame, areas: pd.DataFrame) -> list[str]:
    """The country of each row: the area's country, the benchmark's own geo ('' for partners)."""
    countries = dict(zip(areas["area_id"], areas["country"], strict=True))
    return [countries.get(geo, geo if kind == "benchmark" else "") for geo, kind in zip(rows["geo"], rows["kind"],
                                                                                        strict=True)]


def mark(
    rows: pd.DataFrame, areas: pd.DataFrame, table: pd.DataFrame, indicator_id: str, rules: Rules, per_capita: bool
) -> pd.DataFrame:
    """Return rows with the break notes (EN, IT) that apply to each row's geo and year for this indicator."""
    out = rows.copy()
    for column in NOTE_COLUMNS:
        out[column] = ""
    chosen = [b for b in table.to_dict("records") if applies(str(b["scope"]), indicator_id, rules, per_capita)]
    if not chosen or out.empty:
        return out
    geos = row_countries(out, areas)
    for b in chosen:
        geo = b["geo"] if isinstance(b["geo"], str) else ""
        prefix = "break" if b["kind"] == CENSUS else "release"
        hit = (out["year"].astype(int) == int(b["year"])) & pd.Series(
            [not geo or g == geo for g in geos], index=out.index
        )
        for lang in ("en", "it"):
            out.loc[hit, f"{prefix}_{lang}"] = str(b[f"note_{lang}"])
    return out
