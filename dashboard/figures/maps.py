"""Maps (GeoPandas -> plotly.graph_objects, no Streamlit): Compare's choropleth and symbols, the practices map.

Only MapLibre traces with the tile-less "white-bg" style are used (go.Choroplethmap, go.Scattermap): they draw
offline. go.Choropleth (the 'geo' subplot) would fetch its base map from a CDN and draw nothing offline.
Text on MapLibre needs glyphs fetched from a URL, so the maps carry no text layers: the Compare map's labels are
Plotly annotations placed in pixels from the map's centre.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence

import geopandas as gpd
import pandas as pd
import plotly.graph_objects as go
import shapely
from plotly.colors import sample_colorscale

from dashboard.figures import labels
from dashboard.figures.captions import OWN, missing_text, region_lines, region_text
from dashboard.figures.palette import NO_COLOUR
from dashboard.figures.style import SEPARATORS, body_type_label
from dashboard.i18n import t
from dashboard.i18n.fmt import format_number

MAP_STYLE = "white-bg"
HEIGHT = 560
ASSUMED_WIDTH = 760  # the container's width is not known server-side: fit for the page at 1280 px (wider shows more)
TILE = 512  # MapLibre: the world is 512 px wide at zoom 0
PADDING = 1.35
TITLE_SPACE = 50
LAND = "#F3F3F3"
BORDER = "#9A9A9A"
NO_DATA = "#D9D9D9"
MAX_SYMBOL = 48
MAX_CLASSES = 4  # quantile classes: at most four, so that each holds at least two areas of a small set
LABEL_FONT = 12


REGION_COLUMNS = ["nuts_id", "series", "label", "value", "flag", "missing", "note", "nuts_code", "region"]
PROXY_OUTLINE = "#111111"


def region_rows(rows: pd.DataFrame, areas: pd.DataFrame) -> pd.DataFrame:
    """One row per NUTS-3 region of each area in the rows (an area made of several regions repeats its value).

    nuts_id is the polygon drawn; nuts_code the territory the value was measured on (the aggregate A+B+C, or a
    NUTS-2 / national proxy: region says which, see captions.region_kind).
    """
    nuts = {r.area_id: list(r.nuts3) for r in areas.itertuples()}
    labelled = rows if "region" in rows else rows.assign(region="")
    out = []
    for row in labelled[labelled["kind"] == "area"].itertuples():
        for code in nuts.get(row.series, []):
            out.append({"nuts_id": code, "series": row.series, "label": row.label, "value": row.value,
                        "flag": row.flag, "missing": row.missing, "note": row.note, "nuts_code": row.nuts_code,
                        "region": row.region})
    return pd.DataFrame(out, columns=REGION_COLUMNS)


def fit_view(
    bounds: tuple[float, float, float, float], width: int = ASSUMED_WIDTH, height: int = HEIGHT - TITLE_SPACE
) -> dict:
    """Return MapLibre center and zoom that fit lon/lat bounds (minx, miny, maxx, maxy) into width × height px."""
    minx, miny, maxx, maxy = bounds

    def merc(lat: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(max(min(lat, 85.0), -85.0)) / 2))

    lon_span = max(maxx - minx, 0.2) * PADDING
    y_span = max(merc(maxy) - merc(miny), 0.004) * PADDING
    zoom = min(math.log2(width * 360 / (TILE * lon_span)), math.log2(height * 2 * math.pi / (TILE * y_span)))
    center_y = (merc(maxy) + merc(miny)) / 2
    center_lat = math.degrees(2 * math.atan(math.exp(center_y)) - math.pi / 2)
    return {"center": {"lon": (minx + maxx) / 2, "lat": center_lat}, "zoom": max(0.0, min(zoom, 10.0))}


def _geojson(frame: gpd.GeoDataFrame) -> dict:
    """GeoJSON FeatureCollection with the NUTS id as each feature's id."""
    shapes = frame.set_index("NUTS_ID")[["geometry"]].copy()
    # RFC 7946 ring order (exterior counter-clockwise): MapLibre fills a country with holes (IT: SM, VA) otherwise
    # as if it were sea.
    shapes["geometry"] = shapely.orient_polygons(shapes.geometry.values, exterior_cw=False)
    return json.loads(shapes.to_json())


