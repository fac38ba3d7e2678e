"""Compare figures as plotly.graph_objects (no Plotly Express, no Streamlit): ranking, lines, multiples, scatter.

Rows come from dashboard.series (complete year grid, labelled by captions.with_labels): a missing value is None in
the figure and lines never bridge it (connectgaps=False); producer flags and census breaks get their own marker.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard.figures.captions import break_note, break_points, region_lines
from dashboard.figures.palette import BENCHMARK_GREYS, BODY_TYPE_COLOURS, NO_COLOUR, OUTLINE, needs_outline
from dashboard.figures.style import SEPARATORS, body_type_label
from dashboard.i18n import t
from dashboard.i18n.fmt import format_number

BENCH_DASH = {"partners": "dash", "country": "dot", "eu": "dashdot"}
HEIGHT = 520
MULTIPLES_COLUMNS = 4
NO_BODY_TYPE = "unclassified"


GREYED = "#CFCFCF"  # areas not highlighted: lighter than every benchmark grey, so benchmarks stay legible


def symbol(flag: str, census_break: bool) -> str:
    """Marker of a point: ◆ for a break (flag b or a census break), ■ for estimated/provisional, ● otherwise.

    Every marker is filled: a hollow one nearly vanishes for a light colour, and a flagged value is still a value.
    """
    if "b" in str(flag) or census_break:
        return "diamond"
    if "e" in str(flag) or "p" in str(flag):
        return "square"
    return "circle"


def flag_pattern(colour: str) -> dict:
    """Hatching over a flagged bar that keeps the bar's colour (overlay): dark stripes on light colours, else white."""
    stripes = OUTLINE if needs_outline(colour) else "#FFFFFF"
    return {"shape": "/", "fillmode": "overlay", "fgcolor": stripes, "fgopacity": 0.55, "solidity": 0.3, "size": 8}


def marker_line(colour: str) -> dict:
    """A dark outline for a colour too light to stand on white alone, none otherwise."""
    return {"color": OUTLINE, "width": 1} if needs_outline(colour) else {"width": 0}



def _style(series: str, kind: str, bench: str, colour: str, body_types: Mapping[str, str], own: object) -> dict:
    """Colour, dash and legend group of one series: fixed area colours (or body type), greys for benchmarks."""
    if kind == "benchmark":
        grey = BENCHMARK_GREYS.get(bench, "#8C8C8C")
        return {"colour": grey, "dash": BENCH_DASH.get(bench, "dash"), "group": bench}
    if colour == "body_type":
        code = body_types.get(series) or NO_BODY_TYPE
        return {"colour": BODY_TYPE_COLOURS.get(code, BODY_TYPE_COLOURS[NO_BODY_TYPE]), "dash": "solid", "group": code}
    return {"colour": own if isinstance(own, str) and own else NO_COLOUR, "dash": "solid", "group": series}



def _hover_texts(frame: pd.DataFrame, decimals: int, lang: str, census: pd.Series) -> list[str]:
    """The hover line of each point: formatted value, NUTS code (and proxy), flag, status, census break, source."""
    texts = []
    for (_, row), is_break in zip(frame.iterrows(), census, strict=True):
        value = format_number(row["value"], decimals, lang)
        parts = [value if value is not None else t("fig.no_data", lang), *region_lines(row, lang)]
        if row["flag"]:
            parts.append(f"{t('fig.flag', lang)}: " + ", ".join(
                t(f"flag.{letter}", lang) for letter in "bep" if letter in row["flag"]
            ))
        if is_break:
            parts.append(break_note(row, lang))
        if row["kind"] == "benchmark" and row["bench"] == "partners" and pd.notna(row["n_covered"]):
            parts.append(t("fig.of_areas", lang, n=int(row["n_covered"])))
        if row["status"] == "derived":
            parts.append(t("status.derived", lang))
        if row["source"]:
            parts.append(f"{t('fig.source', lang)}: {row['source']}")
        texts.append("<br>".join(parts))
    return texts


def _base_layout(fig: go.Figure, title: str, unit: str, lang: str, from_zero: bool = True) -> go.Figure:
    """Locale separators, title, axis unit, legend and margins shared by every chart."""
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left"},
        separators=SEPARATORS.get(lang, ",."),
        height=HEIGHT,
        margin={"l": 10, "r": 10, "t": 60, "b": 40},
        legend={"orientation": "v", "groupclick": "toggleitem"},
        hovermode="closest",
    )
    # Levels start at zero so bars and lines are not exaggerated; an index is read around 100 instead.
    fig.update_yaxes(title_text=unit, rangemode="tozero" if from_zero else "normal")
    # Labels keep their room in any template: Streamlit's default (the app's) has no automargin.
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)
    return fig


