"""A corpus of broken data folders: each is refused by check, by the export CLI and by the app, naming file:line.

Each case starts from a copy of the made-up fixture data (which passes check) and breaks one thing. None may crash
a page, drop an area silently or end in a traceback: the same checks guard `check`, `export` and the app.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.cli.main import main
from dashboard.data.check import check_data_dir
from dashboard.data.db import DataDirRefused, connect
from dashboard.data.paths import ROOT
from tests.conftest import FIXTURE_DIR

PROBLEM = re.compile(r"^(?P<file>.+):(?P<line>\d+): (?P<column>[^:]+): (?P<reason>.+)$")
Rows = list[list[str]]


def rewrite(path: Path, change: Callable[[Rows], Rows]) -> None:
    """Read a CSV file, change its rows (header first), write it back."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(change(rows))


def set_cell(rel: str, column: str, value: str, row: int = 0) -> Callable[[Path], None]:
    """Break one cell of a data row (row counts data rows from 0)."""

    def apply(data: Path) -> None:
        def change(rows: Rows) -> Rows:
            rows[row + 1][rows[0].index(column)] = value
            return rows

        rewrite(data / rel, change)

    return apply


def drop_column(rel: str, column: str) -> Callable[[Path], None]:
    def apply(data: Path) -> None:
        def change(rows: Rows) -> Rows:
            i = rows[0].index(column)
            return [r[:i] + r[i + 1:] for r in rows]

        rewrite(data / rel, change)

    return apply


def add_column(rel: str, column: str) -> Callable[[Path], None]:
    def apply(data: Path) -> None:
        rewrite(data / rel, lambda rows: [rows[0] + [column]] + [r + ["x"] for r in rows[1:]])

    return apply


def duplicate_row(rel: str, row: int = 0, **changes: str) -> Callable[[Path], None]:
    """Append a copy of a data row, with some cells changed."""

    def apply(data: Path) -> None:
        def change(rows: Rows) -> Rows:
            copy = list(rows[row + 1])
            for column, value in changes.items():
                copy[rows[0].index(column)] = value
            return [*rows, copy]

        rewrite(data / rel, change)

    return apply


def second_headline(data: Path) -> None:
    """A second headline value for the same indicator and year, measured on a region that contains the area."""

    def change(rows: Rows) -> Rows:
        nuts = rows[0].index("nuts_code")
        headline = next(r for r in rows[1:] if "+" in r[nuts])  # the aggregate of the area's NUTS-3 regions
        copy = list(headline)
        copy[nuts] = headline[nuts][:2]  # the country: a larger region, valid on its own
        return [*rows, copy]

    rewrite(data / "indicators/fixture_b.csv", change)


def cut_last_row(data: Path) -> None:
    path = data / "indicators/fixture_a.csv"
    text = path.read_text(encoding="utf-8").rstrip("\n")
    path.write_text(text[: text.rfind("\n") + 12], encoding="utf-8")  # the last row stops after a few characters


def cut_last_row_at_a_comma(data: Path) -> None:
    """Cut so that the last row still has every field, the last ones empty: only the missing line break tells."""
    path = data / "indicators/fixture_a.csv"
    text = path.read_text(encoding="utf-8").rstrip("\n")
    last = text[text.rfind("\n") + 1:]
    path.write_text(text[: text.rfind("\n") + 1] + ",".join(last.split(",")[:3]) + "," * (last.count(",") - 2),
                    encoding="utf-8")


def rename(rel: str, new: str) -> Callable[[Path], None]:
    return lambda data: (data / rel).rename(data / new)


def symlink_file(rel: str) -> Callable[[Path], None]:
    def apply(data: Path) -> None:
        outside = data.parent / f"outside-{Path(rel).name}"
        shutil.copy(data / rel, outside)
        (data / rel).unlink()
        (data / rel).symlink_to(outside)

    return apply


def symlink_folder(data: Path) -> None:
    outside = data.parent / "outside-plans"
    shutil.move(data / "plans", outside)
    (data / "plans").symlink_to(outside, target_is_directory=True)


def write_bytes(rel: str, payload: bytes, append: bool = False) -> Callable[[Path], None]:
    def apply(data: Path) -> None:
        path = data / rel
        path.write_bytes((path.read_bytes() if append else b"") + payload)

    return apply


def fifo(data: Path) -> None:
    (data / "SOURCES.csv").unlink()
    os.mkfifo(data / "SOURCES.csv")  # reading it would block: it must be refused unread


