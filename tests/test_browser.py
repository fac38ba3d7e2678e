"""End-to-end tests in a real Chromium with every non-loopback request blocked (so they also prove offline use)."""

from __future__ import annotations

import pytest

from tests.browser import offline_page, require_chromium, streamlit_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server():
    require_chromium()
    with streamlit_server() as base:
        yield base


def test_overview_shows_eight_sourced_cards_offline(server):
    with offline_page() as (page, blocked):
        page.goto(f"{server}/?lang=it", wait_until="domcontentloaded")
        page.get_by_role("heading", name="Metro Case: otto aree metropolitane a confronto").wait_for(timeout=30000)
        cards = page.locator("h4")
        cards.nth(7).wait_for(timeout=30000)
        names = cards.all_inner_texts()
        assert {"Metropolitan City of Genoa", "City of Skopje", "Municipality of Tirana"} <= set(names)
        assert page.get_by_text("Popolazione:").count() == 8
        assert page.locator("a", has_text="fonte").count() >= 8 * 3
        assert blocked == [], blocked


def test_about_page_lists_sources(server):
    with offline_page() as (page, blocked):
        page.goto(f"{server}/about", wait_until="domcontentloaded")
        page.get_by_role("heading", name="How to cite").wait_for(timeout=30000)
        assert page.get_by_text("© EuroGeographics for the administrative boundaries").count() == 1
        assert blocked == [], blocked
