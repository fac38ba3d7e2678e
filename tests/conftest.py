"""Shared test fixtures: the real data set and the small made-up fixture data set."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

from dashboard.data import db
from dashboard.data.geo import GEO_DIR_ENV, GEO_DOWNLOAD_ENV
from dashboard.data.paths import DATA_DIR, ROOT

FIXTURE_DIR = Path(__file__).parent / "fixtures" / "data"
SHARED_GEO = ROOT.parent / "shared" / "geo"

# Tests read boundaries from ../shared/geo (the checked subsets of the GISCO files) and never download.
os.environ.setdefault(GEO_DIR_ENV, str(SHARED_GEO))
os.environ.setdefault(GEO_DOWNLOAD_ENV, "0")


def require_shared_geo() -> None:
    """Skip the calling test, with the reason, where ../shared/geo is absent (a user's clone)."""
    if not (Path(os.environ[GEO_DIR_ENV]) / "nuts3_2021_20m_4326_metros.geojson").is_file():
        pytest.skip(f"no boundary files in {os.environ[GEO_DIR_ENV]} and no network in tests")


@pytest.fixture(scope="session")
def real_con() -> duckdb.DuckDBPyConnection:
    """DuckDB over the shipped data/."""
    return db.connect(DATA_DIR)


@pytest.fixture(scope="session")
def fixture_con() -> duckdb.DuckDBPyConnection:
    """DuckDB over the made-up fixture tables (tests/fixtures/data)."""
    return db.connect(FIXTURE_DIR)
