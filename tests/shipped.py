"""What the shipped data/ files say, read with the csv module (not the app's loader), for tests that must agree."""

from __future__ import annotations

import csv

from dashboard.data.paths import DATA_DIR


def rows(rel: str) -> list[dict[str, str]]:
    """Return the records of one CSV file of data/ (rel as 'indicators/tirana.csv')."""
    with (DATA_DIR / rel).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def areas(set_id: str = "metro_case") -> list[dict[str, str]]:
    """Return the rows of data/areas.csv in one comparison set (default: the one every page opens with)."""
    return [row for row in rows("areas.csv") if set_id in row["comparison_sets"].split(";")]


def area_ids(set_id: str = "metro_case") -> list[str]:
    """Return the area ids of one comparison set of data/areas.csv, in file order."""
    return [row["area_id"] for row in areas(set_id)]


def plans(set_id: str = "metro_case") -> list[dict[str, str]]:
    """Return the rows of data/plans/plans.csv whose area is in one comparison set."""
    ids = set(area_ids(set_id))
    return [row for row in rows("plans/plans.csv") if row["area_id"] in ids]


def series(area_id: str, indicator_id: str) -> dict[int, dict[str, str]]:
    """Return year -> row of one area's indicator, for an area of a single region (one nuts_code per year)."""
    found = [row for row in rows(f"indicators/{area_id}.csv") if row["indicator_id"] == indicator_id]
    assert len({row["nuts_code"] for row in found}) == 1, f"{area_id} has several regions: name one"
    return {int(row["year"]): row for row in found}


def body_types() -> set[str]:
    """Return the distinct governance body types the areas are classified as."""
    return {row["value"] for row in rows("governance.csv") if row["attribute"] == "body_type" and row["value"]}
