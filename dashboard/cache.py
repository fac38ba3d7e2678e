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


@st.cache_data(show_spinner=False)
def areas(directory: str) -> pd.DataFrame:
    """Cached data.areas for the Metro Case areas."""
    return data.areas(connection(directory))


@st.cache_data(show_spinner=False)
def governance_facts(directory: str, area_ids: tuple[str, ...], attributes: tuple[str, ...]) -> pd.DataFrame:
    """Cached data.governance_facts."""
    return data.governance_facts(connection(directory), area_ids, attributes)


@st.cache_data(show_spinner=False)
def core_city_share(directory: str, area_ids: tuple[str, ...]) -> pd.DataFrame:
    """Cached data.core_city_share."""
    return data.core_city_share(connection(directory), area_ids)


@st.cache_data(show_spinner=False)
def competence_grid(directory: str, area_ids: tuple[str, ...]) -> pd.DataFrame:
    """Cached data.competence_grid."""
    return data.competence_grid(connection(directory), area_ids)


@st.cache_data(show_spinner=False)
def plans(directory: str, area_ids: tuple[str, ...]) -> pd.DataFrame:
    """Cached data.plans."""
    return data.plans(connection(directory), area_ids)


@st.cache_data(show_spinner=False)
def plan_axes(directory: str, plan_ids: tuple[str, ...]) -> pd.DataFrame:
    """Cached data.plan_axes."""
    return data.plan_axes(connection(directory), plan_ids)


@st.cache_data(show_spinner=False)
def plan_themes(directory: str, plan_ids: tuple[str, ...]) -> pd.DataFrame:
    """Cached data.plan_themes."""
    return data.plan_themes(connection(directory), plan_ids)


@st.cache_data(show_spinner=False)
def plan_search(directory: str, area_ids: tuple[str, ...], text: str) -> pd.DataFrame:
    """Cached data.plan_search."""
    return data.plan_search(connection(directory), area_ids, text)
