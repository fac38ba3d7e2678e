"""The data check as a command: broken copies of data/ exit 1 and name file, line and column of each problem."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.data.check import check_data_dir, is_number, is_weak
from dashboard.data.paths import DATA_DIR, ROOT
from tests.conftest import FIXTURE_DIR


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m dashboard ...` as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "dashboard", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def edit_csv(path: Path, row_index: int, column: str, value: str) -> int:
    """Set one cell of a CSV file (row_index counts data rows from 0); return the row's line number."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    rows[row_index + 1][header.index(column)] = value
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    # line of the edited record: header is line 1; count newlines inside earlier quoted cells
    return 2 + sum(sum(cell.count("\n") for cell in r) + 1 for r in rows[1 : row_index + 1])


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped data/."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_shipped_data_json_report_counts_what_the_files_hold():
    result = run_cli("check", "--json")
    assert result.returncode == 0, result.stdout
    report = json.loads(result.stdout)
    areas = _rows(DATA_DIR / "areas.csv")
    weak = {row["host"] for row in _rows(DATA_DIR / "source_kinds.csv")}
    value_files = [DATA_DIR / "indicators" / f"{area['area_id']}.csv" for area in areas]
    value_rows = [row for path in [*value_files, DATA_DIR / "indicators" / "benchmarks.csv"] for row in _rows(path)]
    # The documented keys, no more and no fewer; every count is the one the files give (a value or fact is a
    # row whose value is filled: empty stays missing).
    assert report == {
        "areas": len(areas),
        "indicators": len(_rows(DATA_DIR / "indicators" / "catalog.csv")),
        "values": sum(1 for row in value_rows if row["value"].strip()),
        "facts": sum(1 for row in _rows(DATA_DIR / "governance.csv") if row["value"].strip()),
        "plans": len(_rows(DATA_DIR / "plans" / "plans.csv")),
        "sets": {row["set_id"]: sum(row["set_id"] in area["comparison_sets"].split(";") for area in areas)
                 for row in _rows(DATA_DIR / "sets.csv")},
        "problems": [],
        "values_without_source": 0,
        "facts_without_source": 0,
        "facts_weak_source": sum(
            1 for row in _rows(DATA_DIR / "governance.csv") if row["value"].strip() and is_weak(row["source_url"], weak)
        ),
        "plans_weak_source": sum(1 for row in _rows(DATA_DIR / "plans" / "plans.csv")
                                 if is_weak(row["source_url"], weak)),
        "areas_weak_source": sum(1 for row in areas if is_weak(row["source_url"], weak)),
    }


@pytest.mark.parametrize(
    ("file", "row", "column", "value", "reason"),
    [
        ("indicators/torino.csv", 3, "indicator_id", "no_such_indicator", "unknown indicator"),
        ("indicators/genova.csv", 5, "value", "12abc", "not a number"),
        ("indicators/skopje.csv", 2, "source", "", "value has no source"),
        ("governance.csv", 4, "area_id", "atlantis", "unknown area"),
        ("governance.csv", 9, "source_url", "", "fact has no source"),
        ("competences.csv", 0, "level", "mostly", "is not one of"),
        ("indicators/benchmarks.csv", 1, "year", "20x4", "not a year"),
        ("plans/plans.csv", 0, "area_id", "atlantis", "unknown area"),
        ("plans/plans.csv", 0, "name_language", "xx", "is not one of"),
        ("plans/plans.csv", 0, "name_it", "", "value is required"),
        # A Catalan plan's English and Italian titles are both working translations, and must say so.
        ("plans/plans.csv", 0, "name_translation", "name_en: working translation by the project", "should be"),
        ("plans/plans.csv", 8, "name_it", "Agenda di Genova", "differs from name_local"),  # named in Italian
        ("areas.csv", 1, "lat", "north", "not a number"),
    ],
)
def test_broken_row_is_named(data_copy, file, row, column, value, reason):
    path = data_copy / file
    if column in {"source", "source_url"}:
        row = _first_row_with(path, column)
    line = edit_csv(path, row, column, value)
    result = run_cli("check", "--data-dir", str(data_copy))
    assert result.returncode == 1
    located = [ln for ln in result.stdout.splitlines() if ln.startswith(f"{data_copy}/{file}:{line}: {column}:")]
    assert located, result.stdout[-2000:]
    assert reason in located[0]


def _first_row_with(path: Path, column: str) -> int:
    """Index of the first data row whose column is filled (so blanking it is a real change)."""
    with path.open(encoding="utf-8", newline="") as handle:
        for index, record in enumerate(csv.DictReader(handle)):
            if record[column] and record.get("value"):
                return index
    raise AssertionError(f"no filled {column} in {path}")


def test_three_broken_rows_all_reported_in_json(data_copy):
    edit_csv(data_copy / "indicators/torino.csv", 0, "indicator_id", "nope")
    edit_csv(data_copy / "indicators/torino.csv", 1, "value", "abc")
    governance = data_copy / "governance.csv"
    edit_csv(governance, _first_row_with(governance, "source_url"), "source_url", "")
    result = run_cli("check", "--data-dir", str(data_copy), "--json")
    report = json.loads(result.stdout)
    assert result.returncode == 1
    assert report["facts_without_source"] == 1
    columns = sorted(p["column"] for p in report["problems"])
    assert columns == ["indicator_id", "source_url", "value"]
    assert all(p["line"] >= 2 and p["file"].startswith(str(data_copy)) for p in report["problems"])


def test_unknown_area_file_and_missing_file(data_copy):
    shutil.copy(data_copy / "indicators/torino.csv", data_copy / "indicators/atlantis.csv")
    (data_copy / "areas.csv").unlink()
    report = check_data_dir(data_copy)
    reasons = [p.reason for p in report.problems]
    assert "file is missing" in reasons
    assert any("'atlantis' names no known area" in r for r in reasons)


def test_not_utf8_and_ragged_rows(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(FIXTURE_DIR, target)
    (target / "SOURCES.csv").write_bytes("source_id,url,title,licence\nX,http://x,Caf\xe9,l\n".encode("latin-1"))
    governance = target / "governance.csv"
    ragged_line = len(governance.read_text(encoding="utf-8").splitlines()) + 1  # the fixture grows; count, not fix
    with governance.open("a", encoding="utf-8") as handle:
        handle.write("fixture_a,website,too,many,fields,here,x,y,z\n")
    problems = [str(p) for p in check_data_dir(target, "d").problems]
    assert any(p.startswith("d/SOURCES.csv:1: -: not UTF-8") for p in problems)
    assert any(p.startswith(f"d/governance.csv:{ragged_line}: -: 9 fields, header has 8") for p in problems)


def test_fixture_data_passes():
    assert check_data_dir(FIXTURE_DIR).problems == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "--data-dir", "/no/such/dir"], "not a directory"),
        (["check", "--bogus"], "unrecognized arguments"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_arguments_exit_2_with_message(args, message):
    result = run_cli(*args)
    assert result.returncode == 2
    assert message in result.stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12", True), ("-3.5", True), ("1e3", True), ("1,234", False), ("3,5", False), ("", False), ("n/a", False)],
)
def test_is_number(text, expected):
    assert is_number(text) is expected
