"""Compare figures as plotly.graph_objects (no Plotly Express, no Streamlit): ranking, lines, multiples, scatter.

Rows come from dashboard.series (complete year grid, labelled by captions.with_labels): a missing value is None in
the figure and lines never bridge it (connectgaps=False); producer flags and census breaks get their own marker.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard.figures import labels
from dashboard.figures.captions import break_note, break_points, partner_hover, region_lines
from dashboard.figures.palette import (
    BENCHMARK_GREYS,
    BODY_TYPE_COLOURS,
    BODY_TYPE_MARKS,
    NO_COLOUR,
    OUTLINE,
    needs_outline,
    readable_text,
)
from dashboard.figures.style import SEPARATORS, body_type_label
from dashboard.i18n import t
from dashboard.i18n.fmt import format_number, in_source_language

BENCH_DASH = {"partners": "dash", "country": "dot", "eu": "dashdot"}
TOTALS = ("country", "eu")  # benchmarks that are totals of other territories, not averages of the areas
LABEL_FONT = 12
BAR_MAX_HEIGHT = 600
LEADER_PX = 14  # length of the leader from a line's end to its label
MAX_LABEL_PX = 220
HEIGHT = 520
PLOT_PX = HEIGHT - 60 - 40  # the plot area's height inside the margins of _base_layout
SCATTER_PLOT_PX = 720  # the narrowest plot area a scatter is drawn at (the page at 1280 px): labels placed for it
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
    """Colour, dash, legend group and second cue (mark) of a series: area colours or body type, greys for benchmarks."""
    if kind == "benchmark":
        grey = BENCHMARK_GREYS.get(bench, "#8C8C8C")
        return {"colour": grey, "dash": BENCH_DASH.get(bench, "dash"), "group": bench, "mark": ""}
    if colour == "body_type":
        code = body_types.get(series) or NO_BODY_TYPE
        if code not in BODY_TYPE_COLOURS:
            code = NO_BODY_TYPE
        return {"colour": BODY_TYPE_COLOURS[code], "dash": "solid", "group": code, "mark": BODY_TYPE_MARKS[code]}
    return {"colour": own if isinstance(own, str) and own else NO_COLOUR, "dash": "solid", "group": series, "mark": ""}


def marked(text: str, mark: str) -> str:
    """A label followed by its body type's shape (the cue beside colour), or the label alone."""
    return f"{text} {mark}" if mark else text


def type_title(group: str, mark: str, lang: str) -> str:
    """A body type's legend entry: its shape, then its label marked † as the project's classification."""
    return f"{mark} {body_type_label(group, lang)}"



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
            parts.append(f"{t('fig.source', lang)}: {in_source_language(row['source'], lang)}")
        parts += partner_hover(row, lang)
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


def splits_totals(rows: pd.DataFrame, level: bool, norm: str) -> bool:
    """True if country or EU-27 totals go on their own panel: a level indicator (catalogue: summable) as is.

    Totals of a level (EU-27's 450 M people) dwarf every area; on one axis the areas flatten to zero. The partner
    average is an average of areas, so it stays with them.
    """
    return level and norm == "none" and bool(rows["bench"].isin(TOTALS).any())


def _last_value(part_rows: pd.DataFrame) -> float:
    """The series' last drawn value (-inf when it has none): lines and legends go in this order."""
    drawn = part_rows["value"].dropna()
    return float(drawn.iloc[-1]) if not drawn.empty else -math.inf


def _panel_range(values: Sequence[float], from_zero: bool) -> list[float]:
    """An explicit y range for a panel (so direct labels can be placed in pixels): from zero for levels."""
    finite = [v for v in values if v is not None and not math.isnan(v)]
    if not finite:
        return [0.0, 1.0]
    low, high = min(finite), max(finite)
    if from_zero:
        low, high = min(0.0, low), max(0.0, high)
    pad = (high - low) * 0.06 or abs(high) * 0.1 or 1.0
    return [low if from_zero and low == 0 else low - pad, high + pad]


