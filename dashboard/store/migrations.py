"""Versioned schema migrations: (version, statements), applied in order once each; never edit an applied one."""

from __future__ import annotations

# Portable SQL (SQLite and PostgreSQL alike): text ids and times, integers, checks and foreign keys.
MIGRATIONS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (1, (
        "CREATE TABLE rounds (round_id TEXT PRIMARY KEY, name TEXT NOT NULL, held_on TEXT NOT NULL, "
        "scale_min INTEGER NOT NULL, scale_max INTEGER NOT NULL, "
        "status TEXT NOT NULL CHECK (status IN ('open', 'closed')), created_at TEXT NOT NULL, closed_at TEXT, "
        "CHECK (scale_min < scale_max))",
        "CREATE TABLE round_practices (round_id TEXT NOT NULL REFERENCES rounds (round_id), "
        "practice_id TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (round_id, practice_id))",
        "CREATE TABLE round_criteria (round_id TEXT NOT NULL REFERENCES rounds (round_id), "
        "criterion_id TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (round_id, criterion_id))",
        "CREATE TABLE scores (score_id TEXT PRIMARY KEY, round_id TEXT NOT NULL, practice_id TEXT NOT NULL, "
        "criterion_id TEXT NOT NULL, score INTEGER NOT NULL, comment TEXT NOT NULL, participant TEXT NOT NULL, "
        "client_id TEXT NOT NULL, created_at TEXT NOT NULL, "
        "FOREIGN KEY (round_id, practice_id) REFERENCES round_practices (round_id, practice_id), "
        "FOREIGN KEY (round_id, criterion_id) REFERENCES round_criteria (round_id, criterion_id))",
        "CREATE INDEX scores_by_round ON scores (round_id, client_id)",
    )),
    # The facilitator's key (only its SHA-256): who holds it may close the round from the presenter view.
    (2, ("ALTER TABLE rounds ADD COLUMN facilitator_hash TEXT NOT NULL DEFAULT ''",)),
)
