"""One name per area on every page, from areas.csv in the page language: short on charts and labels, full in titles."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd


def area_names(areas: pd.DataFrame, lang: str, full: bool = False) -> dict[str, str]:
    """Return each area's name by area_id: short_en/short_it (labels, ticks, pickers) or name_en/name_it (titles)."""
    column = ("name_" if full else "short_") + ("it" if lang == "it" else "en")
    return {str(a): str(name) for a, name in zip(areas["area_id"], areas[column], strict=True)}


def indicator_menu(catalog: pd.DataFrame, lang: str, themes: Mapping[str, str]) -> dict[str, str]:
    """The indicator picker's 'Theme · name' labels by indicator id, ordered by theme, then name, to read grouped.

    catalog: indexed by indicator_id, with theme and name_en/name_it; themes: each theme code's name in the language.
    """
    name = f"name_{'it' if lang == 'it' else 'en'}"
    rows = sorted(zip(catalog.index, catalog["theme"].astype(str), catalog[name].astype(str), strict=True),
                  key=lambda row: (row[1], row[2]))
    return {str(ind): f"{themes.get(theme, theme)} · {label}" for ind, theme, label in rows}
