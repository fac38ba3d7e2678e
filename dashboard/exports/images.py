"""Figures to PNG/SVG for slides (title, one source line, attribution), offline through Plotly's kaleido and Chromium.

Images are 16:9 at a slide's layout size (1280 × 720, PNG at 1.5× = 1920 × 1080 px): the caption takes room from
the plot, never adds height. The export sets its own template and automargin on every axis, because Plotly's default
template in the app is Streamlit's, which has no automargin: tick and bar labels were cut at the left edge.

Kaleido drives a local Chromium (BROWSER_PATH; Debian's /usr/bin/chromium here) and needs no network. A cold export
costs seconds (Chromium starts), so the first export starts kaleido's sync server and keeps it warm for the process;
one lock serialises exports because the server renders one figure at a time.
"""

from __future__ import annotations

import atexit
import html
import os
import shutil
import textwrap
import threading
import warnings
from pathlib import Path

import plotly.graph_objects as go
import plotly.io as pio

from dashboard.exports.registry import FIGURE_FORMATS as IMAGE_FORMATS

BROWSER_ENV = "BROWSER_PATH"
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")
# Layout sizes offered, px (the PNG is rendered at PNG_PIXELS wide): a slide, and full HD for a large screen.
SIZES = {"slide": (1280, 720), "full_hd": (1920, 1080)}
WIDTH, HEIGHT = SIZES["slide"]
PNG_PIXELS = 1920  # a slide's PNG is 1920 × 1080 px: sharp on a projector, text as large as on the page
TEMPLATE = "plotly_white"
CAPTION_FONT_PX = 12
CAPTION_LINES = 2  # the source line wraps to two lines at most; the rest of the caption stays on the page
# Room under the plot area for tick labels and axis titles before the caption starts.
AXIS_ROOM_PX = 70
PLOTLY_MARGIN_B = 80  # Plotly's default bottom margin
# The caption starts at the plot area's left edge, which automargin moves right by up to this many px (the longest
# bar labels, e.g. 'Macedonia del Nord (paese)'): text wraps within what is left of the width.
LEFT_ROOM_PX = 260
MARGIN_PX = 16

_lock = threading.Lock()
_server_started = False


class ImageExportUnavailable(RuntimeError):
    """No Chromium to render images with (or kaleido failed to start it)."""


def browser_path() -> str | None:
    """Return the Chromium that kaleido will use: BROWSER_PATH if it exists, else one found on PATH; or None."""
    configured = os.environ.get(BROWSER_ENV)
    if configured:
        return configured if Path(configured).is_file() else None
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def image_export_available() -> bool:
    """True if a Chromium is there for kaleido (never downloads one)."""
    return browser_path() is not None


def _wrap(text: str, width_px: int, most: int | None = None) -> list[str]:
    """Split text into lines that fit width_px (Plotly does not wrap annotation text); at most `most` lines."""
    per_line = max(40, int(width_px / (CAPTION_FONT_PX * 0.6)))
    lines = [line for paragraph in text.splitlines() for line in textwrap.wrap(paragraph, per_line)]
    if most is not None and len(lines) > most:
        lines = [*lines[: most - 1], textwrap.shorten(lines[most - 1] + " " + " ".join(lines[most:]), per_line,
                                                       placeholder=" …")]
    return lines


def source_line(caption: str | None) -> str:
    """The caption's first non-empty line: the indicator, its source and unit (the rest is for the page)."""
    return next((line.strip() for line in (caption or "").splitlines() if line.strip()), "")


def for_export(fig: go.Figure) -> go.Figure:
    """Return a copy of fig that lays out alike in any process: own template, automargin on every axis."""
    out = go.Figure(fig)
    out.update_layout(template=TEMPLATE)
    out.update_xaxes(automargin=True)
    out.update_yaxes(automargin=True)
    out.update_layout(title={"pad": {"l": MARGIN_PX}}, margin={"l": max(MARGIN_PX, _margin("l", fig, 0)),
                                                                 "r": max(MARGIN_PX, _margin("r", fig, 0))})
    return out


def with_caption(
    fig: go.Figure, caption: str | None = None, attribution: str | None = None, width: int = WIDTH
) -> go.Figure:
    """Return a copy of fig with its caption's source line and the attribution under the plot."""
    out = go.Figure(fig)
    room = width - LEFT_ROOM_PX - MARGIN_PX
    lines = [html.escape(line) for line in _wrap(source_line(caption), room, CAPTION_LINES)]
    lines += [html.escape(line) for line in _wrap(attribution or "", room, 1)]
    if not lines:
        return out
    caption_px = int(len(lines) * CAPTION_FONT_PX * 1.45) + 16
    bottom = _margin_b(fig) + caption_px
    out.update_layout(margin={"b": max(bottom, AXIS_ROOM_PX + caption_px)})
    out.add_annotation(
        text="<br>".join(lines),
        xref="paper", yref="paper", x=0, y=0, xanchor="left", yanchor="top", yshift=-AXIS_ROOM_PX,
        showarrow=False, align="left", font={"size": CAPTION_FONT_PX, "color": "#444444"},
        name="caption",
    )
    return out


def _margin(side: str, fig: go.Figure, default: int) -> int:
    value = getattr(fig.layout.margin, side)
    return int(value) if value is not None else default


def _margin_b(fig: go.Figure) -> int:
    return _margin("b", fig, PLOTLY_MARGIN_B)


def _start_server() -> None:
    global _server_started
    if _server_started:
        return
    import kaleido

    kaleido.start_sync_server(silence_warnings=True)
    atexit.register(kaleido.stop_sync_server, silence_warnings=True)
    _server_started = True


def figure_image(
    fig: go.Figure,
    fmt: str,
    caption: str | None = None,
    attribution: str | None = None,
    width: int = WIDTH,
    height: int = HEIGHT,
) -> bytes:
    """Return the figure as PNG or SVG bytes of width × height (PNG at PNG_PIXELS wide) with its title, source line
    and attribution; raise if no Chromium."""
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"unknown image format {fmt!r} (known: {', '.join(IMAGE_FORMATS)})")
    browser = browser_path()
    if browser is None:
        raise ImageExportUnavailable("no Chromium found: set BROWSER_PATH or install chromium")
    os.environ.setdefault(BROWSER_ENV, browser)
    shown = with_caption(for_export(fig), caption, attribution, width)
    scale = max(1.0, PNG_PIXELS / width) if fmt == "png" else 1  # SVG scales anyway
    with _lock:
        try:
            _start_server()
            with warnings.catch_warnings():
                # plotly warns that size options go per call when a server runs; they do, via to_image
                warnings.simplefilter("ignore", UserWarning)
                return pio.to_image(shown, format=fmt, width=width, height=height, scale=scale)
        except (RuntimeError, OSError) as exc:
            raise ImageExportUnavailable(f"image export failed: {exc}") from exc
