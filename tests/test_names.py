"""Names on pickers: the indicator menu reads grouped by theme, each label 'Theme · name' in the page language."""

from __future__ import annotations

import pandas as pd

from dashboard.cards.names import indicator_menu


def test_indicator_menu_is_grouped_by_theme_then_name():
    """A small made-up catalogue (a fixture, not data): order by theme code, then the name in the language."""
    catalog = pd.DataFrame(
        {"theme": ["people", "economy", "people"], "name_en": ["Zeta", "GDP", "Alpha"],
         "name_it": ["Zeta", "PIL", "Alfa"]},
        index=pd.Index(["z", "gdp", "a"], name="indicator_id"),
    )
    themes = {"people": "Persone", "economy": "Economia"}
    menu = indicator_menu(catalog, "it", themes)
    assert list(menu) == ["gdp", "a", "z"]
    assert menu == {"gdp": "Economia · PIL", "a": "Persone · Alfa", "z": "Persone · Zeta"}
    assert indicator_menu(catalog, "en", {})["a"] == "people · Alpha"  # an unnamed theme keeps its code
