"""Text alternatives of the pages' figures, from the same cached data: for screen readers, shown on request."""

from __future__ import annotations

import streamlit as st

from dashboard.data.queries import METRO_CASE
from dashboard.i18n import t
from dashboard.i18n.fmt import md_escape
from dashboard.transform.view_state import CompareState
from dashboard.web import cache

# Visually hidden, still read by screen readers (the usual clip pattern); constant CSS, no data.
SR_ONLY_CSS = """<style>[class*="st-key-figure-description"], .st-key-story-alt-sr { position: absolute !important;
  width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }</style>"""


def compare_description(directory: str, state: CompareState, lang: str, set_id: str = METRO_CASE) -> str:
    """The Compare figure's text: highest and lowest in the year shown, or the period and the changes."""
    return cache.compare_description(directory, state, lang, set_id)


def competences_description(directory: str, lang: str, set_id: str = METRO_CASE) -> str:
    """The competence heatmap's text: most and fewest competences held, unknown cells."""
    return cache.governance_view(directory, lang, set_id).heatmap_description


def plans_description(directory: str, figure: str, lang: str, set_id: str = METRO_CASE) -> str:
    """The plans timeline's or themes matrix's text."""
    view = cache.plans_view(directory, lang, set_id)
    return view.timeline_description if figure == "timeline" else view.matrix_description


def describe(text: str, lang: str, key: str) -> None:
    """Put a figure's text alternative in the page for screen readers, visually hidden."""
    st.html(SR_ONLY_CSS)
    with st.container(key=f"figure-description-{key}"):
        st.markdown(f"**{t('story.description', lang)}:** {md_escape(text)}")
