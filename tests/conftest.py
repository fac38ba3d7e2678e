"""Shared test fixtures: the real data set and the small made-up fixture data set."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from dashboard import db
from dashboard.paths import DATA_DIR

FIXTURE_DIR = Path(__file__).parent / "fixtures" / "data"


@pytest.fixture(scope="session")
def real_con() -> duckdb.DuckDBPyConnection:
    """DuckDB over the shipped data/."""
    return db.connect(DATA_DIR)


@pytest.fixture(scope="session")
def fixture_con() -> duckdb.DuckDBPyConnection:
    """DuckDB over the made-up fixture tables (tests/fixtures/data)."""
    return db.connect(FIXTURE_DIR)
