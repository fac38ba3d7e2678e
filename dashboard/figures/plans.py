"""Strategic-plan figures (Plotly, no Streamlit): the plan timeline and the plans × themes matrix."""

from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go

from dashboard.cards.celltext import is_missing, status_label
from dashboard.cards.names import area_names
from dashboard.cards.plan_cards import axis_text, plan_title, working_title
from dashboard.data import vocab
from dashboard.figures.palette import NO_COLOUR, area_colours
from dashboard.figures.style import AXIS_TEXT, area_tick, readable_axes, short_names
from dashboard.i18n import t
from dashboard.i18n.fmt import in_source_language

# The common theme list, in the order the project presents it.
THEME_ORDER = vocab.PLAN_THEMES_ORDER
# Status is drawn as a fill pattern (colour stays the area's): solid in force, hatched in preparation, dotted past.
STATUS_PATTERN = {"in_force": "", "in_preparation": "/", "superseded": ".", "ended": ".", "unclear": "x"}
STATUS_OPACITY = {"in_force": 1.0, "in_preparation": 0.9, "superseded": 0.45, "ended": 0.45, "unclear": 0.7}
STATUS_ORDER = ("in_force", "in_preparation", "unclear", "superseded", "ended")
LEGEND_GREY = "#6E6E6E"
ROW_HEIGHT = 24
TIMELINE_CHROME = 150  # px around the rows: legend, both year axes and the axis title
THEME_SCALE = [[0.0, "#FFFFFF"], [0.001, "#DEEBF7"], [1.0, "#08519C"]]  # 0 axes stays white


def _year(value: object) -> int | None:
    return None if is_missing(value) else int(value)


def plan_spans(plans: pd.DataFrame) -> pd.DataFrame:
    """Return per plan its drawn span: start (adoption, else horizon start), end (horizon end) and the shape."""
    rows = []
    for _, plan in plans.iterrows():
        adoption, h_start = _year(plan["adoption_year"]), _year(plan["horizon_start"])
        h_end = _year(plan["horizon_end"])
        start = adoption if adoption is not None else h_start
        start_kind = "adoption" if adoption is not None else ("horizon_start" if h_start is not None else None)
        if start is not None and h_end is not None and h_end >= start:
            shape = "bar"
        elif start is not None:
            shape = "start_only"
        elif h_end is not None:
            shape = "end_only"
        else:
            shape = "none"
        rows.append({"plan_id": plan["plan_id"], "start": start, "end": h_end, "start_kind": start_kind,
                     "shape": shape})
    return pd.DataFrame(rows, columns=["plan_id", "start", "end", "start_kind", "shape"])


def edition_label(edition: object) -> str:
    """Return a short edition label for a bar ('ed. 2'), or '' when the edition is not a plain number."""
    match = re.match(r"\s*(\d+)\b", "" if is_missing(edition) else str(edition))
    return f"ed. {match.group(1)}" if match else ""


# Where a long title may be cut before its ellipsis: after a clause, before a parenthesis, else between words.
_CLAUSE_BREAKS = (" - ", " – ", ", ", " (", ": ")


def cut_label(name: str, width: int) -> str:
    """Return name cut to at most width characters at a clause or word boundary, with an ellipsis when cut."""
    if len(name) <= width:
        return name
    head = name[: width - 1]
    # A clause break in the second half of the room reads better than a cut mid-phrase ("… 2035 (CSB2035)…").
    clause = max(head.rfind(mark) for mark in _CLAUSE_BREAKS)
    cut = clause if clause >= width // 2 else head.rfind(" ")
    return (head[:cut] if cut > 0 else head).rstrip(" ,:;-–(") + "…"


def plan_label(plan: pd.Series, lang: str, width: int = 40) -> str:
    """Return a plan's short axis label: its title in lang (plans.csv name_en / name_it), cut to width characters."""
    name, _ = plan_title(plan, lang)
    return cut_label(name, width)


def plan_labels(plans: pd.DataFrame, lang: str, width: int = 40) -> dict[str, str]:
    """Return each plan's axis label by plan_id, cut no shorter than needed to tell an area's plans apart."""
    labels: dict[str, str] = {}
    for _, group in plans.groupby("area_id", sort=False):
        room = width
        while True:  # two editions of one plan differ late in the title ("… 2021-2023" / "… 2024-2026")
            cut = {p["plan_id"]: plan_label(p, lang, room) for _, p in group.iterrows()}
            names = {p["plan_id"]: plan_title(p, lang)[0] for _, p in group.iterrows()}
            if len(set(cut.values())) == len(cut) or all(cut[k] == names[k] for k in cut):
                break
            room += 4
        labels.update(cut)
    return labels


