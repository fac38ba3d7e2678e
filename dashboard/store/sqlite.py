"""The SQLite backend: one file under the state directory, WAL mode, writers serialised by BEGIN IMMEDIATE."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from dashboard.store.base import Store

BUSY_MS = 30_000  # a writer waits this long for another process's transaction instead of failing


class SqliteStore(Store):
    """Rounds and scores in a SQLite file (safe for several processes on one machine)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        conn = self._connect()
        try:
            conn.execute("PRAGMA journal_mode=WAL")  # persistent: readers never block the writer
        finally:
            conn.close()

    def _connect(self) -> Any:
        # isolation_level=None: transactions are begun explicitly, so BEGIN IMMEDIATE takes the write lock up front.
        conn = sqlite3.connect(self.path, timeout=BUSY_MS / 1000, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout={BUSY_MS}")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=FULL")  # a committed score survives a power cut, not only a crash
        return _Committing(conn)

    def _begin(self, cursor: Any) -> None:
        cursor.execute("BEGIN IMMEDIATE")


class _Committing:
    """A sqlite3 connection in autocommit mode whose commit and rollback end the explicit transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def cursor(self) -> sqlite3.Cursor:
        return self.conn.cursor()

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()

    def execute(self, sql: str) -> sqlite3.Cursor:
        return self.conn.execute(sql)
