"""The /submit page and About's version history with AppTest (both languages); a wrong key changes nothing."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.i18n import t
from dashboard.i18n.fmt import md_escape
from dashboard.updates import partners, versions
from tests.submission_files import GOOD_ROW, csv_file
from tests.test_app import APP
from tests.updates_helpers import FIXTURE_DIR, new_root, snapshot

PAGE = "dashboard/web/pages/submit.py"


@pytest.fixture
def root(tmp_path, monkeypatch):
    made = new_root(tmp_path)
    monkeypatch.setenv("METROCASE_DATA_DIR", str(made))
    return made


def visit(page: str = PAGE, **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def check_file(at: AppTest, area: str, key: str, payload: bytes) -> AppTest:
    at.selectbox[0].set_value(area)
    at.text_input[0].set_value(key)
    at.file_uploader[0].upload("mine.csv", payload, "text/csv")
    at.button[0].click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    return "\n".join(str(e.value) for e in [*at.markdown, *at.error, *at.success, *at.warning, *at.caption])


def test_a_partner_previews_then_confirms_a_new_version(root):
    key = partners.new_key(root, "fixture_a")
    at = check_file(visit(), "fixture_a", key, csv_file(GOOD_ROW))
    shown = t("submit.counts", "en", file=md_escape("indicators/fixture_a.csv"), added=1, changed=0, removed=0)
    assert shown in texts(at)
    assert len(versions.entries(root)) == 1  # nothing published before the confirmation
    at.button[1].click()
    at.run()
    assert t("submit.accepted", "en", version=2) in texts(at)
    assert versions.entries(root)[-1].who == "partner key of fixture_a"


@pytest.mark.parametrize("which", ["wrong", "other_area"])
def test_a_wrong_key_or_another_areas_key_is_refused(root, which):
    key = partners.new_key(root, "fixture_b") if which == "other_area" else "mck_wrong"
    before = snapshot(root)
    at = check_file(visit(lang="it"), "fixture_a", key, csv_file(GOOD_ROW))
    assert t("submit.key_refused", "it", area="fixture_a") in texts(at)
    assert len(at.button) == 1  # no confirmation offered
    assert snapshot(root) == before


def test_problems_are_listed_and_nothing_changes(root):
    key = partners.new_key(root, "fixture_a")
    before = snapshot(root)
    at = check_file(visit(), "fixture_a", key, csv_file("fixture_a,fx_pop,2024,12 %,src,\n"))
    assert t("submit.problems", "en", n=1) in texts(at)
    assert "12 %" in texts(at) and len(at.button) == 1
    assert snapshot(root) == before


def test_a_plain_data_folder_takes_no_submissions(monkeypatch):
    monkeypatch.setenv("METROCASE_DATA_DIR", str(FIXTURE_DIR))
    at = visit(lang="it")
    assert at.info[0].value == t("submit.off", "it")
    assert not at.file_uploader


@pytest.mark.parametrize("lang", ["en", "it"])
def test_about_shows_the_version_history(root, lang):
    key = partners.new_key(root, "fixture_a")
    partners.submit(root, "fixture_a", key, csv_file(GOOD_ROW))
    at = visit("dashboard/web/pages/about.py", lang=lang)
    assert t("versions.heading", lang) in [h.value for h in at.header]
    history = at.dataframe[-1].value
    assert list(history["version"]) == [2, 1]
    assert list(history["kind"]) == [t("versions.kind.submit", lang), t("versions.kind.init", lang)]
    assert history["added"].iloc[0] == 1