def _hover(plan: pd.Series, span: pd.Series, area_name: str, lang: str) -> str:
    na = t("na", lang)

    def text(column: str) -> str:  # the research's text, marked (EN) on an Italian page
        return na if is_missing(plan[column]) else in_source_language(plan[column], lang)

    adoption = na if is_missing(plan["adoption_year"]) else str(int(plan["adoption_year"]))
    title = working_title(plan, lang)
    # The titles are never cut (the axis label may be); the research's free text is, to keep the box on screen.
    titles = [f"<b>{plan['name_local']}</b>", *([title] if title else [])]
    parts = [
        area_name,
        f"{t('plans.col.type', lang)}: {text('plan_type')}",
        f"{t('plans.col.edition', lang)}: {text('edition')}",
        f"{t('plans.col.adoption', lang)}: {adoption}",
        f"{t('plans.col.horizon', lang)}: {text('horizon')}",
        f"{t('plans.col.status', lang)}: {status_label(plan['status_class'], lang)} ({text('status')})",
        t(f"plans.span.{span['shape']}", lang),
        t("gov.heat.source", lang, url=plan["source_url"]),
    ]
    return "<br>".join([*titles, *(str(p)[:160] for p in parts)])


def plan_timeline(plans: pd.DataFrame, areas: pd.DataFrame, lang: str) -> go.Figure:
    """Return the plan timeline: one row group per area, one bar per plan from adoption to horizon end."""
    names = area_names(areas, lang, full=True)
    short = short_names(areas, lang)
    colours = area_colours(areas)
    order = {a: i for i, a in enumerate(areas["area_id"])}
    spans = plan_spans(plans).set_index("plan_id")
    shown = plans[plans["plan_id"].map(lambda p: spans.loc[p, "shape"] != "none")]
    shown = shown.assign(_o=shown["area_id"].map(order)).sort_values(["_o", "adoption_year"], kind="stable")
    figure = go.Figure()
    # Multicategory axes order rows by first appearance across traces: one empty trace fixes area/plan order.
    label = plan_labels(plans, lang)
    rows_y = [[short[a] for a in shown["area_id"]], [label[p] for p in shown["plan_id"]]]
    figure.add_trace(go.Scatter(x=[None] * len(shown), y=rows_y, mode="markers", showlegend=False, hoverinfo="skip"))
    for status in STATUS_ORDER:
        rows = shown[shown["status_class"] == status]
        bars = rows[rows["plan_id"].map(lambda p: spans.loc[p, "shape"] == "bar")]
        if not bars.empty:
            figure.add_trace(go.Bar(
                orientation="h",
                y=[[short[a] for a in bars["area_id"]], [label[p] for p in bars["plan_id"]]],
                base=[spans.loc[p, "start"] for p in bars["plan_id"]],
                x=[spans.loc[p, "end"] - spans.loc[p, "start"] + 1 for p in bars["plan_id"]],
                marker={"color": [colours.get(a, NO_COLOUR) for a in bars["area_id"]],
                        "pattern": {"shape": STATUS_PATTERN[status], "fgcolor": "white", "solidity": 0.4,
                                    "fillmode": "overlay"},
                        "line": {"color": "#333333", "width": 1}, "opacity": STATUS_OPACITY[status]},
                text=[edition_label(e) for e in bars["edition"]], textposition="inside", insidetextanchor="start",
                hovertext=[_hover(p, spans.loc[p["plan_id"]], names[p["area_id"]], lang) for _, p in bars.iterrows()],
                hoverinfo="text", name=t(f"plan_status.{status}", lang), legendgroup=status, showlegend=False,
            ))
        points = rows[rows["plan_id"].map(lambda p: spans.loc[p, "shape"] in {"start_only", "end_only"})]
        if not points.empty:
            kinds = [spans.loc[p, "shape"] for p in points["plan_id"]]
            figure.add_trace(go.Scatter(
                mode="markers",
                y=[[short[a] for a in points["area_id"]], [label[p] for p in points["plan_id"]]],
                x=[spans.loc[p, "start"] if k == "start_only" else spans.loc[p, "end"] + 1
                   for p, k in zip(points["plan_id"], kinds, strict=True)],
                marker={"color": [colours.get(a, NO_COLOUR) for a in points["area_id"]],
                        "symbol": ["triangle-right" if k == "start_only" else "triangle-left" for k in kinds],
                        "size": 14, "line": {"color": "#333333", "width": 1}, "opacity": STATUS_OPACITY[status]},
                hovertext=[_hover(p, spans.loc[p["plan_id"]], names[p["area_id"]], lang)
                           for _, p in points.iterrows()],
                hoverinfo="text", name=t(f"plan_status.{status}", lang), legendgroup=status, showlegend=False,
            ))
        if not rows.empty:  # legend entry in grey: the pattern, not the colour, encodes the status
            figure.add_trace(go.Bar(
                x=[None], y=[[None], [None]], orientation="h", name=status_label(status, lang),
                marker={"color": LEGEND_GREY,
                        "pattern": {"shape": STATUS_PATTERN[status], "fgcolor": "white", "fillmode": "overlay"},
                        "opacity": STATUS_OPACITY[status]},
                legendgroup=status, showlegend=True, hoverinfo="skip",
            ))
    # The years on top as well as below (as Gantt charts do): on a 1280x720 projector the top ones are in the first
    # screen. A second x axis mirrors the first; an axis shows only with a trace on it, hence the empty one.
    figure.add_trace(go.Scatter(x=[None], y=[[None], [None]], xaxis="x2", mode="markers", showlegend=False,
                                hoverinfo="skip"))
    year_axis = {"dtick": 5, "showgrid": True, "gridcolor": "#E5E5E5", "automargin": True}
    figure.update_layout(
        barmode="overlay",
        # ROW_HEIGHT px a plan: 14 px labels with room to breathe, the whole set of areas in about a screen.
        height=TIMELINE_CHROME + ROW_HEIGHT * len(shown),
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        # automargin: the area and plan names need their room in any template (Streamlit's default has none)
        xaxis={**year_axis, "title": {"text": t("plans.timeline.x", lang)}},
        xaxis2={**year_axis, "overlaying": "x", "matches": "x", "side": "top", "showgrid": False},
        yaxis={"autorange": "reversed", "automargin": True},
        # Above the top years, in the figure's own top margin (container coordinates keep it off the ticks).
        legend={"orientation": "h", "yref": "container", "y": 1, "yanchor": "top", "x": 0, "xanchor": "left",
                "title": {"text": t("plans.col.status", lang), "font": AXIS_TEXT}, "font": AXIS_TEXT},
        plot_bgcolor="white",
    )
    return readable_axes(figure)