def text_colour(colour: str) -> str:
    """The colour of a direct label: the line's own hue, darkened just enough for 4.5:1 contrast on white."""
    if not (len(colour) == 7 and colour.startswith("#")):
        return OUTLINE  # a named or rgba colour (benchmark greys): the outline's dark grey
    return readable_text(colour)


def _end_labels(
    fig: go.Figure, ends: list[tuple[str, int, float, str]], y_range: list[float], panel_px: float,
    row: int | None = None,
) -> float:
    """Direct labels at the lines' ends (as OWID Grapher), spread apart with a leader; return their widest px.

    Offsets are in pixels, computed for the smallest panel the figure is drawn at: on a taller image the labels
    only move further apart.
    """
    if not ends:
        return 0.0
    to_px = panel_px / (y_range[1] - y_range[0])
    wanted = [(value - y_range[0]) * to_px for _, _, value, _ in ends]
    placed = labels.spread(wanted, LABEL_FONT * labels.LABEL_GAP, 0, panel_px)
    for (text, x, value, colour), want, got in zip(ends, wanted, placed, strict=True):
        fig.add_annotation(
            x=x, y=value, text=text, name=labels.END_LABEL, showarrow=True, arrowhead=0, arrowwidth=0.8,
            arrowcolor="#9A9A9A",
            ax=LEADER_PX, ay=-(got - want), xanchor="left", yanchor="middle",
            font={"color": text_colour(colour), "size": LABEL_FONT},
            **({"row": row, "col": 1} if row else {}),
        )
    plain = [re.sub(r"<[^>]+>", "", text) for text, _, _, _ in ends]
    return max(labels.text_width(text, LABEL_FONT) for text in plain) + LEADER_PX


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
    level: bool = False,
) -> go.Figure:
    """Lines over time, one trace per area and benchmark, each labelled at its end; gaps stay gaps, flags marked.

    Traces (and the legend, shown only for body types) go in the order of their last value, largest first. With
    highlight, the other areas are drawn first in a light grey, unlabelled. A level indicator's country and EU-27
    totals get their own panel below, with their own scale (splits_totals).
    """
    body_types = body_types or {}
    split = splits_totals(rows, level, norm)
    from_zero = norm != "index"
    if split:
        fig = make_subplots(
            rows=2, cols=1, shared_xaxes=True, row_heights=[0.6, 0.4], vertical_spacing=0.12,
            subplot_titles=[t("fig.panel.areas", lang), t("fig.panel.totals", lang)],
        )
        for note in fig.layout.annotations:
            note.update(x=0, xanchor="left", font={"size": 13})
    else:
        fig = go.Figure()
    years = sorted(int(y) for y in rows["year"].unique())
    census = break_points(rows)
    seen_groups: set[str] = set()
    kinds = dict(zip(rows["series"], rows["kind"], strict=False))
    greyed = {s for s, k in kinds.items() if highlight and k == "area" and s not in highlight}
    parts = {s: rows[rows["series"] == s].sort_values("year") for s in _series_order(rows)}
    order = sorted(parts, key=lambda s: (s not in greyed, _last_value(parts[s])), reverse=True)
    order = [s for s in order if s in greyed] + [s for s in order if s not in greyed]  # grey lines drawn beneath
    ends: dict[int, list[tuple[str, int, float, str]]] = {1: [], 2: []}
    values: dict[int, list[float]] = {1: [], 2: []}
    for series in order:
        part_rows = parts[series]
        breaks_here = census.loc[part_rows.index]
        first = part_rows.iloc[0]
        panel = 2 if split and first["bench"] in TOTALS else 1
        style = _style(series, first["kind"], first["bench"], colour, body_types, first.get("colour"))
        if series in greyed:  # context, not focus: many lines stay readable
            style = {**style, "colour": GREYED}
        grouped = colour == "body_type" and first["kind"] == "area"
        trace = _series_trace(
            part_rows, years, style, breaks_here, decimals, lang,
            name=marked(str(first["label"]), style["mark"]),
            hover_name="%{fullData.name}",
            width=1.2 if series in greyed else 2.5 if first["kind"] == "area" else 1.8,
            sizes=[11 if s == "diamond" else 7 for s in map(symbol, part_rows["flag"], breaks_here)],
            marker_line=marker_line(style["colour"]),
        )
        trace.legendgroup = style["group"]
        trace.showlegend = colour == "body_type"
        if grouped and style["group"] not in seen_groups:
            trace.legendgrouptitle = {"text": type_title(style["group"], style["mark"], lang)}
            seen_groups.add(style["group"])
        if split:
            fig.add_trace(trace, row=panel, col=1)
        else:
            fig.add_trace(trace)
        values[panel] += [float(v) for v in part_rows["value"].dropna()]
        if series not in greyed and _last_value(part_rows) > -math.inf:
            last_year = int(part_rows.loc[part_rows["value"].notna(), "year"].iloc[-1])
            label = (f"<b>{marked(str(first['label']), style['mark'])}</b>" if first["kind"] == "area"
                     else str(first["label"]))  # areas stand out from benchmarks
            ends[panel].append((label, last_year, _last_value(part_rows), style["colour"]))
    # An explicit x range: the direct labels sit in the right margin and must not widen the axis.
    fig.update_xaxes(tickformat="d", dtick=1 if len(years) <= 14 else 2,
                     range=[years[0] - 0.3, years[-1] + 0.3] if years else None)
    fig = _base_layout(fig, title, unit, lang, from_zero=from_zero)
    heights = {1: PLOT_PX * 0.6 * 0.88, 2: PLOT_PX * 0.4 * 0.88} if split else {1: PLOT_PX}
    widest = 0.0
    for panel, panel_px in heights.items():
        y_range = _panel_range(values[panel], from_zero)
        if split:
            fig.update_yaxes(range=y_range, row=panel, col=1)
        else:
            fig.update_yaxes(range=y_range)
        widest = max(widest, _end_labels(fig, ends[panel], y_range, panel_px, panel if split else None))
    if split:
        fig.update_yaxes(title_text="", row=2, col=1)
    fig.update_layout(margin={"r": int(min(widest, MAX_LABEL_PX)) + 24})
    return fig


