"""Choose the store: PostgreSQL when METROCASE_DATABASE_URL is set, else SQLite under the state directory."""

from __future__ import annotations

import os
from pathlib import Path

from dashboard.store.base import Store

DATABASE_URL_ENV = "METROCASE_DATABASE_URL"
STATE_DIR_ENV = "METROCASE_STATE_DIR"
SQLITE_NAME = "metrocase.sqlite3"


def state_dir() -> Path:
    """Return METROCASE_STATE_DIR, else the user's state folder ($XDG_STATE_HOME or ~/.local/state)/metrocase."""
    named = os.environ.get(STATE_DIR_ENV)
    if named:
        return Path(named)
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "metrocase"


def open_store() -> Store:
    """Open the configured store and bring its schema up to date."""
    url = os.environ.get(DATABASE_URL_ENV)
    if url:
        from dashboard.store.postgres import PostgresStore

        store: Store = PostgresStore(url)
    else:
        from dashboard.store.sqlite import SqliteStore

        store = SqliteStore(state_dir() / SQLITE_NAME)
    store.migrate()
    return store
