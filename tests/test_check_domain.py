"""check refuses domain knowledge that is missing or inconsistent: colours, sets, countries, rules, breaks, names."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dashboard.data.check import check_data_dir
from tests.conftest import FIXTURE_DIR
from tests.test_check import edit_csv


@pytest.fixture()
def fixture_copy(tmp_path: Path) -> Path:
    """A writable copy of the made-up fixture data (which passes check)."""
    target = tmp_path / "data"
    shutil.copytree(FIXTURE_DIR, target)
    return target


def problems(data_dir: Path) -> list[str]:
    return [str(p) for p in check_data_dir(data_dir, label="d").problems]


def test_fixture_data_passes(fixture_copy):
    assert problems(fixture_copy) == []


# (file edited, data row, column, new value, reason). The problem is named at the edited cell: d/file:line: column.
SAME_CELL = [
    ("areas.csv", 0, "colour", "", "value is required"),
    ("areas.csv", 0, "colour", "orange", "not a #RRGGBB colour"),
    ("areas.csv", 0, "colour", "#E69F0", "not a #RRGGBB colour"),
    ("areas.csv", 1, "colour", "#e69f00", "also the colour of line 2 in metro_case"),  # fixture_b's, any case
    ("areas.csv", 0, "comparison_sets", "metro_case;nowhere", "unknown comparison set 'nowhere'"),
    ("areas.csv", 0, "comparison_sets", "", "value is required"),
    ("areas.csv", 0, "country", "XZ", "not in countries.csv"),
    ("areas.csv", 0, "nuts2_same", "XB01", "not a NUTS-2 code containing every nuts3"),
    ("areas.csv", 0, "nuts2_same", "XB0", "not a NUTS-2 code containing every nuts3"),
    ("areas.csv", 0, "nuts2_same", "XB001", "not a NUTS-2 code containing every nuts3"),
    ("areas.csv", 0, "short_en", "", "value is required"),
    ("areas.csv", 0, "short_it", "", "value is required"),
    ("areas.csv", 0, "core_city_en", "", "value is required"),
    ("areas.csv", 0, "core_city_it", "", "value is required"),
    ("areas.csv", 0, "name_it", "", "value is required"),
    ("sets.csv", 0, "default_indicator", "no_such_indicator", "unknown indicator"),
    ("sets.csv", 0, "name_it", "", "value is required"),
    ("indicators/catalog.csv", 1, "per_capita_denominator", "no_such_indicator", "unknown indicator"),
    ("indicators/catalog.csv", 1, "per_capita_factor", "", "needs a denominator, a factor and both units"),
    ("indicators/catalog.csv", 1, "per_capita_factor", "-3", "not a positive number"),
    ("indicators/catalog.csv", 1, "per_capita_unit_it", "", "needs a denominator, a factor and both units"),
    ("indicators/catalog.csv", 1, "per_capita_denominator", "", "needs a denominator, a factor and both units"),
    ("indicators/catalog.csv", 0, "scatter_x", "no_such_indicator", "unknown indicator"),
    ("indicators/catalog.csv", 0, "summable", "maybe", "is not one of ['no', 'yes']"),
    ("indicators/catalog.csv", 0, "population_based", "Y", "is not one of ['no', 'yes']"),
    ("indicators/catalog.csv", 0, "population_based", "", "value is required"),
    ("indicators/catalog.csv", 1, "retrieved", "last week", "not an ISO date"),
    ("breaks.csv", 0, "geo", "XZ", "not in countries.csv"),
    ("breaks.csv", 0, "scope", "no_such_indicator", "unknown indicator"),
    ("breaks.csv", 0, "kind", "war", "is not one of ['census', 'release']"),
    ("breaks.csv", 0, "year", "20x1", "not a year"),
    ("breaks.csv", 1, "note_it", "", "value is required"),
    ("countries.csv", 0, "name_it", "", "value is required"),
]


@pytest.mark.parametrize(("file", "row", "column", "value", "reason"), SAME_CELL)
def test_inconsistent_domain_knowledge_is_named_at_its_cell(fixture_copy, file, row, column, value, reason):
    line = edit_csv(fixture_copy / file, row, column, value)
    found = problems(fixture_copy)
    assert any(p.startswith(f"d/{file}:{line}: {column}: ") and reason in p for p in found), found


@pytest.mark.parametrize(
    ("file", "row", "column", "value", "named"),
    [
        # A benchmark geo (EU27_2020 rows of benchmarks.csv) no longer in countries.csv.
        ("countries.csv", 0, "geo", "EU28", "d/indicators/benchmarks.csv:4: geo: unknown benchmark geo (not in "),
        # An area's country no longer in countries.csv.
        ("countries.csv", 2, "geo", "XY", "d/areas.csv:2: country: unknown country (not in countries.csv) 'XB'"),
        # A set removed from sets.csv: the areas naming it are refused.
        ("sets.csv", 0, "set_id", "renamed", "d/areas.csv:2: comparison_sets: unknown comparison set 'metro_case'"),
    ],
)
def test_a_row_removed_elsewhere_is_named_where_it_is_used(fixture_copy, file, row, column, value, named):
    edit_csv(fixture_copy / file, row, column, value)
    found = problems(fixture_copy)
    assert any(p.startswith(named) for p in found), found


@pytest.mark.parametrize("name", ["sets.csv", "countries.csv", "breaks.csv"])
def test_a_missing_domain_table_is_refused(fixture_copy, name):
    (fixture_copy / name).unlink()
    assert f"d/{name}:0: -: file is missing" in problems(fixture_copy)
