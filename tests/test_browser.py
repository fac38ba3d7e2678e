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


DONE_WHEN = "/compare?ind=population_jan1&areas=torino,genova,barcelona&view=chart&chart=line&bench=eu"
PLOT_DATA = "() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(p => p.data.map(d => " \
            "({type: d.type, name: d.name, locations: d.locations || null})))"


def test_compare_link_shows_that_view_and_the_map_draws_offline(server):
    with offline_page() as (page, blocked):
        page.goto(server + DONE_WHEN, wait_until="domcontentloaded")
        page.get_by_role("heading", name="Compare indicators").wait_for(timeout=60000)
        page.locator(".js-plotly-plot").first.wait_for(timeout=60000)
        chart = page.evaluate(PLOT_DATA)
        assert [(d["type"], d["name"]) for d in chart[0]] == [
            ("scatter", "Genova"), ("scatter", "Torino"), ("scatter", "Barcelona"), ("scatter", "EU-27"),
        ]
        assert "bench=eu" in page.url and "chart=line" in page.url  # the normalised permalink
        assert page.get_by_text("Source: Eurostat demo").count() >= 1

        page.get_by_role("tab", name="Map").click()
        page.locator(".maplibregl-canvas").first.wait_for(timeout=60000)
        page.wait_for_function(
            "() => Array.from(document.querySelectorAll('.js-plotly-plot'))"
            ".some(p => p.data.some(d => d.type === 'choroplethmap'))",
            timeout=60000,
        )
        drawn = page.evaluate(PLOT_DATA)
        regions = [d for figure in drawn for d in figure if d["type"] == "choroplethmap"]
        assert set(regions[0]["locations"]) == {"ITC11", "ITC33", "ES511"}
        assert page.locator(".maplibregl-canvas").first.bounding_box()["height"] > 200
        assert "view=map" in page.url
        assert page.get_by_text("© EuroGeographics for the administrative boundaries").count() >= 1
        assert blocked == [], blocked  # no tiles, fonts, glyphs or sprites fetched from anywhere
