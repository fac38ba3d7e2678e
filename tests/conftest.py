"""Shared test fixtures: the real data set and the small made-up fixture data set."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from dashboard.data import db
from dashboard.data.geo import EMBEDDED_DIR, GEO_DIR_ENV, GEO_DOWNLOAD_ENV
from dashboard.data.paths import DATA_DIR
from dashboard.store.base import Store
from dashboard.store.postgres import PostgresStore
from dashboard.store.sqlite import SqliteStore
from tests import pg
from tests.browser import chromium, require_chromium, streamlit_server

FIXTURE_DIR = Path(__file__).parent / "fixtures" / "data"

# Maps read the boundaries embedded in data/geo. Tests never download, and never read a user's boundary cache:
# the cache folder is one that does not exist (tests of the cache and the download set their own).
os.environ[GEO_DIR_ENV] = str(Path(__file__).parent / "fixtures" / "no-boundary-cache")
os.environ[GEO_DOWNLOAD_ENV] = "0"


def data_without_geo(target: Path) -> Path:
    """Copy data/ to target without its geo/ folder: a valid data folder that lacks boundaries."""
    shutil.copytree(DATA_DIR, target, ignore=lambda folder, _: [EMBEDDED_DIR] if Path(folder) == DATA_DIR else [])
    return target


@pytest.fixture(scope="session")
def real_con() -> duckdb.DuckDBPyConnection:
    """DuckDB over the shipped data/."""
    return db.connect(DATA_DIR)


@pytest.fixture(scope="session")
def fixture_con() -> duckdb.DuckDBPyConnection:
    """DuckDB over the made-up fixture tables (tests/fixtures/data)."""
    return db.connect(FIXTURE_DIR)


# What users write goes to a store: tests never touch the user's own state folder or a configured database.
os.environ["METROCASE_STATE_DIR"] = tempfile.mkdtemp(prefix="metrocase-test-state-")
atexit.register(shutil.rmtree, os.environ["METROCASE_STATE_DIR"], ignore_errors=True)
os.environ.pop("METROCASE_DATABASE_URL", None)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A real PostgreSQL server for the session (Debian's binaries); skipped with the reason where they are absent."""
    if pg.server_bin() is None:
        pytest.skip(pg.ABSENT)
    with pg.server() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    """An empty, migrated store of each backend: the same tests run against both."""
    if request.param == "sqlite":
        made: Store = SqliteStore(tmp_path / "state" / "metrocase.sqlite3")
    else:
        made = PostgresStore(pg.new_database(request.getfixturevalue("pg_server")))
    made.migrate()
    return made


@pytest.fixture(scope="session")
def app_server() -> Iterator[str]:
    """One Streamlit server on the shipped data for the browser tests that only read (its base URL).

    Each test still opens its own browser context, hence its own Streamlit session; skipped without Chromium.
    """
    require_chromium()
    with streamlit_server() as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """One Chromium per test module (each test opens its own contexts); skipped without Chromium or Playwright.

    Module scope, not session: Playwright's sync API keeps an event loop running, and later modules use asyncio.run.
    """
    require_chromium()
    with chromium() as launched:
        yield launched
