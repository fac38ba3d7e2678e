"""Fixed colours: one per area everywhere (Okabe-Ito, colour-blind safe), greys for benchmarks."""

from __future__ import annotations

import pandas as pd

# Area colours come from areas.csv (one fixed colour per area and comparison set, checked by `check`).
NO_COLOUR = "#8C8C8C"  # drawn only for a series that has no area row (never for a checked data folder)
OUTLINE = "#333333"
# Relative luminance (WCAG 2) above which a hue is too light to stand on white alone: drawn with a dark outline.
LIGHT_LUMINANCE = 0.6
# Benchmarks are context, not competitors: neutral greys, dashed in line charts.
BENCHMARK_GREYS: dict[str, str] = {
    "partners": "#4D4D4D",
    "country": "#8C8C8C",
    "eu": "#B3B3B3",
}


def area_colours(areas: pd.DataFrame) -> dict[str, str]:
    """Return each area's fixed colour (areas.csv), by area_id."""
    return {str(a): str(c) for a, c in zip(areas["area_id"], areas["colour"], strict=True)}


def luminance(colour: str) -> float:
    """Return the WCAG relative luminance (0 black – 1 white) of a #RRGGBB colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """Return the WCAG contrast ratio (1 to 21) of two #RRGGBB colours."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


TEXT_CONTRAST = 4.5  # WCAG AA for normal text


def readable_text(colour: str, background: str = "#FFFFFF") -> str:
    """Return the colour darkened (same hue, toward black) just enough for text at 4.5:1 on the background."""
    channels = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    for step in range(21):  # 5% darker each step; black (step 20) always passes on white
        shade = "#" + "".join(f"{round(c * (1 - step / 20)):02X}" for c in channels)
        if contrast(shade, background) >= TEXT_CONTRAST:
            return shade
    return "#000000"


def needs_outline(colour: str) -> bool:
    """True if a colour is too light to stand on white without a dark outline."""
    return len(colour) == 7 and colour.startswith("#") and luminance(colour) > LIGHT_LUMINANCE


# Body type (the project's classification) as a colour dimension: Paul Tol's "bright" qualitative scheme
# (colour-blind safe), deliberately different from the area hues so the two encodings are not confused.
BODY_TYPE_COLOURS: dict[str, str] = {
    "soft_coordination": "#CCBB44",    # yellow
    "inter_municipal": "#228833",      # green
    "supra_municipal": "#4477AA",      # blue
    "special_status_city": "#EE6677",  # red
    "no_metropolitan_body": "#66CCEE",  # cyan
    "unclassified": "#AA3377",         # purple: no body type in the data
}
# The second cue of a body type, for whoever cannot tell the colours apart (and for greyscale prints): a shape in
# every label that names an area or a body type. Text, not a marker symbol or a bar pattern: those already say
# that a value is flagged (charts.symbol, charts.flag_pattern). Glyphs of DejaVu Sans, the fallback font offline.
BODY_TYPE_MARKS: dict[str, str] = {
    "soft_coordination": "●",
    "inter_municipal": "■",
    "supra_municipal": "▲",
    "special_status_city": "◆",
    "no_metropolitan_body": "▼",
    "unclassified": "○",
}
