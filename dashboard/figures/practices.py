"""The map of good practices: one symbol per area at its core city, sized by the number of practices shown."""

from __future__ import annotations

import math

import geopandas as gpd
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.maps import HEIGHT, MAP_STYLE, TITLE_SPACE, country_layers, fit_view
from dashboard.figures.palette import NO_COLOUR
from dashboard.i18n import t

MAX_SYMBOL = 40
MIN_SYMBOL = 10
EUROPE = (-10.0, 35.0, 30.0, 60.0)


def practice_map(counts: pd.Series, areas: pd.DataFrame, countries: gpd.GeoDataFrame | None, lang: str) -> go.Figure:
    """Draw each area with practices as a symbol (area ∝ count) in its fixed colour, the count written on it."""
    label = "short_it" if lang == "it" else "short_en"
    shown = areas[areas["area_id"].isin(counts.index)]
    bounds = (float(shown["lon"].min()), float(shown["lat"].min()), float(shown["lon"].max()),
              float(shown["lat"].max())) if not shown.empty else EUROPE
    largest = max(int(counts.max()), 1) if len(counts) else 1
    fig = go.Figure()
    for area in shown.itertuples():
        n = int(counts[area.area_id])
        fig.add_trace(go.Scattermap(
            lat=[float(area.lat)], lon=[float(area.lon)], mode="markers+text", name=getattr(area, label),
            text=[str(n)], textfont={"size": 13, "color": "#000000"},
            marker={"size": max(MIN_SYMBOL, MAX_SYMBOL * math.sqrt(n / largest)),
                    "color": str(area.colour or NO_COLOUR), "opacity": 0.8},
            hovertemplate=t("practices.map.hover", lang, area=getattr(area, label), n=n) + "<extra></extra>",
        ))
    fig.update_layout(
        map={"style": MAP_STYLE, **fit_view(bounds), "layers": country_layers(countries, bounds)},
        title={"text": t("practices.map_heading", lang), "x": 0, "xanchor": "left"},
        height=HEIGHT, margin={"l": 0, "r": 0, "t": TITLE_SPACE, "b": 0},
        legend={"yanchor": "top", "y": 0.98, "x": 0.01, "bgcolor": "rgba(255,255,255,0.8)"},
    )
    fig.add_annotation(
        text=t("map.attribution", lang), xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="bottom",
        showarrow=False, align="left", font={"size": 10, "color": "#444444"}, bgcolor="rgba(255,255,255,0.8)",
    )
    return fig
