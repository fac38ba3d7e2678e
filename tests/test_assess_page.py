"""The /assess page with AppTest: open a round, score as a participant, results and closing for the facilitator."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.i18n import t
from dashboard.store.model import ScoreIn
from dashboard.store.sqlite import SqliteStore
from tests.test_app import APP

PAGE = "dashboard/web/pages/assess.py"


@pytest.fixture()
def state(tmp_path, monkeypatch):
    """Each test writes to its own empty SQLite store."""
    monkeypatch.setenv("METROCASE_STATE_DIR", str(tmp_path))
    monkeypatch.delenv("METROCASE_DATABASE_URL", raising=False)
    return SqliteStore(tmp_path / "metrocase.sqlite3")


def visit(**params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    at.switch_page(PAGE)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def param(at: AppTest, name: str) -> str:
    value = at.query_params[name]
    return value[0] if isinstance(value, list) else value


def test_a_facilitator_opens_a_round_and_gets_the_links(state):
    at = visit()
    at.text_input[0].input("Fixture seminar (made up)")
    at.multiselect[0].set_value(["GP-GEN-01", "GP-TOR-01"])
    at.button[0].click().run()
    assert not at.exception and not at.error
    rnd = state.get_round(param(at, "round"))
    assert rnd is not None and rnd.practice_ids == ("GP-GEN-01", "GP-TOR-01") and rnd.status == "open"
    assert param(at, "view") == "present" and state.is_facilitator(rnd.round_id, param(at, "key"))
    assert any(c.value.endswith(f"/assess?round={rnd.round_id}") for c in at.code)


def test_a_round_without_practices_is_refused_and_not_stored(state):
    at = visit()
    at.text_input[0].input("Fixture seminar (made up)")
    at.button[0].click().run()
    assert at.error and state.rounds() == []


def test_a_participant_scores_and_the_scores_are_stored(state):
    state.migrate()
    rnd = state.open_round("Fixture (made up)", "2026-02-11", ["GP-GEN-01"], ["IE-2", "IE-3"])
    at = visit(round=rnd.round_id)
    me = param(at, "me")
    radios = [r for r in at.radio if r.key and r.key.startswith("s-GP-GEN-01")]
    radios[0].set_value(3)
    radios[1].set_value(1)
    at.text_input(key="c-GP-GEN-01").input("clear evidence")
    at.button[0].click().run()
    assert [s.value for s in at.success] == [t("assess.stored", "en", n=2)]
    stored = sorted((s.criterion_id, s.score, s.comment, s.client_id) for s in state.scores(rnd.round_id))
    assert stored == [("IE-2", 3, "clear evidence", me), ("IE-3", 1, "clear evidence", me)]


def test_a_closed_round_offers_no_form_and_an_unknown_one_says_so(state):
    state.migrate()
    rnd = state.open_round("Fixture (made up)", "2026-02-11", ["GP-GEN-01"], ["IE-2"])
    state.close_round(rnd.round_id)
    at = visit(round=rnd.round_id)
    assert [i.value for i in at.info] == [t("assess.closed", "en")]
    assert not [r for r in at.radio if r.key and r.key.startswith("s-")]
    at = visit(round="![p](http://example.com/p.png)")
    assert at.error and "![p](" not in at.error[0].value


def test_the_presenter_sees_results_and_only_the_key_closes(state):
    state.migrate()
    rnd = state.open_round("Fixture (made up)", "2026-02-11", ["GP-GEN-01", "GP-TOR-01"], ["IE-2"],
                           facilitator_key="fixture-key")
    state.submit(rnd.round_id, [ScoreIn("GP-GEN-01", "IE-2", 3), ScoreIn("GP-TOR-01", "IE-2", 1)], client_id="a")
    state.submit(rnd.round_id, [ScoreIn("GP-GEN-01", "IE-2", 2)], client_id="b")
    at = visit(round=rnd.round_id, view="present")
    assert any(c.value.startswith("3 scores from 2 browsers") for c in at.caption)
    assert at.caption[-1].value == t("assess.close_needs_key", "en") and not at.button
    labels = [button.proto.label for button in at.get("download_button")]
    assert t("assess.shortlist_md", "en") in labels
    at = visit(round=rnd.round_id, view="present", key="fixture-key")
    at.button[0].click().run()
    assert state.get_round(rnd.round_id).status == "closed"
