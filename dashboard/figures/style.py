"""Shared look of every figure: number separators per language, area ticks, body type labels."""

from __future__ import annotations

from dashboard.figures.palette import area_colour
from dashboard.i18n import has, t

# Plotly's separators: decimal point first, then thousands.
SEPARATORS = {"en": ",.", "it": ".,"}

def area_tick(name: str, area_id: str, index: int = 0) -> str:
    """Return an axis label with the area's fixed colour as a square before its name."""
    return f"<span style='color:{area_colour(area_id, index)}'>■</span> {name}"


def body_type_label(code: str, lang: str) -> str:
    """Return a body type's label marked † as the project's classification."""
    key = f"body_type.{code}"
    return (t(key, lang) if has(key) else t("body_type.unclassified", lang)) + " †"
