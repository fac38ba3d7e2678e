"""What a Plotly figure really paints: helpers for tests that must fail when a value is drawn invisibly."""

from __future__ import annotations

import plotly.graph_objects as go
from plotly.colors import unlabel_rgb

from dashboard.figures.palette import contrast

NEAR_WHITE = 0.95  # share of full intensity in every channel above which a fill is lost on a white page


def _rgba(colour: object) -> tuple[float, float, float, float] | None:
    """Return (r, g, b, alpha) in 0-1 for a #hex, rgb() or rgba() colour; None when unset or not a colour."""
    if not isinstance(colour, str) or not colour.strip():
        return None
    text = colour.strip().lower()
    if text == "transparent":
        return (0.0, 0.0, 0.0, 0.0)
    if text.startswith("#") and len(text) in (4, 7):
        digits = text[1:] if len(text) == 7 else "".join(c * 2 for c in text[1:])
        return (*(int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)), 1.0)  # type: ignore[return-value]
    if text.startswith(("rgb(", "rgba(")):
        parts = text[text.index("(") + 1 : text.rindex(")")].split(",")
        r, g, b = unlabel_rgb(f"rgb({','.join(parts[:3])})")
        alpha = float(parts[3]) if len(parts) > 3 else 1.0
        return (r / 255, g / 255, b / 255, alpha)
    if text in ("white",):
        return (1.0, 1.0, 1.0, 1.0)
    return None


def painted(colour: object, opacity: float = 1.0) -> bool:
    """True if a fill of this colour and opacity shows on a white background (not unset, clear, faint or white)."""
    rgba = _rgba(colour)
    if rgba is None:
        return False
    r, g, b, alpha = rgba
    return alpha * opacity >= 0.3 and min(r, g, b) < NEAR_WHITE


def bar_fill_visible(bar: go.Bar) -> bool:
    """True if a one-bar trace paints its bar: Plotly's pattern rules decide which colour fills the shape.

    With a pattern, fillmode 'replace' (the default) paints the pattern's bgcolor (transparent if unset) behind
    fgcolor stripes, so marker.color is lost; 'overlay' keeps marker.color and draws the stripes on top.
    """
    marker = bar.marker
    opacity = (1.0 if bar.opacity is None else bar.opacity) * (1.0 if marker.opacity is None else marker.opacity)
    colour = marker.color if isinstance(marker.color, str) else None
    pattern = marker.pattern
    if pattern is not None and pattern.shape:
        if (pattern.fillmode or "replace") == "replace":
            colour = pattern.bgcolor
    return painted(colour, opacity)


def axis_text_problems(fig: go.Figure, least: float = 4.5, size: int = 14) -> list[str]:
    """Axes and colour bars whose labels or title are not dark enough on the plot's background, or smaller than size.

    An unset colour is a problem: Streamlit's theme then paints the ticks its light grey (about 3.6:1 on white).
    """
    layout = fig.to_plotly_json()["layout"]
    background = layout.get("plot_bgcolor", "#FFFFFF")
    background = "#FFFFFF" if background == "white" else background
    found = []
    for name, axis in layout.items():
        if not (name.startswith("xaxis") or name.startswith("yaxis")):
            continue
        fonts = {"ticks": axis.get("tickfont", {}), "title": axis.get("title", {}).get("font", {})}
        for part, font in fonts.items():
            colour = font.get("color")
            if colour is None or contrast(colour, background) < least or font.get("size", 0) < size:
                found.append(f"{name} {part}: {font}")
    for trace in fig.data:  # a colour bar's labels are the key to a heatmap's colours
        bar = trace.to_plotly_json().get("colorbar") if getattr(trace, "showscale", True) is not False else None
        if bar is not None:
            for part, font in {"ticks": bar.get("tickfont", {}), "title": bar.get("title", {}).get("font", {})}.items():
                colour = font.get("color")
                if colour is None or contrast(colour, background) < least or font.get("size", 0) < size:
                    found.append(f"{trace.type} colorbar {part}: {font}")
    return found