def _series_order(rows: pd.DataFrame) -> list[str]:
    """Areas first (in the order given), then benchmarks."""
    ids = list(dict.fromkeys(rows["series"]))
    kinds = dict(zip(rows["series"], rows["kind"], strict=False))
    return [s for s in ids if kinds[s] == "area"] + [s for s in ids if kinds[s] != "area"]



def _series_trace(
    part_rows: pd.DataFrame,
    years: list[int],
    style: Mapping[str, str],
    breaks_here: pd.Series,
    decimals: int,
    lang: str,
    *,
    name: str,
    hover_name: str,
    width: float,
    sizes: int | list[int],
    marker_line: Mapping[str, object] | None = None,
) -> go.Scatter:
    """One series over the full year grid: gaps stay gaps, flags and breaks as marker symbols, sourced hover."""
    values = part_rows.set_index("year").reindex(years)["value"]
    return go.Scatter(
        x=years,
        y=[None if pd.isna(v) else float(v) for v in values],
        name=name,
        mode="lines+markers",
        connectgaps=False,
        line={"color": style["colour"], "dash": style["dash"], "width": width},
        marker={
            "color": style["colour"],
            "size": sizes,
            "symbol": [symbol(f, b) for f, b in zip(part_rows["flag"], breaks_here, strict=True)],
            "line": dict(marker_line or {"width": 0}),
        },
        customdata=_hover_texts(part_rows, decimals, lang, breaks_here),
        hovertemplate=f"<b>{hover_name}</b> %{{x}}<br>%{{customdata}}<extra></extra>",
    )


def line_chart(
    rows: pd.DataFrame,
    *,
    title: str,
    unit: str,
    decimals: int,
    indicator_id: str,
    norm: str,
    lang: str,
    colour: str = "area",
    body_types: Mapping[str, str] | None = None,
    highlight: Sequence[str] = (),
) -> go.Figure:
    """Lines over time, one trace per area and benchmark; gaps stay gaps, flags and breaks are marked.

    With highlight, the other areas are drawn first in a light grey and each highlighted line is labelled at its end.
    """
    body_types = body_types or {}
    fig = go.Figure()
    years = sorted(int(y) for y in rows["year"].unique())
    census = break_points(rows)
    seen_groups: set[str] = set()
    kinds = dict(zip(rows["series"], rows["kind"], strict=False))
    greyed = {s for s, k in kinds.items() if highlight and k == "area" and s not in highlight}
    order = _series_order(rows)
    for series in [s for s in order if s in greyed] + [s for s in order if s not in greyed]:
        part_rows = rows[rows["series"] == series].sort_values("year")
        breaks_here = census.loc[part_rows.index]
        first = part_rows.iloc[0]
        style = _style(series, first["kind"], first["bench"], colour, body_types, first.get("colour"))
        if series in greyed:  # context, not focus: many lines stay readable
            style = {**style, "colour": GREYED}
        grouped = colour == "body_type" and first["kind"] == "area"
        outline = {"color": OUTLINE, "width": 1} if needs_outline(style["colour"]) else {"width": 0}
        trace = _series_trace(
            part_rows, years, style, breaks_here, decimals, lang,
            name=str(first["label"]),
            hover_name="%{fullData.name}",
            width=1.2 if series in greyed else 2.5 if first["kind"] == "area" else 1.8,
            sizes=[11 if s == "diamond" else 7 for s in map(symbol, part_rows["flag"], breaks_here)],
            marker_line=outline,
        )
        trace.legendgroup = style["group"]
        if grouped and style["group"] not in seen_groups:
            trace.legendgrouptitle = {"text": body_type_label(style["group"], lang)}
            seen_groups.add(style["group"])
        fig.add_trace(trace)
        if series in highlight:
            _end_label(fig, part_rows, str(first["label"]), style["colour"])
    fig.update_xaxes(tickformat="d", dtick=1 if len(years) <= 14 else 2)
    return _base_layout(fig, title, unit, lang, from_zero=norm != "index")


