"""The axis→theme classification: every axis has a theme row, every theme row names an existing axis."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from dashboard.data import vocab
from dashboard.data.check import check_data_dir
from dashboard.data.paths import DATA_DIR
from tests.conftest import FIXTURE_DIR


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


AXES = read_rows(DATA_DIR / "plans" / "axes.csv")
THEMES = read_rows(DATA_DIR / "plans" / "axis_themes.csv")


def test_every_axis_has_a_theme_row():
    mapped = {(r["plan_id"], r["axis_no"]) for r in THEMES}
    missing = [(r["plan_id"], r["axis_no"]) for r in AXES if (r["plan_id"], r["axis_no"]) not in mapped]
    assert AXES and missing == []


def test_every_theme_row_names_an_existing_axis_with_its_text():
    axis_text = {(r["plan_id"], r["axis_no"]): r["name"] for r in AXES}
    for row in THEMES:
        key = (row["plan_id"], row["axis_no"])
        assert key in axis_text, row
        assert row["note"] == axis_text[key], row


def test_theme_rows_are_classified_from_the_common_list_one_or_two_per_axis():
    counts: dict[tuple[str, str], int] = {}
    for row in THEMES:
        assert row["theme"] in vocab.PLAN_THEMES and row["status"] == "classified", row
        counts[(row["plan_id"], row["axis_no"])] = counts.get((row["plan_id"], row["axis_no"]), 0) + 1
    assert set(counts.values()) <= {1, 2}


@pytest.fixture()
def fixture_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(FIXTURE_DIR, target)
    return target


def write_themes(folder: Path, lines: list[str]) -> None:
    text = "plan_id,axis_no,theme,status,note\n" + "".join(f"{line}\n" for line in lines)
    (folder / "plans" / "axis_themes.csv").write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # an axis without a theme row is reported on its line in axes.csv
        (["fixture_a_plan,1,mobility,classified,Asse uno"], ["d/plans/axes.csv:3: axis_no: axis has no theme row"]),
        # a theme row for an axis that does not exist
        (["fixture_a_plan,1,mobility,classified,Asse uno", "fixture_a_plan,2,mobility,classified,Asse due",
          "fixture_a_plan,9,mobility,classified,Asse nove"],
         ["d/plans/axis_themes.csv:4: axis_no: no axis '9' in plan 'fixture_a_plan'"]),
        # unknown theme, wrong status, stale axis text
        (["fixture_a_plan,1,sport,classified,Asse uno", "fixture_a_plan,2,mobility,observed,Asse 2"],
         ["d/plans/axis_themes.csv:2: theme: 'sport' is not one of",
          "d/plans/axis_themes.csv:3: status: 'observed' is not one of",
          "d/plans/axis_themes.csv:3: note: not the axis text 'Asse due'"]),
        # three themes for one axis is not a small classification
        (["fixture_a_plan,1,mobility,classified,Asse uno", "fixture_a_plan,2,mobility,classified,Asse due",
          "fixture_a_plan,2,culture_tourism,classified,Asse due",
          "fixture_a_plan,2,spatial_planning,classified,Asse due"],
         ["d/plans/axes.csv:3: axis_no: 3 theme rows"]),
        # an existing but empty file: every axis is unmapped
        ([], ["d/plans/axes.csv:2: axis_no: axis has no theme row", "d/plans/axes.csv:3: axis_no: axis has no theme"]),
    ],
)
def test_check_reports_broken_theme_mapping(fixture_copy, lines, expected):
    write_themes(fixture_copy, lines)
    problems = [str(p) for p in check_data_dir(fixture_copy, "d").problems]
    for start in expected:
        assert any(p.startswith(start) for p in problems), problems
    assert len(problems) == len(expected), problems


def test_missing_file_is_allowed_until_the_classification_exists(fixture_copy):
    (fixture_copy / "plans" / "axis_themes.csv").unlink()
    assert check_data_dir(fixture_copy).problems == []
