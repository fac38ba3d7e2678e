"""One name per area on every page, from areas.csv in the page language: short on charts and labels, full in titles."""

from __future__ import annotations

import pandas as pd


def area_names(areas: pd.DataFrame, lang: str, full: bool = False) -> dict[str, str]:
    """Return each area's name by area_id: short_en/short_it (labels, ticks, pickers) or name_en/name_it (titles)."""
    column = ("name_" if full else "short_") + ("it" if lang == "it" else "en")
    return {str(a): str(name) for a, name in zip(areas["area_id"], areas[column], strict=True)}