def _end_label(fig: go.Figure, part_rows: pd.DataFrame, label: str, colour: str) -> None:
    """A direct label at the last value of a line, in the line's colour (outlined text where it is light)."""
    drawn = part_rows[part_rows["value"].notna()]
    if drawn.empty:
        return
    last = drawn.iloc[-1]
    fig.add_annotation(
        x=int(last["year"]), y=float(last["value"]), text=f"<b>{label}</b>", showarrow=False, xanchor="left",
        xshift=8, font={"color": OUTLINE if needs_outline(colour) else colour, "size": 12},
        bgcolor="rgba(255,255,255,0.75)",
    )


def _multiples_name(first: pd.Series, group: str, colour: str, lang: str) -> str:
    """Legend name in small multiples: benchmarks by kind (each panel has its own country), areas by type."""
    if first["kind"] == "benchmark":
        return t(f"compare.bench.{first['bench']}", lang)
    return body_type_label(group, lang) if colour == "body_type" else str(first["label"])


def multiples_chart(
    rows: pd.DataFrame,
    *,
    title: str,
    unit: str,
    decimals: int,
    indicator_id: str,
    norm: str,
    lang: str,
    colour: str = "area",
    body_types: Mapping[str, str] | None = None,
) -> go.Figure:
    """One panel per area with its own line, the partner average, EU-27 and the area's own country."""
    body_types = body_types or {}
    areas = [s for s in _series_order(rows) if (rows.loc[rows["series"] == s, "kind"] == "area").all()]
    columns = max(1, min(MULTIPLES_COLUMNS, len(areas)))
    n_rows = max(1, math.ceil(len(areas) / columns))
    labels = [str(rows.loc[rows["series"] == a, "label"].iloc[0]) for a in areas]
    fig = make_subplots(
        rows=n_rows, cols=columns, subplot_titles=labels, shared_xaxes=True,
        shared_yaxes="all" if norm == "index" else False, vertical_spacing=0.12, horizontal_spacing=0.05,
    )
    years = sorted(int(y) for y in rows["year"].unique())
    census = break_points(rows)
    countries = dict(zip(rows["series"], rows["country"], strict=False))
    shown_in_legend: set[str] = set()
    for position, area in enumerate(areas):
        panel = (position // columns + 1, position % columns + 1)
        wanted = [area, "partners", "eu", f"country:{countries.get(area, '')}"]
        for series in wanted:
            part_rows = rows[rows["series"] == series].sort_values("year")
            if part_rows.empty:
                continue
            first = part_rows.iloc[0]
            style = _style(series, first["kind"], first["bench"], colour, body_types, first.get("colour"))
            breaks_here = census.loc[part_rows.index]
            legend_key = first["bench"] or (style["group"] if colour == "body_type" else area)
            trace = _series_trace(
                part_rows, years, style, breaks_here, decimals, lang,
                name=_multiples_name(first, style["group"], colour, lang),
                hover_name=str(first["label"]),
                width=2.2 if first["kind"] == "area" else 1.5,
                sizes=6,
            )
            trace.legendgroup = legend_key
            trace.showlegend = (legend_key not in shown_in_legend and first["kind"] == "benchmark") or (
                colour == "body_type" and legend_key not in shown_in_legend
            )
            fig.add_trace(
                trace,
                row=panel[0],
                col=panel[1],
            )
            shown_in_legend.add(legend_key)
    fig.update_xaxes(tickformat="d")
    fig = _base_layout(fig, title, "", lang)
    fig.update_layout(height=max(HEIGHT, 280 * n_rows + 80))
    fig.update_yaxes(rangemode="normal")
    return fig


def bar_chart(
    rows: pd.DataFrame,
    *,
    title: str,
    unit: str,
    decimals: int,
    indicator_id: str,
    norm: str,
    lang: str,
    colour: str = "area",
    body_types: Mapping[str, str] | None = None,
) -> go.Figure:
    """Ranking in one year: one horizontal bar per area and benchmark, largest on top; missing ones say n/a."""
    body_types = body_types or {}
    census = break_points(rows)
    order = rows.assign(_missing=rows["value"].isna()).sort_values(["_missing", "value"], ascending=[True, False])
    fig = go.Figure()
    categories = []
    seen_groups: set[str] = set()
    for _, row in order.iterrows():
        style = _style(row["series"], row["kind"], row["bench"], colour, body_types, row.get("colour"))
        missing = pd.isna(row["value"])
        category = f"{row['label']} ({t('fig.no_data', lang)})" if missing else str(row["label"])
        categories.append(category)
        shown = format_number(row["value"], decimals, lang)
        flagged = bool(row["flag"]) or bool(census.loc[row.name])
        trace = go.Bar(
            x=[None if missing else float(row["value"])],
            y=[category],
            orientation="h",
            name=str(row["label"]),
            marker={
                "color": style["colour"],
                **({"pattern": flag_pattern(style["colour"])} if flagged else {}),
                "line": {"color": OUTLINE, "width": 1 if needs_outline(style["colour"]) else 0},
            },
            text=[(shown + (f" ({row['flag']})" if row["flag"] else "")) if shown else ""],
            textposition="outside",
            cliponaxis=False,
            customdata=_hover_texts(order.loc[[row.name]], decimals, lang, census.loc[[row.name]]),
            hovertemplate="<b>%{y}</b><br>%{customdata}<extra></extra>",
            legendgroup=style["group"],
            showlegend=colour == "body_type" and row["kind"] == "area" and style["group"] not in seen_groups,
        )
        if colour == "body_type" and row["kind"] == "area":
            trace.name = body_type_label(style["group"], lang)
            seen_groups.add(style["group"])
        fig.add_trace(trace)
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(categories)), type="category",
                     ticklabelstandoff=6)
    fig = _base_layout(fig, title, "", lang)
    fig.update_xaxes(title_text=unit)
    fig.update_layout(
        barmode="overlay", showlegend=colour == "body_type", height=max(360, 48 * len(categories) + 120),
        legend={"orientation": "h", "y": -0.15}, margin={"l": 10, "r": 90, "t": 60, "b": 40},
    )
    return fig