def theme_matrix(themes: pd.DataFrame, plans: pd.DataFrame, areas: pd.DataFrame, lang: str) -> go.Figure:
    """Return a plans × themes heatmap: how many of each plan's axes the project mapped to each theme."""
    order = {a: i for i, a in enumerate(areas["area_id"])}
    names = area_names(areas, lang, full=True)
    colours = area_colours(areas)
    mapped = plans[plans["plan_id"].isin(set(themes["plan_id"]))]
    mapped = mapped.assign(_o=mapped["area_id"].map(order)).sort_values(["_o", "adoption_year"], kind="stable")
    z, text, custom = [], [], []
    for _, plan in mapped.iterrows():
        own = themes[themes["plan_id"] == plan["plan_id"]]
        z_row, text_row, custom_row = [], [], []
        for theme in THEME_ORDER:
            hits = own[own["theme"] == theme]
            axes = "<br>".join(f"{r.axis_no}. {axis_text(str(r.axis_name)[:70], r.language, lang)}"
                               for r in hits.itertuples())
            sources = " ; ".join(dict.fromkeys(hits["source_url"].dropna().astype(str)))
            z_row.append(len(hits))
            text_row.append(str(len(hits)) if len(hits) else "")
            custom_row.append([plan["name_local"], names[plan["area_id"]], axes or t("plans.themes.none", lang),
                               t("gov.heat.source", lang, url=sources) if sources else ""])
        z.append(z_row)
        text.append(text_row)
        custom.append(custom_row)
    label = plan_labels(plans, lang)
    ticks = [area_tick(label[p["plan_id"]], colours.get(p["area_id"], NO_COLOUR)) for _, p in mapped.iterrows()]
    figure = go.Figure(go.Heatmap(
        z=z, x=[f"{t(f'theme.{theme}', lang)} †" for theme in THEME_ORDER], y=ticks, text=text,
        texttemplate="%{text}", customdata=custom, colorscale=THEME_SCALE, zmin=0, xgap=2, ygap=2,
        hovertemplate=(
            "<b>%{customdata[0]}</b><br>%{customdata[1]}<br>%{x}: %{z} " + t("plans.themes.axes", lang)
            + " (" + t("plans.themes.classified", lang) + ")<br>%{customdata[2]}<br>%{customdata[3]}<extra></extra>"
        ),
        colorbar={"title": {"text": t("plans.themes.axes", lang), "font": AXIS_TEXT}, "tickfont": AXIS_TEXT,
                  "dtick": 1, "lenmode": "pixels", "len": 140},
    ))
    figure.update_layout(
        height=140 + 34 * len(mapped),
        margin={"l": 10, "r": 10, "t": 60, "b": 10},
        xaxis={"side": "top"},
        yaxis={"autorange": "reversed"},
        plot_bgcolor="white",
    )
    return readable_axes(figure)
