"""The one formatter of a fact, 'value (year) · source' or 'n/a: reason', shared by cards, matrix and plan cards."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.cards import area_cards, governance_cells, plan_cards
from dashboard.cards.celltext import fact_markdown

URL = "https://example.org/page"


@pytest.mark.parametrize(
    ("args", "kwargs", "expected"),
    [
        (("846211", "en"), {"year": 2021, "sources": [URL]}, f"846211 (2021) · [source]({URL})"),
        (("846211", "it"), {"year": None}, "846211 (anno non indicato)"),
        (("Città *metro*", "en"), {"timeless": True}, "Città \\*metro\\*"),
        (("Città", "en"), {"timeless": True, "year": 2015}, "Città (2015)"),
        (("Warsaw union", "en"), {"timeless": True, "derived": True}, "Warsaw union ‡"),
        ((None, "en"), {"reason": "not published", "sources": [URL, URL]}, f"n/a\\: not published · [source]({URL})"),
        ((float("nan"), "it"), {}, "n\\.d\\."),
        (("", "en"), {"reason": "no row"}, "n/a\\: no row"),
    ],
)
def test_fact_markdown(args, kwargs, expected):
    assert fact_markdown(*args, **kwargs) == expected


def test_a_fact_reads_the_same_on_the_overview_card_and_in_the_governance_matrix():
    card = pd.Series({"population__value": "1000", "population__value_num": 1000.0, "population__year": 2020,
                      "population__status": "observed", "population__source_url": URL, "population__note": None})
    cell = pd.Series({"value": "1000", "shown": "1,000", "year": 2020, "attribute": "population",
                      "status": "observed", "source_url": URL, "second_source_url": None})
    assert area_cards.fact_text(card, "population", "en", number=True) == governance_cells.cell_markdown(cell, "en")
    missing = pd.Series({"population__value": None, "population__note": "not published; see note"})
    assert area_cards.fact_text(missing, "population", "en") == fact_markdown(None, "en", reason="not published")


def test_plan_fields_have_no_year_and_say_why_they_are_missing():
    assert plan_cards._or_na("metropolitan strategic plan", "en") == "metropolitan strategic plan"
    # the research's English text on an Italian page: as written, marked with its language
    assert plan_cards._or_na("metropolitan strategic plan", "it") == "«metropolitan strategic plan» \\(EN\\)"
    assert plan_cards._or_na(None, "it", "non indicato") == fact_markdown(None, "it", reason="non indicato")
