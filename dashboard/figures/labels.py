"""Simple label placement for direct labels: line ends spread apart, point labels on a free side (pixels)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import plotly.graph_objects as go

END_LABEL = "end_label"  # the name of a line's direct label (an annotation), so that a resized figure can re-spread it
LABEL_GAP = 1.25  # line ends' labels at least this many font sizes apart
CHAR_PX = 0.58  # mean glyph width of the default sans-serif font, as a share of the font size
SIDES = ("top center", "bottom center", "middle right", "middle left", "top right", "top left", "bottom right",
         "bottom left")


def text_width(text: str, size: float) -> float:
    """Return the estimated width in px of one line of text at a font size (no font metrics server-side)."""
    return len(text) * size * CHAR_PX


def spread(wanted: Sequence[float], gap: float, low: float, high: float) -> list[float]:
    """Return positions (px, upwards) near the wanted ones, at least gap apart and within [low, high], same order.

    Labels at line ends overlap when the lines end close together: each one moves as little as needed.
    """
    if not wanted:
        return []
    order = sorted(range(len(wanted)), key=lambda i: wanted[i], reverse=True)
    placed: list[float] = []
    for i in order:  # top down: each label at most gap below the one above it, none above the ceiling
        placed.append(min(wanted[i], high) if not placed else min(wanted[i], placed[-1] - gap))
    for k in range(len(placed) - 1, -1, -1):  # bottom up: none below the floor, each at least gap above the next
        floor = low if k == len(placed) - 1 else placed[k + 1] + gap
        placed[k] = max(placed[k], floor)
    out = [0.0] * len(wanted)
    for i, y in zip(order, placed, strict=True):
        out[i] = y
    return out


def _box(x: float, y: float, side: str, width: float, height: float, pad: float) -> tuple[float, float, float, float]:
    """The box (x0, y0, x1, y1; y upwards) of a label of this size on one side of a point."""
    vertical, horizontal = side.split()
    if horizontal == "center":
        x0 = x - width / 2
    elif horizontal == "right":
        x0 = x + pad
    else:
        x0 = x - pad - width
    if vertical == "top":
        y0 = y + pad
    elif vertical == "bottom":
        y0 = y - pad - height
    else:
        y0 = y - height / 2
    return (x0, y0, x0 + width, y0 + height)


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """The area two boxes share."""
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def place(
    points: Sequence[tuple[float, float]],
    texts: Sequence[str],
    size: float,
    bounds: tuple[float, float],
    pad: float = 7,
    lines: int = 1,
) -> list[str]:
    """Return a Plotly textposition per point that keeps its label clear of the others' labels and points.

    points in px (y upwards) inside a plot of bounds (width, height); greedy, largest y first: good enough for the
    tens of points of a Compare scatter.
    """
    height = size * 1.3 * lines
    taken: list[tuple[float, float, float, float]] = [(x - 6, y - 6, x + 6, y + 6) for x, y in points]
    sides = ["top center"] * len(points)
    for i in sorted(range(len(points)), key=lambda k: -points[k][1]):
        x, y = points[i]
        width = text_width(texts[i], size)
        best, best_cost = SIDES[0], float("inf")
        for side in SIDES:
            box = _box(x, y, side, width, height, pad)
            outside = (max(0.0, -box[0]) + max(0.0, box[2] - bounds[0]) + max(0.0, -box[1])
                       + max(0.0, box[3] - bounds[1]))
            own = (x - 6, y - 6, x + 6, y + 6)
            cost = sum(_overlap(box, other) for other in taken if other != own) + outside * height * 4
            if cost < best_cost:
                best, best_cost = side, cost
            if cost == 0:
                break
        sides[i] = best
        taken.append(_box(x, y, best, width, height, pad))
    return sides


def offset(side: str, width: float, height: float, pad: float) -> tuple[float, float]:
    """The label's centre relative to its point, px (y downwards, as Plotly's annotation ax/ay), for a side."""
    x0, y0, x1, y1 = _box(0.0, 0.0, side, width, height, pad)
    return ((x0 + x1) / 2, -(y0 + y1) / 2)


def respread(fig: go.Figure, size: float, max_margin: float = 300) -> go.Figure:
    """Place a figure's line-end labels again for its current height and a new font size (changes fig in place).

    The builder spread them in pixels for the page's height and type; a projector draws the figure lower and the
    labels larger, and offsets kept from the page would make neighbours overlap.
    """
    layout = fig.layout
    margin = layout.margin
    plot_px = (layout.height or 450) - (80 if margin.t is None else margin.t) - (80 if margin.b is None else margin.b)
    panels: dict[str, list[go.layout.Annotation]] = {}
    for note in layout.annotations:
        if note.name == END_LABEL:
            panels.setdefault(note.yref or "y", []).append(note)
    widest = 0.0
    for yref, notes in panels.items():
        axis = layout["yaxis" + yref.removeprefix("y")]
        if axis.range is None:
            continue
        low, high = axis.range
        domain = axis.domain or (0, 1)
        panel_px = plot_px * (domain[1] - domain[0])
        wanted = [(note.y - low) / (high - low) * panel_px for note in notes]
        for note, want, got in zip(notes, wanted, spread(wanted, size * LABEL_GAP, 0, panel_px), strict=True):
            note.update(ay=-(got - want), font_size=size)
            widest = max(widest, text_width(re.sub(r"<[^>]+>", "", note.text or ""), size) + (note.ax or 0))
    if widest and (margin.r or 0) < widest + 24:
        fig.update_layout(margin_r=min(widest + 24, max_margin))
    return fig
