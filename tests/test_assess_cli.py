"""`assess import` and `shortlist` as a user runs them: bad files are refused whole, shortlists are ranked."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dashboard.data.paths import ROOT
from dashboard.exports.shortlist import MAX_TITLE
from dashboard.store.sqlite import SqliteStore

HEADER = "practice_id,criterion_id,score,comment\n"


def cli(state: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "METROCASE_STATE_DIR": str(state), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "dashboard", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env=env)


def scores_file(tmp_path: Path, body: str, name: str = "scores.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


@pytest.fixture()
def state(tmp_path: Path) -> Path:
    return tmp_path / "state"


def stored(state: Path, round_id: str) -> list[tuple[str, str, int]]:
    store = SqliteStore(state / "metrocase.sqlite3")
    store.migrate()
    return sorted((s.practice_id, s.criterion_id, s.score) for s in store.scores(round_id))


def test_import_refuses_a_file_naming_row_and_column_and_stores_nothing(tmp_path, state):
    path = scores_file(tmp_path, "GP-GEN-01,IE-2,3,fine\nGP-NOPE-01,IE-2,1,\nGP-GEN-01,IE-3,4,\nGP-GEN-01,IE-3,x,\n")
    result = cli(state, "assess", "import", "seminar-1", str(path))
    assert result.returncode == 1
    assert f"{path}:3: practice_id: unknown practice 'GP-NOPE-01'" in result.stderr
    assert f"{path}:4: score: 4 is outside the scale 0–3" in result.stderr
    assert f"{path}:5: score: not a whole number: 'x'" in result.stderr
    assert "nothing stored" in result.stderr
    store = SqliteStore(state / "metrocase.sqlite3")
    store.migrate()
    assert store.get_round("seminar-1") is None and stored(state, "seminar-1") == []  # not even the round


def test_import_creates_the_round_then_keeps_to_it(tmp_path, state):
    first = scores_file(tmp_path, "GP-GEN-01,IE-2,3,fine\nGP-TOR-01,IE-2,1,\nGP-GEN-01,IE-3,2,\n")
    result = cli(state, "assess", "import", "seminar-1", str(first), "--name", "Torino (made-up scores)")
    assert result.returncode == 0, result.stderr
    assert stored(state, "seminar-1") == [("GP-GEN-01", "IE-2", 3), ("GP-GEN-01", "IE-3", 2),
                                          ("GP-TOR-01", "IE-2", 1)]
    other = scores_file(tmp_path, "GP-GEN-01,IE-2,0,\nGP-WAR-01,IE-2,2,\n", "more.csv")
    result = cli(state, "assess", "import", "seminar-1", str(other))
    assert result.returncode == 1 and "practice_id: 'GP-WAR-01' is not in round seminar-1" in result.stderr
    assert len(stored(state, "seminar-1")) == 3


@pytest.mark.parametrize(("text", "reason"), [
    ("practice,criterion,score\n", "header must be"),
    ("", "header must be"),
    ('practice_id,criterion_id,score,comment\nGP-GEN-01,IE-2,"3\n', "not a readable CSV record"),
])
def test_import_refuses_a_file_of_another_shape(tmp_path, state, text, reason):
    path = tmp_path / "odd.csv"
    path.write_text(text, encoding="utf-8")
    result = cli(state, "assess", "import", "r1", str(path))
    assert result.returncode == 1 and reason in result.stderr


def test_shortlist_writes_the_ranked_practices_in_the_entry_fields(tmp_path, state):
    path = scores_file(tmp_path, "GP-TOR-01,IE-2,1,\nGP-GEN-01,IE-2,3,\nGP-GEN-01,IE-2,2,\nGP-WAR-03,IE-2,0,\n")
    assert cli(state, "assess", "import", "s2", str(path)).returncode == 0
    result = cli(state, "shortlist", "s2", "--format", "csv", "-o", "-")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert [r["practice_id"] for r in rows] == ["GP-GEN-01", "GP-TOR-01", "GP-WAR-03"]
    assert {"title", "location", "summary", "resources_needed", "evidence_of_success", "potential_for_transfer",
            "sources"} <= set(rows[0])
    assert all(len(r["title"]) <= MAX_TITLE for r in rows) and rows[0]["resources_needed"] == ""
    assert "resources_needed" in rows[0]["missing"]  # missing stays missing, with the reason
    xlsx = tmp_path / "shortlist.xlsx"
    assert cli(state, "shortlist", "s2", "-o", str(xlsx)).returncode == 0
    sheet = load_workbook(xlsx).active
    assert [c.value for c in sheet[2]][:2] == [1, "GP-GEN-01"]
    md = tmp_path / "shortlist.md"
    assert cli(state, "shortlist", "s2", "-o", str(md)).returncode == 0
    text = md.read_text(encoding="utf-8")
    assert text.index("GP-GEN-01") < text.index("GP-TOR-01") and "**Evidence of success:**" in text


def test_long_titles_are_cut_to_the_entry_limit_at_a_word(tmp_path, state):
    path = scores_file(tmp_path, "GP-TOR-03,IE-2,2,\n")
    assert cli(state, "assess", "import", "s3", str(path)).returncode == 0, "GP-TOR-03 has a long title"
    rows = list(csv.DictReader(io.StringIO(cli(state, "shortlist", "s3", "--format", "csv", "-o", "-")
                                          .stdout.lstrip("\ufeff"))))
    assert len(rows[0]["title_full"]) > MAX_TITLE >= len(rows[0]["title"]) and rows[0]["title"].endswith("…")


def test_shortlist_of_an_unknown_round_or_a_bad_target_writes_nothing(tmp_path, state):
    assert cli(state, "shortlist", "nope", "-o", str(tmp_path / "x.csv")).returncode == 2
    assert not (tmp_path / "x.csv").exists()
    assert cli(state, "shortlist", "nope", "-o", str(tmp_path / "x.pdf")).returncode == 2
    assert cli(state, "shortlist", "nope", "-o", "/dev/null", "--format", "csv").returncode == 2