def _multiples_name(first: pd.Series, group: str, colour: str, lang: str) -> str:
    """Legend name in small multiples: benchmarks by kind (each panel has its own country), areas by type."""
    if first["kind"] == "benchmark":
        return t(f"compare.bench.{first['bench']}", lang)
    return type_title(group, BODY_TYPE_MARKS[group], lang) if colour == "body_type" else str(first["label"])


def multiples_scale(rows: pd.DataFrame, norm: str) -> str:
    """How the panels' shared y-axis is scaled: 'index' (around 100), 'signed' (values below zero) or 'zero'."""
    if norm == "index":
        return "index"
    return "signed" if (rows["value"].dropna() < 0).any() else "zero"


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
    level: bool = False,
) -> go.Figure:
    """One panel per area with its own line, the partner average, EU-27 and the area's own country.

    Every panel shares one y-axis (from zero unless an index or values below zero; multiples_scale says which), so
    a small change never looks like a boom. A level's country and EU-27 totals are left out (splits_totals).
    """
    body_types = body_types or {}
    if splits_totals(rows, level, norm):
        rows = rows[~rows["bench"].isin(TOTALS)]
    areas = [s for s in _series_order(rows) if (rows.loc[rows["series"] == s, "kind"] == "area").all()]
    columns = max(1, min(MULTIPLES_COLUMNS, len(areas)))
    n_rows = max(1, math.ceil(len(areas) / columns))
    labels_ = [marked(str(rows.loc[rows["series"] == a, "label"].iloc[0]),
                      _style(a, "area", "", colour, body_types, None)["mark"]) for a in areas]
    fig = make_subplots(
        rows=n_rows, cols=columns, subplot_titles=labels_, shared_xaxes=True, shared_yaxes="all",
        vertical_spacing=0.12, horizontal_spacing=0.04,
    )
    years = sorted(int(y) for y in rows["year"].unique())
    census = break_points(rows)
    countries = dict(zip(rows["series"], rows["country"], strict=False))
    shown_in_legend: set[str] = set()
    for position, area in enumerate(areas):
        panel = (position // columns + 1, position % columns + 1)
        wanted = [f"country:{countries.get(area, '')}", "eu", "partners", area]  # the area's own line on top
        for series in wanted:
            part_rows = rows[rows["series"] == series].sort_values("year")
            if part_rows.empty:
                continue
            first = part_rows.iloc[0]
            style = _style(series, first["kind"], first["bench"], colour, body_types, first.get("colour"))
            breaks_here = census.loc[part_rows.index]
            legend_key = first["bench"] or (style["group"] if colour == "body_type" else area)
            if first["bench"] == "country":
                legend_key = "country"
            trace = _series_trace(
                part_rows, years, style, breaks_here, decimals, lang,
                name=_multiples_name(first, style["group"], colour, lang),
                hover_name=str(first["label"]),
                width=2.2 if first["kind"] == "area" else 1.5,
                sizes=6,
                marker_line=marker_line(style["colour"]),
            )
            trace.legendgroup = legend_key
            trace.showlegend = (legend_key not in shown_in_legend and first["kind"] == "benchmark") or (
                colour == "body_type" and legend_key not in shown_in_legend
            )
            fig.add_trace(trace, row=panel[0], col=panel[1])
            shown_in_legend.add(legend_key)
    fig.update_xaxes(tickformat="d")
    fig = _base_layout(fig, title, "", lang)
    fig.update_layout(height=max(HEIGHT, 240 * n_rows + 80), legend={"orientation": "h", "y": -0.12})
    scale = multiples_scale(rows, norm)
    fig.update_yaxes(rangemode="tozero" if scale == "zero" else "normal", zeroline=scale == "signed")
    return fig


def _legend_rows(rows: pd.DataFrame, census: pd.Series, colour: str, body_types: Mapping[str, str]) -> dict:
    """Per body type, the bar that carries its legend entry: an unhatched one where there is one.

    The legend's swatch copies its bar, and a hatched swatch would say the whole type is flagged.
    """
    carriers: dict[str, object] = {}
    for index, row in rows[rows["kind"] == "area"].iterrows():
        group = _style(row["series"], "area", "", colour, body_types, None)["group"]
        flagged = bool(row["flag"]) or bool(census.loc[index])
        if group not in carriers or (not flagged and carriers[group][1]):
            carriers[group] = (index, flagged)
    return {group: index for group, (index, _) in carriers.items()}


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
    level: bool = False,
) -> go.Figure:
    """Ranking in one year: one horizontal bar per area and benchmark, largest on top; missing ones say n/a.

    Flagged values are hatched over their own colour. A level's country and EU-27 totals are ranked on a panel of
    their own below, with their own scale (splits_totals).
    """
    body_types = body_types or {}
    census = break_points(rows)
    split = splits_totals(rows, level, norm)
    order = rows.assign(_missing=rows["value"].isna()).sort_values(["_missing", "value"], ascending=[True, False])
    panels = {1: order[~order["bench"].isin(TOTALS)], 2: order[order["bench"].isin(TOTALS)]} if split else {1: order}
    if split:
        counts = [max(len(panels[1]), 1), max(len(panels[2]), 1)]
        fig = make_subplots(
            rows=2, cols=1, row_heights=[c / sum(counts) for c in counts], vertical_spacing=0.16,
            subplot_titles=[t("fig.panel.areas", lang), t("fig.panel.totals", lang)],
        )
        for note in fig.layout.annotations:
            note.update(x=0, xanchor="left", font={"size": 13})
    else:
        fig = go.Figure()
    legend_rows = _legend_rows(order, census, colour, body_types) if colour == "body_type" else {}
    n_categories = 0
    for panel, part in panels.items():
        categories = []
        for _, row in part.iterrows():
            style = _style(row["series"], row["kind"], row["bench"], colour, body_types, row.get("colour"))
            missing = pd.isna(row["value"])
            name = marked(str(row["label"]), style["mark"])
            category = f"{name} ({t('fig.no_data', lang)})" if missing else name
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
                showlegend=legend_rows.get(style["group"]) == row.name,
            )
            if colour == "body_type" and row["kind"] == "area":
                trace.name = type_title(style["group"], style["mark"], lang)
            if split:
                fig.add_trace(trace, row=panel, col=1)
            else:
                fig.add_trace(trace)
        axis = {"categoryorder": "array", "categoryarray": list(reversed(categories)), "type": "category",
                "ticklabelstandoff": 6}
        if split:
            fig.update_yaxes(axis, row=panel, col=1)
        else:
            fig.update_yaxes(axis)
        n_categories += len(categories)
    fig = _base_layout(fig, title, "", lang)
    if split:
        fig.update_xaxes(title_text=unit, row=2, col=1)
        fig.update_xaxes(title_text=unit, row=1, col=1)
    else:
        fig.update_xaxes(title_text=unit)
    fig.update_layout(
        barmode="overlay", showlegend=colour == "body_type",
        # fits a 720 px projector screen: bars get thinner, never taller than BAR_MAX_HEIGHT together
        height=max(320, min(BAR_MAX_HEIGHT, 30 * n_categories + (190 if split else 130))),
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
    points = [both[both["series"] == s].iloc[0] for s in _series_order(y_rows) if (both["series"] == s).any()]
    # Explicit ranges, so that labels can be placed in pixels: each on the side of its point where it is clear.
    x_range = _panel_range([float(r["value_x"]) for r in points], from_zero=False)
    y_range = _panel_range([float(r["value"]) for r in points], from_zero=False)
    marks = [_style(r["series"], r["kind"], r["bench"], colour, body_types, r.get("colour"))["mark"] for r in points]
    texts = [marked(str(r["label"]), mark) for r, mark in zip(points, marks, strict=True)]
    sides = labels.place(
        [((float(r["value_x"]) - x_range[0]) / (x_range[1] - x_range[0]) * SCATTER_PLOT_PX,
          (float(r["value"]) - y_range[0]) / (y_range[1] - y_range[0]) * PLOT_PX) for r in points],
        texts, LABEL_FONT, (SCATTER_PLOT_PX, PLOT_PX),
    )
    fig = go.Figure()
    seen_groups: set[str] = set()
    for row, side, text in zip(points, sides, texts, strict=True):
        style = _style(row["series"], row["kind"], row["bench"], colour, body_types, row.get("colour"))
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
            + f"<br>{t('fig.source', lang)}: {in_source_language(row['source'], lang)}; "
            + in_source_language(row["source_x"], lang)
        )
        trace = go.Scatter(
            x=[float(row["value_x"])],
            y=[float(row["value"])],
            name=str(row["label"]),
            mode="markers+text",  # every point labelled, benchmarks too (countries by name)
            text=[text],
            textposition=side,
            textfont={"color": text_colour(style["colour"]), "size": LABEL_FONT},
            marker={
                "color": style["colour"], "size": 14 if row["kind"] == "area" else 11,
                "symbol": symbol(flags, False) if row["kind"] == "area" else "square",
                "line": {"color": OUTLINE, "width": 1},
            },
            customdata=[hover],
            hovertemplate="<b>%{fullData.name}</b><br>%{customdata}<extra></extra>",
            legendgroup=style["group"],
            showlegend=colour == "body_type",
        )
        if colour == "body_type" and row["kind"] == "area" and style["group"] not in seen_groups:
            trace.legendgrouptitle = {"text": type_title(style["group"], style["mark"], lang)}
            seen_groups.add(style["group"])
        fig.add_trace(trace)
    fig = _base_layout(fig, title, y_unit, lang)
    fig.update_xaxes(title_text=x_unit, range=x_range)
    fig.update_yaxes(rangemode="normal", range=y_range)
    return fig
