"""The store of what users write: the same tests against SQLite and a real PostgreSQL server."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from dashboard.data.paths import ROOT
from dashboard.store import open as store_open
from dashboard.store.base import Store
from dashboard.store.migrations import MIGRATIONS
from dashboard.store.model import RESUBMISSIONS, Refused, ScoreIn
from dashboard.store.postgres import PostgresStore
from dashboard.store.sqlite import SqliteStore

PRACTICES, CRITERIA = ["FX-A-01", "FX-B-01"], ["FX-1", "FX-2"]


def a_round(store: Store, **kw: object):
    return store.open_round("Fixture seminar (made up)", "2026-02-11", PRACTICES, CRITERIA, **kw)


def test_migrations_are_versioned_and_applied_once(store):
    assert store.schema_version() == MIGRATIONS[-1][0]
    assert store.migrate() == MIGRATIONS[-1][0]  # a second run changes nothing and does not fail


def test_a_round_keeps_what_was_submitted(store):
    rnd = a_round(store)
    assert (rnd.status, rnd.practice_ids, rnd.criterion_ids, rnd.scale_min, rnd.scale_max) == (
        "open", tuple(PRACTICES), tuple(CRITERIA), 0, 3)
    assert store.submit(rnd.round_id, [ScoreIn("FX-A-01", "FX-1", 3, "clear results"),
                                        ScoreIn("FX-B-01", "FX-2", "0")], participant="Ada", client_id="phone-1") == 2
    stored = [(s.practice_id, s.criterion_id, s.score, s.comment, s.participant) for s in store.scores(rnd.round_id)]
    assert sorted(stored) == [("FX-A-01", "FX-1", 3, "clear results", "Ada"), ("FX-B-01", "FX-2", 0, "", "Ada")]
    assert [r.round_id for r in store.rounds()] == [rnd.round_id]


@pytest.mark.parametrize(("entry", "field"), [
    (ScoreIn("FX-A-01", "FX-1", 4), "score"),
    (ScoreIn("FX-A-01", "FX-1", -1), "score"),
    (ScoreIn("FX-A-01", "FX-1", "2.5"), "score"),
    (ScoreIn("FX-A-01", "FX-1", True), "score"),
    (ScoreIn("FX-A-01", "FX-1", ""), "score"),
    (ScoreIn("GP-NOPE-01", "FX-1", 1), "practice_id"),
    (ScoreIn("FX-A-01", "IE-9", 1), "criterion_id"),
    (ScoreIn("FX-A-01", "FX-1", 1, "x" * 1001), "comment"),
    (ScoreIn("FX-A-01", "FX-1", 1, "bell\x07"), "comment"),
])
def test_a_bad_entry_refuses_the_whole_batch(store, entry, field):
    rnd = a_round(store)
    with pytest.raises(Refused) as refused:
        store.submit(rnd.round_id, [ScoreIn("FX-B-01", "FX-2", 1), entry])
    assert (refused.value.entry, refused.value.field) == (2, field)
    assert store.scores(rnd.round_id) == []  # the good first entry was not stored either


def test_a_closed_or_unknown_round_takes_no_score(store):
    rnd = a_round(store)
    assert store.close_round(rnd.round_id).status == "closed"
    with pytest.raises(Refused, match="closed"):
        store.submit(rnd.round_id, [ScoreIn("FX-A-01", "FX-1", 1)])
    with pytest.raises(Refused, match="no round"):
        store.submit("nope", [ScoreIn("FX-A-01", "FX-1", 1)])
    assert store.get_round("'; DROP TABLE scores; --") is None
    assert store.scores(rnd.round_id) == []


def test_a_flood_from_one_browser_is_refused(store):
    rnd = a_round(store)
    cells = [ScoreIn(p, c, 1) for p in PRACTICES for c in CRITERIA]
    for _ in range(RESUBMISSIONS):
        store.submit(rnd.round_id, cells, client_id="phone-1")
    with pytest.raises(Refused, match="too many"):
        store.submit(rnd.round_id, cells[:1], client_id="phone-1")
    assert store.submit(rnd.round_id, cells[:1], client_id="phone-2") == 1  # another browser still may
    assert len(store.scores(rnd.round_id)) == RESUBMISSIONS * len(cells) + 1


@pytest.mark.parametrize("kw", [
    {"name": " "}, {"held_on": "2026-02-31"}, {"held_on": "11/02/2026"}, {"practice_ids": []},
    {"criterion_ids": ["bad id!"]}, {"scale_min": 3, "scale_max": 3}, {"scale_max": 11}, {"round_id": "a b"},
])
def test_a_bad_round_is_refused(store, kw):
    args = {"name": "Fixture", "held_on": "2026-02-11", "practice_ids": PRACTICES, "criterion_ids": CRITERIA} | kw
    with pytest.raises(Refused):
        store.open_round(**args)
    assert store.rounds() == []


def test_a_round_id_is_not_taken_twice(store):
    a_round(store, round_id="seminar-2")
    with pytest.raises(Refused, match="exists"):
        a_round(store, round_id="seminar-2")


def writers(kind: str, target: str, round_id: str, count: int) -> list[subprocess.Popen[str]]:
    return [subprocess.Popen([sys.executable, "-m", "tests.store_writer", kind, target, round_id, tag, str(count)],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for tag in ("one", "two")]


def test_two_processes_writing_at_once_lose_no_score(store):
    rnd = a_round(store)
    target = str(store.path) if isinstance(store, SqliteStore) else store.url
    kind = "sqlite" if isinstance(store, SqliteStore) else "postgres"
    procs = writers(kind, target, rnd.round_id, 150)
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    comments = {s.comment for s in store.scores(rnd.round_id)}
    assert comments == {f"{tag} {n}" for tag in ("one", "two") for n in range(150)}


def test_sqlite_is_in_wal_mode_under_the_state_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(store_open.STATE_DIR_ENV, str(tmp_path / "state"))
    monkeypatch.delenv(store_open.DATABASE_URL_ENV, raising=False)
    opened = store_open.open_store()
    assert isinstance(opened, SqliteStore) and opened.path == tmp_path / "state" / store_open.SQLITE_NAME
    with sqlite3.connect(opened.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_state_dir_defaults_to_the_users_state_folder(monkeypatch, tmp_path):
    monkeypatch.delenv(store_open.STATE_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert store_open.state_dir() == tmp_path / "metrocase"


def test_a_database_url_selects_postgresql(pg_server, monkeypatch):
    from tests.pg import new_database

    monkeypatch.setenv(store_open.DATABASE_URL_ENV, new_database(pg_server))
    opened = store_open.open_store()
    assert isinstance(opened, PostgresStore) and opened.schema_version() == MIGRATIONS[-1][0]


def test_only_the_facilitator_key_opens_the_round_for_closing(store):
    rnd = a_round(store, facilitator_key="s3cret-key")
    assert store.is_facilitator(rnd.round_id, "s3cret-key")
    assert not store.is_facilitator(rnd.round_id, "s3cret-kez") and not store.is_facilitator(rnd.round_id, "")
    plain = a_round(store)
    assert not store.is_facilitator(plain.round_id, "")  # a round opened without a key has no facilitator


def test_a_version_1_database_is_migrated_and_keeps_its_scores(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    for statement in MIGRATIONS[0][1]:
        conn.execute(statement)
    conn.execute("INSERT INTO schema_version VALUES (1, 'then')")
    conn.execute("INSERT INTO rounds VALUES ('old', 'Old round', '2025-01-01', 0, 3, 'open', 'then', NULL)")
    conn.execute("INSERT INTO round_practices VALUES ('old', 'FX-A-01', 0)")
    conn.execute("INSERT INTO round_criteria VALUES ('old', 'FX-1', 0)")
    conn.execute("INSERT INTO scores VALUES ('s1', 'old', 'FX-A-01', 'FX-1', 2, '', '', '', 'then')")
    conn.commit()
    conn.close()
    store = SqliteStore(path)
    assert store.migrate() == MIGRATIONS[-1][0]
    assert [s.score for s in store.scores("old")] == [2] and not store.is_facilitator("old", "x")