def country_layers(countries: gpd.GeoDataFrame | None, bounds: tuple[float, float, float, float]) -> list[dict]:
    """Country outlines (NUTS-0) near the view as MapLibre layers with inline GeoJSON (no URL, no tiles)."""
    if countries is None or countries.empty:
        return []
    minx, miny, maxx, maxy = bounds
    # Wide enough for the widest screen: the view shows more than the bounds where the figure is wider.
    pad_x, pad_y = (maxx - minx) * 1.5 + 6, (maxy - miny) * 0.8 + 3
    near = countries.cx[minx - pad_x : maxx + pad_x, miny - pad_y : maxy + pad_y]
    source = _geojson(near)
    return [
        {"sourcetype": "geojson", "source": source, "type": "fill", "color": LAND, "below": "traces"},
        {"sourcetype": "geojson", "source": source, "type": "line", "color": BORDER, "line": {"width": 0.8},
         "below": "traces"},
    ]


def _attribution(fig: go.Figure, lang: str, extra: str = "") -> None:
    """The GISCO attribution (and a note) inside the figure, so it travels with screenshots and exports."""
    text = t("map.attribution", lang) + (f"<br>{extra}" if extra else "")
    fig.add_annotation(
        text=text, xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="bottom", showarrow=False,
        align="left", font={"size": 10, "color": "#444444"}, bgcolor="rgba(255,255,255,0.8)",
    )


def _hover(region: pd.DataFrame, decimals: int, lang: str, body_types: Mapping[str, str]) -> list[str]:
    """Hover text of each region: area and the value's own NUTS code, value or why it is missing, proxy, flag."""
    texts = []
    for row in region.itertuples():
        value = format_number(row.value, decimals, lang)
        # The code the value was measured on (not the polygon's, which may be one part of it or inside a proxy).
        code = row.nuts_code if value and row.nuts_code else row.nuts_id
        text = f"<b>{row.label}</b> ({code})<br>" + (
            value or f"{t('fig.no_data', lang)}: {missing_text(row.missing, lang)}"
        )
        proxy = region_text(row.nuts_code, row.region, lang) if value else ""
        if proxy:
            text += f"<br>{proxy}"
        if row.flag:
            text += f"<br>{t('fig.flag', lang)}: {row.flag}"
        if row.series in body_types:
            text += f"<br>{t('fig.body_type', lang)}: {body_type_label(body_types[row.series], lang)}"
        texts.append(text)
    return texts


def _city_points(fig: go.Figure, rows: pd.DataFrame, areas: pd.DataFrame, sizes: Mapping[str, float]) -> None:
    """A dot per area at its core city, in the area's fixed colour (sizes: proportional symbols, else small)."""
    # An area without core-city coordinates (missing in the data) has no dot: the caption says so.
    located = areas.dropna(subset=["lat", "lon"]).set_index("area_id")
    for row in rows[rows["kind"] == "area"].itertuples():
        if row.series not in located.index:
            continue
        place = located.loc[row.series]
        fig.add_trace(go.Scattermap(
            lat=[float(place["lat"])], lon=[float(place["lon"])], mode="markers", name=str(row.label),
            marker={"size": sizes.get(row.series, 9), "color": str(place.get("colour") or NO_COLOUR), "opacity": 0.85},
            customdata=[row.hover], hovertemplate="%{customdata}<extra></extra>",
        ))


