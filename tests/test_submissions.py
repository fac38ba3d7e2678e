"""Partner submissions: each bad file refused with a precise problem, nothing changed; messy good files read right."""

from __future__ import annotations

import csv
import io

import pytest

from dashboard.updates import partners, versions
from dashboard.updates.layout import current_data_dir
from dashboard.updates.submission import PARTNER_MARK, number
from dashboard.updates.template import template_csv, template_xlsx
from tests.submission_files import BAD_FILES, GOOD_ROW, HEADER, csv_file, xlsx_file
from tests.updates_helpers import FIXTURE_DIR, new_root, snapshot

AREA = "fixture_a"


@pytest.fixture
def root_and_key(tmp_path):
    root = new_root(tmp_path)
    return root, partners.new_key(root, AREA)


def rows_of(root) -> dict[tuple[str, str], dict[str, str]]:
    """Return the current headline rows of fixture_a by (indicator_id, year)."""
    text = (current_data_dir(root) / "indicators" / f"{AREA}.csv").read_text(encoding="utf-8")
    return {(r["indicator_id"], r["year"]): r for r in csv.DictReader(io.StringIO(text))}


def test_the_corpus_is_large_enough():
    assert len(BAD_FILES) >= 30


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_every_bad_file_is_refused_with_a_precise_problem_and_nothing_changes(root_and_key, name):
    root, key = root_and_key
    payload, words = BAD_FILES[name]
    before = snapshot(root)
    outcome = partners.submit(root, AREA, key, payload)
    assert outcome.version is None
    assert any(words in problem for problem in outcome.problems), outcome.problems
    assert snapshot(root) == before


@pytest.mark.parametrize(("payload", "how"), [
    ("\ufeffarea_id;indicator_id;year;value;source;note\r\nfixture_a;fx_pop;2024;1.234,5;Città;\r\n"
     .encode("utf-8"), "UTF-8 with BOM, semicolon"),
    ("area_id;indicator_id;year;value;source;note\nfixture_a;fx_pop;2024;1234,5;Città;\n".encode("cp1252"),
     "Windows-1252, semicolon"),
    ("area_id\tindicator_id\tyear\tvalue\tsource\tnote\nfixture_a\tfx_pop\t2024\t1\u00a0234,5\tCittà\t\n"
     .encode("utf-16"), "UTF-16, tab"),
    ("area_id\tindicator_id\tyear\tvalue\tsource\tnote\nfixture_a\tfx_pop\t2024\t1234.5\tCittà\t\n"
     .encode("utf-16-le"), "UTF-16, tab"),
    (('Our figures\n\n"Dati, 2024"\n' + HEADER + 'fixture_a,fx_pop,2024,"1,234.5",Città,\n').encode("utf-8"),
     "UTF-8, comma"),
    (xlsx_file([["area_id", "indicator_id", "year", "value", "source", "note"],
                ["fixture_a", "fx_pop", 2024, 1234.5, "Città", None]]), "XLSX"),
])
def test_messy_but_valid_files_are_accepted_with_the_right_values(root_and_key, payload, how):
    root, key = root_and_key
    outcome = partners.submit(root, AREA, key, payload)
    assert outcome.problems == [] and outcome.version == 2
    assert how in outcome.how
    row = rows_of(root)[("fx_pop", "2024")]
    assert row["value"] == "1234.5"
    assert row["source"] == "Città (submitted by partner fixture_a)"
    assert row["source_copy"] == f"{PARTNER_MARK}:sha256:{versions.sha256(payload)}"
    assert (root / "originals" / versions.sha256(payload)).read_bytes() == payload


def test_formula_like_text_stays_text(root_and_key):
    root, key = root_and_key
    payload = csv_file('fixture_a,fx_pop,2024,150,"=HYPERLINK(""http://x"")",@SUM(A1)\n')
    assert partners.submit(root, AREA, key, payload).version == 2
    row = rows_of(root)[("fx_pop", "2024")]
    assert row["source"].startswith('=HYPERLINK("http://x")') and row["note"] == "@SUM(A1)"


def test_a_submitted_value_replaces_the_headline_value_and_keeps_the_rest(root_and_key):
    root, key = root_and_key
    before = rows_of(root)
    outcome = partners.submit(root, AREA, key, csv_file("fixture_a,fx_pop,2020,101,Comune 2020,revised\n"))
    assert outcome.changes["indicators/fixture_a.csv"].counts() == {"added": 0, "changed": 1, "removed": 0}
    after = rows_of(root)
    assert after[("fx_pop", "2020")]["value"] == "101"
    assert {k: v for k, v in after.items() if k != ("fx_pop", "2020")} == {
        k: v for k, v in before.items() if k != ("fx_pop", "2020")}
    # The previous version still holds the producer's value: nothing is lost.
    assert versions.rollback(root, 1, "t").version == 3
    assert rows_of(root)[("fx_pop", "2020")]["value"] == "100"


def test_a_dry_run_previews_and_changes_nothing(root_and_key):
    root, key = root_and_key
    before = snapshot(root)
    outcome = partners.submit(root, AREA, key, csv_file(GOOD_ROW), dry_run=True)
    assert outcome.base == 1 and outcome.version is None
    assert outcome.changes["indicators/fixture_a.csv"].added == 1
    assert snapshot(root) == before


@pytest.mark.parametrize(("area", "key"), [(AREA, "mck_wrong"), (AREA, ""), ("fixture_b", None), ("nowhere", None)])
def test_a_wrong_key_or_another_area_is_refused(root_and_key, area, key):
    root, good = root_and_key
    before = snapshot(root)
    with pytest.raises(partners.KeyRefused):
        partners.submit(root, area, good if key is None else key, csv_file(GOOD_ROW))
    assert snapshot(root) == before


def test_each_area_has_its_own_keys(root_and_key):
    root, key_a = root_and_key
    key_b = partners.new_key(root, "fixture_b")
    assert key_a != key_b and key_a not in (root / "keys.json").read_text()
    with pytest.raises(partners.KeyRefused):
        partners.submit(root, AREA, key_b, csv_file(GOOD_ROW))
    with pytest.raises(versions.UpdateRefused, match="unknown area"):
        partners.new_key(root, "nowhere")


@pytest.mark.parametrize("build", [template_csv, template_xlsx])
def test_an_empty_template_is_refused_and_a_filled_one_accepted(root_and_key, build):
    root, key = root_and_key
    empty = build(FIXTURE_DIR, AREA)
    assert partners.submit(root, AREA, key, empty).problems == ["the table has a header but no rows"]
    if build is template_csv:
        filled = empty + b"fixture_a,fx_rate,2023,2.5,Comune 2023,\r\n"
    else:
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(empty))
        assert book.sheetnames == ["data", "instructions", "indicators"]
        book["data"].append(["fixture_a", "fx_rate", 2023, 2.5, "Comune 2023", None])
        out = io.BytesIO()
        book.save(out)
        filled = out.getvalue()
    assert partners.submit(root, AREA, key, filled).version == 2
    assert rows_of(root)[("fx_rate", "2023")]["value"] == "2.5"


@pytest.mark.parametrize(("text", "expected"), [
    ("1234", "1234"), ("1234,5", "1234.5"), ("1.234,5", "1234.5"), ("1,234.5", "1234.5"), ("-0,25", "-0.25"),
    ("1 234", "1234"), ("1.234", "1.234"), ("1,234,567", "1234567"), ("1.234.567", "1234567"),
    ("1,234", None), ("12 %", None), ("1,2,3", None), ("", None),
])
def test_numbers_read_decimal_commas_only_when_unambiguous(text, expected):
    assert number(text) == expected
