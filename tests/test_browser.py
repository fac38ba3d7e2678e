"""End-to-end tests in a real Chromium with every non-loopback request blocked (so they also prove offline use)."""

from __future__ import annotations

import pytest

from dashboard.i18n import t
from tests import shipped
from tests.browser import offline_context

pytestmark = pytest.mark.browser


def test_overview_shows_every_sourced_card_offline(app_server, browser):
    with offline_context(browser) as (page, blocked):
        page.goto(f"{app_server}/?lang=it", wait_until="domcontentloaded")
        page.get_by_role("heading", name=t("overview.title", "it", n=8)).wait_for(timeout=30000)
        cards = page.locator("h4")
        cards.nth(7).wait_for(timeout=30000)
        names = cards.all_inner_texts()
        assert {"Città metropolitana di Genova", "Città di Skopje", "Comune di Tirana"} <= set(names)  # name_it
        assert page.get_by_text("Popolazione:").count() == 8
        assert page.locator("a", has_text="fonte").count() >= 8 * 3
        assert blocked == [], blocked


def test_about_page_lists_sources(app_server, browser):
    with offline_context(browser) as (page, blocked):
        page.goto(f"{app_server}/about", wait_until="domcontentloaded")
        page.get_by_role("heading", name="How to cite").wait_for(timeout=30000)
        assert page.get_by_text("© EuroGeographics for the administrative boundaries").count() == 1
        assert blocked == [], blocked


def test_data_page_csv_download_equals_the_preview_rows(app_server, browser, real_con, tmp_path):
    from dashboard.exports.files import neutralise
    from dashboard.exports.table import Selection, build_export
    from tests.test_downloads import read_csv, rows

    query = "areas=warszawa,genova&ind=population_jan1,gdp_mio_eur&from=2016&to=2021&bench=eu&components=1"
    expected = build_export(
        real_con, Selection(("genova", "warszawa"), ("population_jan1", "gdp_mio_eur"), 2016, 2021, ("eu",), True)
    )
    with offline_context(browser, downloads=True) as (page, blocked):
        page.goto(f"{app_server}/data?{query}", wait_until="domcontentloaded")
        page.get_by_text(f"{len(expected.values)} rows", exact=True).wait_for(timeout=30000)
        button = page.get_by_role("button", name="CSV", exact=True)
        with page.expect_download(timeout=30000) as info:
            button.click()
        download = info.value
        assert download.suggested_filename == "metrocase-values.csv"
        target = tmp_path / download.suggested_filename
        download.save_as(target)
        assert rows(read_csv(target.read_bytes())) == rows(neutralise(expected.values))
        assert "from=2016" in page.url  # the filter stays in the permalink
        assert blocked == [], blocked


def test_data_page_zip_download_is_a_data_package(app_server, browser, tmp_path):
    import zipfile

    with offline_context(browser, downloads=True) as (page, blocked):
        page.goto(f"{app_server}/data?lang=it&areas=tirana&ind=population_jan1", wait_until="domcontentloaded")
        page.get_by_role("heading", name="Come citare questo download").wait_for(timeout=30000)
        with page.expect_download(timeout=30000) as info:
            page.get_by_role("button", name="Pacchetto di dati (ZIP)").click()
        target = tmp_path / "package.zip"
        info.value.save_as(target)
        with zipfile.ZipFile(target) as archive:
            assert "datapackage.json" in archive.namelist()
            assert "Scaricato il" in archive.read("CITATION.txt").decode("utf-8")
AREAS = shipped.areas()  # the default set's areas, by their short names (EN, IT)
SHORT = {lang: [a[f"short_{lang}"] for a in AREAS] for lang in ("en", "it")}
def test_governance_page_renders_every_area_offline(app_server, browser):
    with offline_context(browser) as (page, blocked):
        page.goto(f"{app_server}/governance?areas=warszawa,tirana", wait_until="domcontentloaded")
        page.get_by_role("heading", name="Comparison matrix").wait_for(timeout=30000)
        headers = page.locator("table th").all_inner_texts()
        assert set(SHORT["en"]) <= set(headers), headers
        page.locator(".js-plotly-plot .heatmaplayer").first.wait_for(timeout=30000)
        ticks = page.locator(".js-plotly-plot .xtick").all_text_contents()
        assert all(any(name in tick for tick in ticks) for name in SHORT["en"]), ticks
        assert page.locator("table a", has_text="source").count() >= 8 * 10
        page.get_by_role("heading", name="Municipality of Tirana").wait_for(timeout=30000)
        assert "areas=warszawa%2Ctirana" in page.url or "areas=warszawa,tirana" in page.url
        assert blocked == [], blocked


def test_plans_page_renders_every_area_offline(app_server, browser):
    with offline_context(browser) as (page, blocked):
        page.goto(f"{app_server}/plans?lang=it", wait_until="domcontentloaded")
        page.get_by_role("heading", name="Cronologia").wait_for(timeout=30000)
        page.locator(".js-plotly-plot").nth(1).wait_for(timeout=30000)
        timeline = page.locator(".js-plotly-plot").first
        timeline.locator(".barlayer").wait_for(timeout=30000)
        labels = timeline.locator(".yaxislayer-above text").all_text_contents()
        assert all(any(name in label for label in labels) for name in SHORT["it"]), labels
        assert timeline.locator(".legendtext").filter(has_text="In vigore †").count() == 1
        page.get_by_role("heading", name="Tutti i piani").wait_for(timeout=30000)
        assert page.get_by_text("Documento e fonti:").count() >= 20
        assert blocked == [], blocked


DONE_WHEN = "/compare?ind=population_jan1&areas=torino,genova,barcelona&view=chart&chart=line&bench=eu"
PLOT_DATA = "() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(p => p.data.map(d => " \
            "({type: d.type, name: d.name, locations: d.locations || null})))"


def test_compare_link_shows_that_view_and_the_map_draws_offline(app_server, browser):
    with offline_context(browser) as (page, blocked):
        page.goto(app_server + DONE_WHEN, wait_until="domcontentloaded")
        page.get_by_role("heading", name="Compare indicators").wait_for(timeout=60000)
        page.locator(".js-plotly-plot").first.wait_for(timeout=60000)
        chart = page.evaluate(PLOT_DATA)
        assert [(d["type"], d["name"]) for d in chart[0]] == [
            ("scatter", "EU-27"), ("scatter", "Barcelona"), ("scatter", "Torino"), ("scatter", "Genova"),
        ]  # in order of the last value
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
        assert {code for d in regions for code in d["locations"]} == {"ITC11", "ITC33", "ES511"}  # over the classes
        assert page.locator(".maplibregl-canvas").first.bounding_box()["height"] > 200
        assert "view=map" in page.url
        assert page.get_by_text("© EuroGeographics for the administrative boundaries").count() >= 1
        assert blocked == [], blocked  # no tiles, fonts, glyphs or sprites fetched from anywhere
