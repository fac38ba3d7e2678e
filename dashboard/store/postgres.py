"""The PostgreSQL backend (several machines): rows of a round are locked while a batch is checked and written."""

from __future__ import annotations

from typing import Any

from dashboard.store.base import Store

MIGRATION_LOCK = 7_300_013  # pg_advisory_xact_lock key: one migrating process at a time


class PostgresStore(Store):
    """Rounds and scores in a PostgreSQL database named by a libpq URL."""

    placeholder = "%s"
    lock_round_suffix = " FOR UPDATE"  # a round's row is held until commit: counts and status checks stay true
    migration_lock = ("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))

    def __init__(self, url: str) -> None:
        import psycopg  # only needed where a URL is configured

        self._psycopg = psycopg
        self.url = url

    def _connect(self) -> Any:
        return self._psycopg.connect(self.url, connect_timeout=10)

    def _begin(self, cursor: Any) -> None:
        """psycopg opens a transaction with the first statement; row locks (FOR UPDATE) serialise writers."""
