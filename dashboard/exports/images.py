"""Figures to PNG/SVG as shown (title, caption, attribution), offline through Plotly's kaleido and Chromium.

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
WIDTH, HEIGHT = 1100, 620
CAPTION_FONT_PX = 12
# Room under the plot area for tick labels and axis titles before the caption starts.
AXIS_ROOM_PX = 70
PLOTLY_MARGIN_B = 80  # Plotly's default bottom margin

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


def _wrap(text: str, width_px: int) -> list[str]:
    """Split text into lines that fit the image width (Plotly does not wrap annotation text)."""
    per_line = max(40, int(width_px / (CAPTION_FONT_PX * 0.55)))
    return [line for paragraph in text.splitlines() for line in textwrap.wrap(paragraph, per_line)]


def with_caption(
    fig: go.Figure, caption: str | None = None, attribution: str | None = None, width: int = WIDTH
) -> go.Figure:
    """Return a copy of fig with the caption and attribution written under the plot, as the page shows them."""
    out = go.Figure(fig)
    lines = [html.escape(line) for part in (caption, attribution) if part for line in _wrap(part, width - 40)]
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


def _margin_b(fig: go.Figure) -> int:
    return int(fig.layout.margin.b) if fig.layout.margin.b is not None else PLOTLY_MARGIN_B


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
    """Return the figure as PNG or SVG bytes with its title, caption and attribution; raise if no Chromium."""
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"unknown image format {fmt!r} (known: {', '.join(IMAGE_FORMATS)})")
    browser = browser_path()
    if browser is None:
        raise ImageExportUnavailable("no Chromium found: set BROWSER_PATH or install chromium")
    os.environ.setdefault(BROWSER_ENV, browser)
    shown = with_caption(fig, caption, attribution, width)
    height += _margin_b(shown) - _margin_b(fig)  # the caption adds room; the plot keeps its size
    scale = 2 if fmt == "png" else 1  # PNG at twice the size stays sharp in reports; SVG scales anyway
    with _lock:
        try:
            _start_server()
            with warnings.catch_warnings():
                # plotly warns that size options go per call when a server runs; they do, via to_image
                warnings.simplefilter("ignore", UserWarning)
                return pio.to_image(shown, format=fmt, width=width, height=height, scale=scale)
        except (RuntimeError, OSError) as exc:
            raise ImageExportUnavailable(f"image export failed: {exc}") from exc