# case id -> (how to break a copy of the fixture data, the file named, words of the reason)
CASES: dict[str, tuple[Callable[[Path], None], str, str]] = {
    "unknown_nuts_code": (set_cell("indicators/fixture_a.csv", "nuts_code", "ZZ999"), "indicators/fixture_a.csv",
                          "nor a region containing them"),
    "second_headline_value": (second_headline, "indicators/fixture_b.csv", "a second headline value"),
    "cut_mid_row": (cut_last_row, "indicators/fixture_a.csv", "fields, header has"),
    "cut_at_a_comma": (cut_last_row_at_a_comma, "indicators/fixture_a.csv", "does not end with a line break"),
    "duplicate_key": (duplicate_row("governance.csv"), "governance.csv", "duplicate key"),
    "duplicate_value_key": (duplicate_row("indicators/fixture_a.csv", note="again"), "indicators/fixture_a.csv",
                            "duplicate key"),
    "missing_value_column": (drop_column("indicators/fixture_a.csv", "value"), "indicators/fixture_a.csv",
                             "column missing from header"),
    "extra_column": (add_column("areas.csv", "comment"), "areas.csv", "unexpected column"),
    "capitalised_area_file": (rename("indicators/fixture_a.csv", "indicators/Fixture_A.csv"),
                              "indicators/Fixture_A.csv", "names no known area"),
    "area_file_missing": (lambda d: (d / "indicators/fixture_a.csv").unlink(), "indicators/fixture_a.csv",
                          "file is missing"),
    "bad_year": (set_cell("indicators/fixture_a.csv", "year", "20x4"), "indicators/fixture_a.csv", "not a year"),
    "decimal_comma": (set_cell("indicators/fixture_a.csv", "value", "1,5"), "indicators/fixture_a.csv",
                      "not a number"),
    "unknown_indicator": (set_cell("indicators/fixture_a.csv", "indicator_id", "nope"), "indicators/fixture_a.csv",
                          "unknown indicator"),
    "unknown_area": (set_cell("governance.csv", "area_id", "atlantis"), "governance.csv", "unknown area"),
    "symlinked_file": (symlink_file("areas.csv"), "areas.csv", "symbolic link refused"),
    "symlinked_folder": (symlink_folder, "plans", "symbolic link refused"),
    "unexpected_file": (lambda d: (d / "notes.txt").write_text("x\n"), "notes.txt", "unexpected file"),
    "not_utf8": (write_bytes("governance.csv", "fixture_a,website,Caf\xe9,,,observed,,\n".encode("latin-1"),
                             append=True), "governance.csv", "not UTF-8"),
    "empty_file": (write_bytes("indicators/catalog.csv", b""), "indicators/catalog.csv", "file is empty"),
    "missing_file": (lambda d: (d / "competences.csv").unlink(), "competences.csv", "file is missing"),
    "unclosed_quote": (write_bytes("governance.csv", b'fixture_a,website,"never closed\n', append=True),
                       "governance.csv", "not a readable CSV record"),
    "nul_byte": (write_bytes("SOURCES.csv", b"X,http://x\x00,t,l\n", append=True), "SOURCES.csv",
                 "not a readable CSV record"),
    "ragged_row": (write_bytes("governance.csv", b"fixture_a,website,a,b,c,d,e,f,g,h\n", append=True),
                   "governance.csv", "fields, header has"),
    "fifo": (fifo, "SOURCES.csv", "not a regular file"),
}


@pytest.fixture(params=sorted(CASES))
def broken(request, tmp_path: Path) -> tuple[Path, str, str]:
    """A copy of the fixture data broken in one way, the file that must be named, and words of the reason."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DIR, data)
    breaker, rel, reason = CASES[request.param]
    breaker(data)
    return data, rel, reason


def named(problems: list[str], data: Path, rel: str, reason: str) -> bool:
    """True if some problem is `file:line: column: reason` for this file and reason."""
    for text in problems:
        match = PROBLEM.match(text)
        if match and match["file"].endswith(f"{data}/{rel}") and reason in match["reason"]:
            return True
    return False


def test_fixture_data_itself_passes():
    assert check_data_dir(FIXTURE_DIR).problems == []


def test_check_refuses(broken):
    data, rel, reason = broken
    problems = [str(p) for p in check_data_dir(data, str(data)).problems]
    assert named(problems, data, rel, reason), problems


def test_the_loader_refuses(broken):
    data, rel, reason = broken
    with pytest.raises(DataDirRefused) as refused:
        connect(data, str(data))
    assert named([str(p) for p in refused.value.problems], data, rel, reason)


def test_export_refuses_and_writes_nothing(broken, capsys):
    data, rel, reason = broken
    target = data.parent / "out.csv"
    code = main(["export", "--data-dir", str(data), "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 1 and "does not pass the data check" in err and "Traceback" not in err
    assert f"{rel}:" in err and reason in err
    assert not target.exists()


def test_the_app_refuses_with_file_and_line(broken, monkeypatch):
    data, rel, reason = broken
    monkeypatch.setenv("METROCASE_DATA_DIR", str(data))
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    (error,) = at.error
    assert f"{rel}:" in error.value and reason in error.value
    assert not at.title  # no page is drawn from a refused folder


@pytest.mark.parametrize("page", ["compare", "governance", "plans", "data", "about"])
def test_every_page_is_guarded(page, tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DIR, data)
    second_headline(data)  # the case that used to crash the default /compare
    monkeypatch.setenv("METROCASE_DATA_DIR", str(data))
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
    at.run()
    at.switch_page(f"dashboard/web/pages/{page}.py")
    at.run()
    assert not at.exception and not at.title
    assert "a second headline value" in at.error[0].value


def test_export_refuses_as_a_process(tmp_path):
    """The real command line: exit 1, the problem on stderr, no traceback, nothing written."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURE_DIR, data)
    set_cell("indicators/fixture_a.csv", "year", "20x4")(data)
    result = subprocess.run(
        [sys.executable, "-m", "dashboard", "export", "--data-dir", str(data), "-o", str(tmp_path / "x.csv")],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert re.search(r"fixture_a\.csv:\d+: year: not a year: '20x4'", result.stderr)
    assert not (tmp_path / "x.csv").exists()
