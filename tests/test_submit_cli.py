"""The partners' command line: template, keys new, submit (the key in the environment); refusals change nothing."""

from __future__ import annotations

import openpyxl
import pytest

from dashboard.cli.main import main
from dashboard.updates import versions
from tests.submission_files import GOOD_ROW, HEADER, csv_file
from tests.updates_helpers import FIXTURE_DIR, new_root, snapshot


@pytest.fixture
def root(tmp_path):
    return new_root(tmp_path)


def new_key(root, area, capsys) -> str:
    assert main(["keys", "new", "--area", area, "--data-dir", str(root)]) == 0
    out, err = capsys.readouterr()
    assert "not shown again" in err
    return out.strip()


def test_submit_with_the_areas_key_makes_a_version(root, tmp_path, capsys, monkeypatch):
    key = new_key(root, "fixture_a", capsys)
    monkeypatch.setenv("METROCASE_PARTNER_KEY", key)
    good = tmp_path / "good.csv"
    good.write_bytes(csv_file(GOOD_ROW))
    before = snapshot(root)
    assert main(["submit", "--area", "fixture_a", str(good), "--data-dir", str(root), "--dry-run"]) == 0
    assert "1 added" in capsys.readouterr().out and snapshot(root) == before
    assert main(["submit", "--area", "fixture_a", str(good), "--data-dir", str(root)]) == 0
    assert "version 2 is now current" in capsys.readouterr().out
    assert versions.entries(root)[-1].who == "partner key of fixture_a"


@pytest.mark.parametrize(("area", "key"), [("fixture_b", "own"), ("fixture_a", "mck_not-a-key"), ("fixture_a", "")])
def test_a_wrong_key_or_another_area_is_refused_and_nothing_changes(root, tmp_path, capsys, monkeypatch, area, key):
    own = new_key(root, "fixture_a", capsys)
    monkeypatch.setenv("METROCASE_PARTNER_KEY", own if key == "own" else key)
    good = tmp_path / "good.csv"
    good.write_bytes(csv_file(GOOD_ROW.replace("fixture_a", area)))
    before = snapshot(root)
    assert main(["submit", "--area", area, str(good), "--data-dir", str(root)]) != 0
    err = capsys.readouterr().err
    assert "does not open area" in err or "no partner key" in err
    assert snapshot(root) == before


def test_problems_are_listed_and_the_exit_code_is_1(root, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("METROCASE_PARTNER_KEY", new_key(root, "fixture_a", capsys))
    bad = tmp_path / "bad.csv"
    bad.write_bytes(csv_file("fixture_a,fx_pop,2024,12 %,src,\n", "fixture_a,nope,2024,1,src,\n"))
    before = snapshot(root)
    assert main(["submit", "--area", "fixture_a", str(bad), "--data-dir", str(root)]) == 1
    err = capsys.readouterr().err
    assert "bad.csv: row 2, column value: '12 %' is not a number" in err
    assert "bad.csv: row 3, column indicator_id: unknown indicator 'nope'" in err
    assert snapshot(root) == before


def test_a_ten_million_row_csv_is_refused_for_its_size_unread(root, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("METROCASE_PARTNER_KEY", new_key(root, "fixture_a", capsys))
    huge = tmp_path / "huge.csv"
    with huge.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        chunk = "fixture_a,fx_pop,2024,1,s,\n" * 100_000
        for _ in range(100):
            handle.write(chunk)
    before = snapshot(root)
    try:
        assert main(["submit", "--area", "fixture_a", str(huge), "--data-dir", str(root)]) == 1
    finally:
        huge.unlink()  # 270 MB: not kept among pytest's last temp folders
    assert "larger than 2 MB" in capsys.readouterr().err
    assert snapshot(root) == before


def test_keys_new_for_an_unknown_area_exits_2(root, capsys):
    assert main(["keys", "new", "--area", "nowhere", "--data-dir", str(root)]) == 2
    assert "unknown area" in capsys.readouterr().err


def test_template_writes_csv_and_xlsx_of_an_area(tmp_path, capsys):
    out_csv, out_xlsx = tmp_path / "t.csv", tmp_path / "t.xlsx"
    assert main(["template", "--area", "fixture_a", "-o", str(out_csv), "--data-dir", str(FIXTURE_DIR)]) == 0
    text = out_csv.read_text(encoding="utf-8-sig")
    assert "Invio dati Metro Case" in text and "fx_rate: Fixture rate / Tasso di prova" in text
    assert text.splitlines()[-1] == HEADER.strip()
    assert main(["template", "--area", "fixture_a", "-o", str(out_xlsx), "--data-dir", str(FIXTURE_DIR)]) == 0
    book = openpyxl.load_workbook(out_xlsx)
    assert [c.value for c in book["data"][1]] == HEADER.strip().split(",")
    assert main(["template", "--area", "nowhere", "-o", str(out_csv), "--data-dir", str(FIXTURE_DIR)]) == 2
    assert main(["template", "--area", "fixture_a", "-o", str(tmp_path / "t.txt"), "--data-dir", str(FIXTURE_DIR)]) == 2
    assert not (tmp_path / "t.txt").exists()