def quantile_classes(values: Sequence[float], most: int = MAX_CLASSES) -> list[tuple[float, float]]:
    """Return class limits (low, high) by quantiles of the areas' values: up to `most` classes, about as many areas
    in each; fewer when there are few distinct values."""
    distinct = sorted({float(v) for v in values if pd.notna(v)})
    if not distinct:
        return []
    n = max(1, min(most, len(distinct) // 2))
    # Equal-count groups of the sorted values; each class runs from its lowest to its highest value.
    size, extra = divmod(len(distinct), n)
    classes, start = [], 0
    for i in range(n):
        end = start + size + (1 if i < extra else 0)
        classes.append((distinct[start], distinct[end - 1]))
        start = end
    return classes


def class_of(value: float, classes: Sequence[tuple[float, float]]) -> int:
    """Index of the class holding value (upper limits inclusive; the first class includes its lower limit)."""
    for i, (_, high) in enumerate(classes):
        if value <= high:
            return i
    return len(classes) - 1


def class_colours(n: int) -> list[str]:
    """n steps of one sequential hue (ColorBrewer Blues, colour-blind safe), light to dark, none near-white."""
    if n == 1:
        return sample_colorscale("Blues", [0.7])
    return sample_colorscale("Blues", [0.3 + 0.7 * i / (n - 1) for i in range(n)])


def _area_points(per_region: pd.DataFrame, shapes: gpd.GeoDataFrame) -> dict[str, tuple[float, float]]:
    """A point inside each area (its regions joined): where its label's leader points."""
    geometry = shapes.set_index("NUTS_ID").geometry
    points = {}
    for series, part in per_region.groupby("series", sort=False):
        joined = shapely.union_all(list(geometry.loc[part["nuts_id"]]))
        point = joined.representative_point()
        points[str(series)] = (point.x, point.y)
    return points


def _merc(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(max(min(lat, 85.0), -85.0)) / 2))


def _value_labels(
    fig: go.Figure, rows: pd.DataFrame, points: Mapping[str, tuple[float, float]], view: Mapping, decimals: int,
    lang: str,
) -> None:
    """The area's name and value beside it, as annotations placed in px from the map's centre.

    MapLibre text needs glyphs from a URL (none offline), so labels are Plotly annotations: at a fixed zoom, a
    point's offset from the centre in px does not depend on the figure's width, so they stay on their area.
    """
    world = TILE * 2 ** view["zoom"]
    centre = view["center"]
    shown = [r for r in rows.itertuples() if r.series in points]
    texts, at = [], []
    for row in shown:
        value = format_number(row.value, decimals, lang) or t("fig.no_data", lang)
        texts.append((str(row.label), value))
        lon, lat = points[row.series]
        at.append(((lon - centre["lon"]) / 360 * world, (_merc(lat) - _merc(centre["lat"])) / (2 * math.pi) * world))
    if not shown:
        return
    longest = [max(name, value, key=len) for name, value in texts]
    sides = labels.place([(x + 2000, y + 2000) for x, y in at], longest, LABEL_FONT, (4000, 4000), pad=12, lines=2)
    for (name, value), (x, y), side, wide in zip(texts, at, sides, longest, strict=True):
        ax, ay = labels.offset(side, labels.text_width(wide, LABEL_FONT), LABEL_FONT * 2.6, 12)
        fig.add_annotation(
            xref="paper", yref="paper", x=0.5, y=0.5, xshift=x, yshift=y, ax=ax, ay=ay, showarrow=True,
            arrowhead=0, arrowwidth=1, arrowcolor="#333333", text=f"<b>{name}</b><br>{value}", align="center",
            font={"size": LABEL_FONT, "color": "#1A1A1A"}, bgcolor="rgba(255,255,255,0.85)", borderpad=2,
        )


def choropleth_map(
    rows: pd.DataFrame,
    areas: pd.DataFrame,
    regions: gpd.GeoDataFrame,
    countries: gpd.GeoDataFrame | None,
    *,
    title: str,
    unit: str,
    decimals: int,
    year: int | None,
    lang: str,
    body_types: Mapping[str, str] | None = None,
) -> go.Figure:
    """The areas' NUTS-3 regions in one year, fitted to them: one sequential scale in quantile classes (a legend
    entry per class), each area labelled with its name and value, countries outlined for context."""
    body_types = body_types or {}
    per_region = region_rows(rows, areas)
    shapes = regions[regions["NUTS_ID"].isin(per_region["nuts_id"])]
    per_region = per_region[per_region["nuts_id"].isin(shapes["NUTS_ID"])]
    geojson = _geojson(shapes)
    bounds = tuple(shapes.total_bounds) if not shapes.empty else (-10.0, 35.0, 30.0, 60.0)
    view = fit_view(bounds)
    fig = go.Figure()
    have = per_region[per_region["value"].notna()]
    gaps = per_region[per_region["value"].isna()]
    area_values = have.drop_duplicates("series")["value"].astype(float)
    classes = quantile_classes(area_values.tolist())
    colours = class_colours(len(classes))
    region_class = [class_of(float(v), classes) for v in have["value"]]
    for i, ((low, high), colour) in enumerate(zip(classes, colours, strict=True)):
        part = have[[c == i for c in region_class]]
        if part.empty:
            continue
        limits = format_number(low, decimals, lang) if low == high else (
            f"{format_number(low, decimals, lang)} – {format_number(high, decimals, lang)}")
        fig.add_trace(go.Choroplethmap(
            geojson=geojson, locations=part["nuts_id"].tolist(), z=part["value"].astype(float).tolist(),
            colorscale=[[0, colour], [1, colour]], showscale=False, showlegend=True,
            marker={"line": {"color": "#FFFFFF", "width": 1.2}, "opacity": 0.95},
            customdata=_hover(part, decimals, lang, body_types), hovertemplate="%{customdata}<extra></extra>",
            name=limits, legendgroup="classes",
            legendgrouptitle={"text": f"{t('fig.map.legend', lang)}<br>{unit}"} if i == 0 else None,
        ))
    proxies = have[have["region"] != OWN]
    if not proxies.empty:  # outlined over their class colour, with their own legend entry
        fig.add_trace(go.Choroplethmap(
            geojson=geojson, locations=proxies["nuts_id"].tolist(), z=[0] * len(proxies),
            colorscale=[[0, "rgba(0,0,0,0)"], [1, "rgba(0,0,0,0)"]], showscale=False, showlegend=False,
            marker={"line": {"color": PROXY_OUTLINE, "width": 3}}, name=t("map.proxy", lang), legendgroup="proxy",
            customdata=_hover(proxies, decimals, lang, body_types), hovertemplate="%{customdata}<extra></extra>",
        ))
        # A choropleth's legend swatch is its fill (transparent here), so the outline gets its own entry: a line in
        # the outline's colour and width, which toggles the outlines with it.
        fig.add_trace(go.Scattermap(
            lon=[None], lat=[None], mode="lines", line={"color": PROXY_OUTLINE, "width": 3}, name=t("map.proxy", lang),
            legendgroup="proxy", showlegend=True, hoverinfo="skip",
        ))
    if not gaps.empty:
        fig.add_trace(go.Choroplethmap(
            geojson=geojson, locations=gaps["nuts_id"].tolist(), z=[0] * len(gaps),
            colorscale=[[0, NO_DATA], [1, NO_DATA]], showscale=False, showlegend=True,
            marker={"line": {"color": "#FFFFFF", "width": 1.2}},
            name=t("map.no_data", lang, year=year if year is not None else "–"),
            customdata=_hover(gaps, decimals, lang, body_types), hovertemplate="%{customdata}<extra></extra>",
        ))
    area_rows = rows[(rows["kind"] == "area") & rows["series"].isin(per_region["series"])]
    _value_labels(fig, area_rows, _area_points(per_region, shapes), view, decimals, lang)
    fig.update_layout(
        map={"style": MAP_STYLE, **view, "layers": country_layers(countries, bounds)},
        title={"text": f"{title} ({year})" if year else title, "x": 0, "xanchor": "left"},
        separators=SEPARATORS.get(lang, ",."), height=HEIGHT, margin={"l": 0, "r": 0, "t": TITLE_SPACE, "b": 0},
        legend={"yanchor": "top", "y": 0.98, "x": 0.01, "bgcolor": "rgba(255,255,255,0.85)"},
    )
    _attribution(fig, lang)
    return fig


def symbol_map(
    rows: pd.DataFrame,
    areas: pd.DataFrame,
    countries: gpd.GeoDataFrame | None,
    *,
    title: str,
    unit: str,
    decimals: int,
    year: int | None,
    lang: str,
) -> go.Figure:
    """Fallback without region boundaries: one symbol per area at its core city, area proportional to |value|."""
    area_rows = rows[rows["kind"] == "area"]
    largest = area_rows["value"].abs().max()
    sizes = {}
    for row in area_rows.itertuples():
        if pd.notna(row.value) and largest and largest > 0:
            sizes[row.series] = max(6.0, MAX_SYMBOL * math.sqrt(abs(row.value) / largest))
        else:
            sizes[row.series] = 6.0
    chosen = areas[areas["area_id"].isin(area_rows["series"])]
    unplaced = chosen[chosen["lat"].isna() | chosen["lon"].isna()]
    chosen = chosen.drop(unplaced.index)
    bounds = (float(chosen["lon"].min()), float(chosen["lat"].min()), float(chosen["lon"].max()),
              float(chosen["lat"].max())) if not chosen.empty else (-10.0, 35.0, 30.0, 60.0)
    fig = go.Figure()
    labelled = rows.assign(hover=[
        f"<b>{r['label']}</b>: {format_number(r['value'], decimals, lang) or t('fig.no_data', lang)} {unit}"
        + "".join(f"<br>{line}" for line in region_lines(r, lang))
        + (f"<br>{t('fig.flag', lang)}: {r['flag']}" if r["flag"] else "")
        for _, r in rows.iterrows()
    ])
    _city_points(fig, labelled, areas, sizes)
    fig.update_layout(
        map={"style": MAP_STYLE, **fit_view(bounds), "layers": country_layers(countries, bounds)},
        title={"text": f"{title} ({year})" if year else title, "x": 0, "xanchor": "left"},
        separators=SEPARATORS.get(lang, ",."), height=HEIGHT, margin={"l": 0, "r": 0, "t": TITLE_SPACE, "b": 0},
        legend={"yanchor": "top", "y": 0.98, "x": 0.01, "bgcolor": "rgba(255,255,255,0.8)"},
    )
    extra = t("map.fallback", lang)
    if not unplaced.empty:
        names = ", ".join(str(name) for name in unplaced[f"short_{'it' if lang == 'it' else 'en'}"])
        extra += "<br>" + t("map.no_coordinates", lang, names=names)
    _attribution(fig, lang, extra)
    return fig


PRACTICE_SYMBOL = (10, 40)  # smallest and largest symbol of the good-practice map, px


def practice_map(counts: pd.Series, areas: pd.DataFrame, countries: gpd.GeoDataFrame | None, lang: str) -> go.Figure:
    """Draw each area with practices as a symbol (area ∝ count) in its fixed colour; the count in legend and hover."""
    label = "short_it" if lang == "it" else "short_en"
    shown = areas[areas["area_id"].isin(counts.index)]
    bounds = (float(shown["lon"].min()), float(shown["lat"].min()), float(shown["lon"].max()),
              float(shown["lat"].max())) if not shown.empty else (-10.0, 35.0, 30.0, 60.0)
    largest = max(int(counts.max()), 1) if len(counts) else 1
    fig = go.Figure()
    for area in shown.itertuples():
        n = int(counts[area.area_id])
        fig.add_trace(go.Scattermap(
            lat=[float(area.lat)], lon=[float(area.lon)], mode="markers", name=f"{getattr(area, label)} ({n})",
            marker={"size": max(PRACTICE_SYMBOL[0], PRACTICE_SYMBOL[1] * math.sqrt(n / largest)),
                    "color": str(area.colour or NO_COLOUR), "opacity": 0.8},
            hovertemplate=t("practices.map.hover", lang, area=getattr(area, label), n=n) + "<extra></extra>",
        ))
    fig.update_layout(
        map={"style": MAP_STYLE, **fit_view(bounds), "layers": country_layers(countries, bounds)},
        title={"text": t("practices.map_heading", lang), "x": 0, "xanchor": "left"},
        height=HEIGHT, margin={"l": 0, "r": 0, "t": TITLE_SPACE, "b": 0},
        legend={"yanchor": "top", "y": 0.98, "x": 0.01, "bgcolor": "rgba(255,255,255,0.8)"},
    )
    _attribution(fig, lang)
    return fig
