"""The Overview's small map: each area's NUTS-3 region(s) in its fixed colour, named in the legend (no Streamlit).

It assembles maps' public pieces (fit_view, country_layers) as compare_view does; like every map here it draws
with MapLibre's tile-less style and no text layers (text would need glyphs from a URL), so names are in the legend
and the hover.
"""

from __future__ import annotations

import json

import geopandas as gpd
import pandas as pd
import plotly.graph_objects as go
import shapely

from dashboard.figures.maps import MAP_STYLE, country_layers, fit_view
from dashboard.i18n import t

HEIGHT = 380
WIDTH = 320  # the map's column on a 1280 px screen: fit the areas into it (a wider one shows more around)
LEGEND = 110  # the legend sits right of the map, never over an area
EUROPE = (-10.0, 35.0, 30.0, 60.0)


def _geojson(frame: gpd.GeoDataFrame) -> dict:
    """GeoJSON with the NUTS id as feature id, rings in RFC 7946 order (MapLibre fills holes wrongly otherwise)."""
    shapes = frame.set_index("NUTS_ID")[["geometry"]].copy()
    shapes["geometry"] = shapely.orient_polygons(shapes.geometry.values, exterior_cw=False)
    return json.loads(shapes.to_json())


def area_map(
    areas: pd.DataFrame, regions: gpd.GeoDataFrame | None, countries: gpd.GeoDataFrame | None, lang: str
) -> go.Figure:
    """Return the map: regions filled in each area's colour (or a dot at its core city without boundaries)."""
    suffix = "it" if lang == "it" else "en"
    fig = go.Figure()
    bounds: list[tuple[float, float, float, float]] = []
    for area in areas.itertuples():
        name, codes = str(getattr(area, f"short_{suffix}")), list(area.nuts3)
        hover = t("overview.map.hover", lang, name=name, codes=", ".join(codes)) + "<extra></extra>"
        shapes = regions[regions["NUTS_ID"].isin(codes)] if regions is not None else None
        if shapes is not None and not shapes.empty:
            bounds.append(tuple(shapes.total_bounds))
            fig.add_trace(go.Choroplethmap(
                geojson=_geojson(shapes), locations=shapes["NUTS_ID"].tolist(), z=[1] * len(shapes),
                colorscale=[[0, area.colour], [1, area.colour]], showscale=False, name=name, showlegend=True,
                marker={"line": {"color": "#FFFFFF", "width": 0.8}}, hovertemplate=hover,
            ))
        elif pd.notna(area.lat) and pd.notna(area.lon):  # no boundary for the area: its core city, said in hover
            bounds.append((float(area.lon), float(area.lat), float(area.lon), float(area.lat)))
            fig.add_trace(go.Scattermap(
                lon=[float(area.lon)], lat=[float(area.lat)], mode="markers", name=name,
                marker={"size": 12, "color": area.colour}, hovertemplate=hover,
            ))
    # A dot at each core city: the regions are small at the scale of Europe (Genova, Bucureşti).
    cities = areas[areas["lat"].notna() & areas["lon"].notna()]
    for size, colours in ((13, ["#FFFFFF"] * len(cities)), (9, cities["colour"].tolist())):
        fig.add_trace(go.Scattermap(
            lon=cities["lon"].astype(float).tolist(), lat=cities["lat"].astype(float).tolist(), mode="markers",
            marker={"size": size, "color": colours}, showlegend=False, hoverinfo="skip",
        ))
    if bounds:
        frame = pd.DataFrame(bounds)
        box = (frame[0].min(), frame[1].min(), frame[2].max(), frame[3].max())
    else:
        box = EUROPE
    fig.update_layout(
        map={"style": MAP_STYLE, **fit_view(box, WIDTH - LEGEND, HEIGHT), "layers": country_layers(countries, box)},
        height=HEIGHT, margin={"l": 0, "r": 0, "t": 0, "b": 0},
        legend={"yanchor": "top", "y": 1, "x": 1.01, "xanchor": "left", "font": {"size": 13}},
    )
    return fig
