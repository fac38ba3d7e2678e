"""The store interface and its SQL, shared by the SQLite and PostgreSQL backends (bound parameters only)."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

from dashboard.store.migrations import MIGRATIONS
from dashboard.store.model import (
    MAX_NAME,
    MAX_PARTICIPANT,
    RESUBMISSIONS,
    SCALE_HIGH,
    SCALE_LOW,
    Refused,
    Round,
    Score,
    ScoreIn,
    check_entries,
    check_id,
    plain_text,
)

SELECT_ROUND = ("SELECT round_id, name, held_on, scale_min, scale_max, status, created_at, closed_at FROM rounds "
                "WHERE round_id = ?")
INSERT_ROUND = ("INSERT INTO rounds (round_id, name, held_on, scale_min, scale_max, status, created_at, closed_at, "
                "facilitator_hash) VALUES (?, ?, ?, ?, ?, 'open', ?, NULL, ?)")
INSERT_SCORE = ("INSERT INTO scores (score_id, round_id, practice_id, criterion_id, score, comment, participant, "
                "client_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
SELECT_SCORES = ("SELECT score_id, round_id, practice_id, criterion_id, score, comment, participant, client_id, "
                 "created_at FROM scores WHERE round_id = ? ORDER BY created_at, score_id")


def now() -> str:
    """The current UTC time as ISO text (both backends store text, so rows compare the same everywhere)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _is_date(text: str) -> bool:
    """True for a real calendar date written YYYY-MM-DD."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class Store(ABC):
    """Rounds and scores. Every write checks its input first and is one transaction: all of it or nothing."""

    placeholder = "?"
    # The backend's way to hold a round while a batch is checked and written, and to hold migrations (None: the
    # transaction's own write lock is enough).
    lock_round_suffix = ""
    migration_lock: tuple[str, tuple[object, ...]] | None = None

    @abstractmethod
    def _connect(self) -> Any:
        """Open a new DB-API connection."""

    @abstractmethod
    def _begin(self, cursor: Any) -> None:
        """Start a write transaction that serialises writers (so counts and status checks hold until commit)."""

    def _sql(self, text: str) -> str:
        return text if self.placeholder == "?" else text.replace("?", self.placeholder)

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        conn = self._connect()
        try:
            cursor = conn.cursor()
            self._begin(cursor)
            yield cursor
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            conn.close()

    def _run(self, cursor: Any, sql: str, params: Sequence[object] = ()) -> Any:
        cursor.execute(self._sql(sql), tuple(params))
        return cursor

    def migrate(self) -> int:
        """Apply the versioned schema migrations not yet applied, in order; return the schema version."""
        with self._transaction() as cur:
            self._run(cur, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT "
                           "NOT NULL)")
            if self.migration_lock is not None:
                self._run(cur, *self.migration_lock)
            done = {row[0] for row in self._run(cur, "SELECT version FROM schema_version").fetchall()}
            for version, statements in MIGRATIONS:
                if version in done:
                    continue
                for statement in statements:
                    self._run(cur, statement)
                self._run(cur, "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)", (version, now()))
        return self.schema_version()

    def schema_version(self) -> int:
        """Return the highest applied migration (0 for an empty database)."""
        with self._transaction() as cur:
            row = self._run(cur, "SELECT max(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def open_round(
        self, name: str, held_on: str, practice_ids: Sequence[str], criterion_ids: Sequence[str],
        scale_min: int = 0, scale_max: int = 3, round_id: str | None = None, facilitator_key: str = "",
    ) -> Round:
        """Open a new round; ids are checked as ids here (the caller checks them against the catalogue).

        facilitator_key: a secret the caller made; only its SHA-256 is kept (see is_facilitator).
        """
        name = plain_text(name, MAX_NAME, "name")
        if not name:
            raise Refused("name: required", field="name")
        if not isinstance(held_on, str) or not _is_date(held_on):
            raise Refused("held_on: not a date (YYYY-MM-DD)", field="held_on")
        practices = [check_id(p, "practice_id") for p in dict.fromkeys(practice_ids)]
        criteria = [check_id(c, "criterion_id") for c in dict.fromkeys(criterion_ids)]
        if not practices or not criteria:
            raise Refused("a round needs at least one practice and one criterion")
        if not (isinstance(scale_min, int) and isinstance(scale_max, int)
                and SCALE_LOW <= scale_min < scale_max <= SCALE_HIGH):
            raise Refused(f"scale: from {SCALE_LOW} to {SCALE_HIGH}, lowest below highest", field="scale")
        round_id = check_id(round_id, "round_id") if round_id is not None else secrets.token_hex(6)
        with self._transaction() as cur:
            if self._run(cur, "SELECT 1 FROM rounds WHERE round_id = ?", (round_id,)).fetchone():
                raise Refused(f"round {round_id} exists already", field="round_id")
            self._run(cur, INSERT_ROUND, (round_id, name, held_on, scale_min, scale_max, now(),
                                          _digest(facilitator_key) if facilitator_key else ""))
            for position, practice in enumerate(practices):
                self._run(cur, "INSERT INTO round_practices (round_id, practice_id, position) VALUES (?, ?, ?)",
                          (round_id, practice, position))
            for position, criterion in enumerate(criteria):
                self._run(cur, "INSERT INTO round_criteria (round_id, criterion_id, position) VALUES (?, ?, ?)",
                          (round_id, criterion, position))
        found = self.get_round(round_id)
        assert found is not None  # just written in a committed transaction
        return found

    def _round(self, cur: Any, round_id: str, lock: bool = False) -> Round | None:
        row = self._run(cur, SELECT_ROUND + (self.lock_round_suffix if lock else ""), (round_id,)).fetchone()
        if row is None:
            return None
        practices = self._run(cur, "SELECT practice_id FROM round_practices WHERE round_id = ? ORDER BY position",
                              (round_id,)).fetchall()
        criteria = self._run(cur, "SELECT criterion_id FROM round_criteria WHERE round_id = ? ORDER BY position",
                             (round_id,)).fetchall()
        return Round(row[0], row[1], row[2], tuple(p[0] for p in practices), tuple(c[0] for c in criteria),
                     int(row[3]), int(row[4]), row[5], row[6], row[7])

    def get_round(self, round_id: str) -> Round | None:
        """Return a round, or None if there is none with this id (or the id is not an id)."""
        if not isinstance(round_id, str) or not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", round_id):
            return None
        with self._transaction() as cur:
            return self._round(cur, round_id)

    def rounds(self) -> list[Round]:
        """Return every round, newest first."""
        with self._transaction() as cur:
            ids = [r[0] for r in self._run(cur, "SELECT round_id FROM rounds ORDER BY created_at DESC, round_id")]
            return [r for r in (self._round(cur, i) for i in ids) if r is not None]

    def is_facilitator(self, round_id: str, key: object) -> bool:
        """True if key is the round's facilitator key (compared in constant time; a round without one has none)."""
        if not isinstance(key, str) or not key or self.get_round(round_id) is None:
            return False
        with self._transaction() as cur:
            row = self._run(cur, "SELECT facilitator_hash FROM rounds WHERE round_id = ?", (round_id,)).fetchone()
        return bool(row and row[0]) and hmac.compare_digest(row[0], _digest(key))

    def close_round(self, round_id: str) -> Round:
        """Close an open round: later scores are refused. Closing a closed round changes nothing."""
        with self._transaction() as cur:
            rnd = self._round(cur, round_id, lock=True)
            if rnd is None:
                raise Refused(f"no round {str(round_id)[:40]!r}", field="round_id")
            if rnd.status == "open":
                self._run(cur, "UPDATE rounds SET status = 'closed', closed_at = ? WHERE round_id = ?",
                          (now(), round_id))
        closed = self.get_round(round_id)
        assert closed is not None
        return closed

    def submit(self, round_id: str, entries: Sequence[ScoreIn], participant: str = "", client_id: str = "") -> int:
        """Store a batch of scores, all or nothing; return how many were stored.

        Refused (nothing stored): unknown or closed round, a practice or criterion not in the round, a score off
        the scale or not whole, over-long text, or a browser (client_id) that already sent RESUBMISSIONS times the
        round's cells.
        """
        participant = plain_text(participant or "", MAX_PARTICIPANT, "participant")
        client_id = check_id(client_id, "client_id") if client_id else ""
        with self._transaction() as cur:
            rnd = self._round(cur, round_id, lock=True)
            if rnd is None:
                raise Refused(f"no round {str(round_id)[:40]!r}", field="round_id")
            clean = check_entries(rnd, list(entries))
            if client_id:
                sent = self._run(cur, "SELECT count(*) FROM scores WHERE round_id = ? AND client_id = ?",
                                 (round_id, client_id)).fetchone()[0]
                cap = RESUBMISSIONS * len(rnd.practice_ids) * len(rnd.criterion_ids)
                if sent + len(clean) > cap:
                    raise Refused(f"too many scores from this browser ({sent} stored, at most {cap})",
                                  field="client_id")
            stamp = now()
            for practice, criterion, score, comment in clean:
                self._run(cur, INSERT_SCORE, (secrets.token_hex(12), round_id, practice, criterion, score, comment,
                                              participant, client_id, stamp))
        return len(clean)

    def scores(self, round_id: str) -> list[Score]:
        """Return every stored score of a round, oldest first."""
        with self._transaction() as cur:
            rows = self._run(cur, SELECT_SCORES, (round_id,)).fetchall()
        return [Score(r[0], r[1], r[2], r[3], int(r[4]), r[5], r[6], r[7], r[8]) for r in rows]
