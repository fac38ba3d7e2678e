"""Text alternatives of the pages' figures, from the same cached data: for screen readers, shown on request."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.cards import alt_text
from dashboard.data.queries import METRO_CASE
from dashboard.figures.captions import indicator_name, unit_label, with_labels
from dashboard.figures.plans import plan_spans
from dashboard.i18n import t
from dashboard.i18n.fmt import md_escape
from dashboard.transform.series import in_range, in_year
from dashboard.transform.view_state import CompareState
from dashboard.web import cache

# Visually hidden, still read by screen readers (the usual clip pattern); constant CSS, no data.
SR_ONLY_CSS = """<style>[class*="st-key-figure-description"], .st-key-story-alt-sr { position: absolute !important;
  width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }</style>"""


def compare_description(directory: str, state: CompareState, lang: str, set_id: str = METRO_CASE) -> str:
    """The Compare figure's text: highest and lowest in the year shown, or the period and the changes."""
    prepared = cache.compare_rows(directory, state, set_id)
    areas = cache.areas(directory, set_id)
    meta = cache.catalog_by_id(directory).loc[state.ind]
    title, unit = indicator_name(meta, lang), unit_label(meta, state, prepared.base_year, lang)
    decimals = 1 if state.norm == "index" else int(meta["decimals"]) if pd.notna(meta["decimals"]) else 0
    if state.view == "map" or state.chart in ("bar", "scatter"):
        rows = with_labels(in_year(prepared.rows, prepared.year), areas, lang)
        return alt_text.ranking_alt(rows, title, unit, decimals, prepared.year, lang)
    return alt_text.change_alt(with_labels(in_range(prepared), areas, lang), title, unit, decimals, lang)


def competences_description(directory: str, lang: str, set_id: str = METRO_CASE) -> str:
    """The competence heatmap's text: most and fewest competences held, unknown cells."""
    areas = cache.areas(directory, set_id)
    grid = cache.competence_grid(directory, tuple(areas["area_id"]))
    names = dict(zip(areas["area_id"], areas["short_it" if lang == "it" else "short_en"], strict=True))
    return alt_text.competences_alt(grid, names, lang)


def plans_description(directory: str, figure: str, lang: str, set_id: str = METRO_CASE) -> str:
    """The plans timeline's or themes matrix's text."""
    areas = cache.areas(directory, set_id)
    plans = cache.plans(directory, tuple(areas["area_id"]))
    if figure == "timeline":
        return alt_text.timeline_alt(plan_spans(plans), lang)
    themes = cache.plan_themes(directory, tuple(plans["plan_id"]))
    names = {code: t(f"theme.{code}", lang) for code in themes["theme"].unique()}
    return alt_text.themes_alt(themes, len(plans), names, lang)


def describe(text: str, lang: str, key: str) -> None:
    """Put a figure's text alternative in the page for screen readers, visually hidden."""
    st.html(SR_ONLY_CSS)
    with st.container(key=f"figure-description-{key}"):
        st.markdown(f"**{t('story.description', lang)}:** {md_escape(text)}")
