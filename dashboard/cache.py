"""Streamlit cache wrappers at the edge: one DuckDB connection per process, data cached per parameter set."""

from __future__ import annotations

import os

import duckdb
import pandas as pd
import streamlit as st

from dashboard import data, db
from dashboard.paths import DATA_DIR

DATA_DIR_ENV = "METROCASE_DATA_DIR"


def data_dir() -> str:
    """Return the data directory the app serves (METROCASE_DATA_DIR, default data/)."""
    return os.environ.get(DATA_DIR_ENV) or str(DATA_DIR)


@st.cache_resource(show_spinner=False)
def connection(directory: str) -> duckdb.DuckDBPyConnection:
    """Open the process-wide DuckDB connection over a data directory (sessions use their own cursors)."""
    return db.connect(directory)


@st.cache_data(show_spinner=False)
def area_cards(directory: str) -> pd.DataFrame:
    """Cached data.area_cards for the Metro Case areas."""
    return data.area_cards(connection(directory))


@st.cache_data(show_spinner=False)
def sources(directory: str) -> pd.DataFrame:
    """Cached data.sources."""
    return data.sources(connection(directory))


@st.cache_data(show_spinner=False)
def indicator_catalog(directory: str) -> pd.DataFrame:
    """Cached data.indicator_catalog."""
    return data.indicator_catalog(connection(directory))
