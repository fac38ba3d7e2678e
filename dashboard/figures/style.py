"""Shared look of every figure: number separators per language, area ticks, body type labels."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.cards.names import area_names
from dashboard.i18n import LANGS, has, t
from dashboard.i18n.fmt import plotly_separators

# Plotly's layout.separators per language (decimal symbol first, then group), from the same CLDR data as every
# number formatted in text, so axes, hovers, tables and captions agree.
SEPARATORS = {lang: plotly_separators(lang) for lang in LANGS}


def area_tick(name: str, colour: str) -> str:
    """Return an axis label with the area's fixed colour (areas.csv) as a square before its name."""
    return f"<span style='color:{colour}'>■</span> {name}"


def short_names(areas: pd.DataFrame, lang: str) -> dict[str, str]:
    """Return each area's short name in lang (areas.csv short_en / short_it), by area_id."""
    return area_names(areas, lang)


def body_type_label(code: str, lang: str) -> str:
    """Return a body type's label marked † as the project's classification."""
    key = f"body_type.{code}"
    return (t(key, lang) if has(key) else t("body_type.unclassified", lang)) + " †"


# Axis text for a projector: dark (#333333 on white is 12.6:1; the Streamlit theme's grey is about 3.6:1) and 14 px.
AXIS_TEXT = {"color": "#333333", "size": 14}


def readable_axes(fig: go.Figure) -> go.Figure:
    """Return fig with every axis's tick labels and title in AXIS_TEXT (changes fig in place)."""
    fig.update_xaxes(tickfont=AXIS_TEXT, title_font=AXIS_TEXT)
    fig.update_yaxes(tickfont=AXIS_TEXT, title_font=AXIS_TEXT)
    return fig