def scatter_chart(
    y_rows: pd.DataFrame,
    x_rows: pd.DataFrame,
    *,
    title: str,
    y_unit: str,
    x_unit: str,
    y_decimals: int,
    x_decimals: int,
    lang: str,
    colour: str = "area",
    body_types: Mapping[str, str] | None = None,
) -> go.Figure:
    """Two indicators in one year: one labelled point per area (and benchmark) that has both values."""
    body_types = body_types or {}
    both = y_rows.merge(
        x_rows.reindex(columns=["series", "value", "flag", "source", "nuts_code", "region"], fill_value=""),
        on="series", suffixes=("", "_x"), how="inner",
    )
    both = both[both["value"].notna() & both["value_x"].notna()]
    fig = go.Figure()
    seen_groups: set[str] = set()
    for series in _series_order(y_rows):
        point = both[both["series"] == series]
        if point.empty:
            continue
        row = point.iloc[0]
        style = _style(series, row["kind"], row["bench"], colour, body_types, row.get("colour"))
        flags = "".join(sorted(set(str(row["flag"]) + str(row["flag_x"]))))
        regions = [f"y: {line}" for line in region_lines(row, lang)] + [
            f"x: {line}" for line in region_lines(
                {"kind": row["kind"], "value": row["value_x"], "nuts_code": row["nuts_code_x"],
                 "region": row["region_x"]}, lang)
        ]
        hover = (
            f"y: {format_number(row['value'], y_decimals, lang)}"
            f" · x: {format_number(row['value_x'], x_decimals, lang)}"
            + "".join(f"<br>{line}" for line in regions)
            + (f"<br>{t('fig.flag', lang)}: {flags}" if flags else "")
            + f"<br>{t('fig.source', lang)}: {row['source']}; {row['source_x']}"
        )
        trace = go.Scatter(
            x=[float(row["value_x"])],
            y=[float(row["value"])],
            name=str(row["label"]),
            mode="markers+text" if row["kind"] == "area" else "markers",
            text=[str(row["label"])] if row["kind"] == "area" else None,
            textposition="top center",
            marker={
                "color": style["colour"], "size": 14 if row["kind"] == "area" else 11,
                "symbol": symbol(flags, False) if row["kind"] == "area" else "square",
                "line": {"color": "#333333", "width": 1},
            },
            customdata=[hover],
            hovertemplate="<b>%{fullData.name}</b><br>%{customdata}<extra></extra>",
            legendgroup=style["group"],
        )
        if colour == "body_type" and row["kind"] == "area" and style["group"] not in seen_groups:
            trace.legendgrouptitle = {"text": body_type_label(style["group"], lang)}
            seen_groups.add(style["group"])
        fig.add_trace(trace)
    fig = _base_layout(fig, title, y_unit, lang)
    fig.update_xaxes(title_text=x_unit)
    fig.update_yaxes(rangemode="normal")
    return fig
