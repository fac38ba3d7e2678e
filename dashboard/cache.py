"""Streamlit cache wrappers at the edge: one DuckDB connection per process, data cached per parameter set."""

from __future__ import annotations

import os
from datetime import date

import duckdb
import pandas as pd
import streamlit as st

from dashboard import data, db
from dashboard.export_geo import BoundariesUnavailable, load_export_boundaries
from dashboard.export_table import Choices, Export, Selection, build_export, choices
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
def export_choices(directory: str) -> Choices:
    """Cached export_table.choices: the areas, indicators, benchmarks and years a download can ask for."""
    return choices(connection(directory))


@st.cache_data(show_spinner=False, max_entries=64)
def export(directory: str, selection: Selection, lang: str, retrieved: date) -> Export:
    """Cached export_table.build_export (keyed by the retrieval date too, so the citation's date stays true)."""
    return build_export(connection(directory), selection, lang, retrieved, export_choices(directory))


@st.cache_data(show_spinner=False, ttl=3600)
def boundaries_available() -> bool:
    """True if the NUTS boundaries can be read; checked hourly, since offline a failed first download costs seconds."""
    try:
        load_export_boundaries()
    except BoundariesUnavailable:
        return False
    return True


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
