"""Shared look of every figure: number separators per language, area ticks, body type labels."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.i18n import has, t

# Plotly's separators: decimal point first, then thousands.
SEPARATORS = {"en": ",.", "it": ".,"}

def area_tick(name: str, colour: str) -> str:
    """Return an axis label with the area's fixed colour (areas.csv) as a square before its name."""
    return f"<span style='color:{colour}'>■</span> {name}"


def short_names(areas: pd.DataFrame, lang: str) -> dict[str, str]:
    """Return each area's short name in lang (areas.csv short_en / short_it), by area_id."""
    column = "short_it" if lang == "it" else "short_en"
    return {str(a): str(name) for a, name in zip(areas["area_id"], areas[column], strict=True)}


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
