"""Presenter screens in a real Chromium (every non-loopback request blocked): the figure is in the first screen.

The issue's links are opened at 1280x720 (a projector) and 1920x1080, in English and Italian, on one server and one
browser; a screenshot of each first screen is kept in METROCASE_ARTEFACTS (default: a pytest temp folder).
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from dashboard.i18n import t
from tests.browser import block_outside, drawn

pytestmark = pytest.mark.browser

COMPARE_CASES = [
    "/compare?chart=bar&ind=gdp_pps_per_inhabitant&bench=eu,country",
    "/compare?chart=bar",
    "/compare?areas=genova,torino,barcelona&chart=bar",
    "/compare?chart=multiples&ind=share_pop_65plus_pct",
    "/compare?view=map&ind=gdp_pps_per_inhabitant",
    "/compare?chart=line&bench=eu,country",
]
OTHER_PAGES = ["/plans", "/governance"]
VIEWPORTS = [(1280, 720), (1920, 1080)]
LANGS = ["en", "it"]
TIMEOUT = 60000
# Links loading at once: a page's load is mostly its renderer's JavaScript and the server's run, one core each, so
# while one page is checked the next ones load (measured on 2 cores: 6 links in ~19 s at 2-3 at once, ~27 s one by one).
AT_ONCE = 3


@pytest.fixture(scope="module")
def artefacts(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("METROCASE_ARTEFACTS") or tmp_path_factory.mktemp("screens"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def browser_and_server(browser, app_server):
    """The module's Chromium and the shared server (each link opens a new context: its own session)."""
    return browser, app_server


def open_page(browser, base: str, path: str, lang: str, size: tuple[int, int]):
    """Open base+path in lang in a fresh context of that size; return (context, page, blocked requests)."""
    blocked: list[str] = []
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    block_outside(context, blocked)
    page = context.new_page()
    joiner = "&" if "?" in path else "?"
    page.goto(base + path + (f"{joiner}lang=it" if lang == "it" else ""), wait_until="commit")
    return context, page, blocked


def open_pages(browser, base: str, paths: list[str], lang: str, size: tuple[int, int]) -> Iterator[tuple]:
    """Yield (path, page, blocked) per path in order, each in its own context, AT_ONCE loading (close() ends all)."""
    waiting, loading = deque(paths), deque()
    try:
        while waiting or loading:
            while waiting and len(loading) < AT_ONCE:
                path = waiting.popleft()
                loading.append((path, *open_page(browser, base, path, lang, size)))
            path, context, page, blocked = loading.popleft()
            try:
                yield path, page, blocked
            finally:
                context.close()
    finally:
        for _, context, _, _ in loading:
            context.close()


def shot_name(path: str, lang: str, size: tuple[int, int]) -> str:
    """A file name for one case's screenshot."""
    slug = re.sub(r"[^a-z0-9]+", "_", path.lower()).strip("_") or "overview"
    return f"{slug}_{lang}_{size[0]}x{size[1]}.png"


def settle(page) -> None:
    """Wait until Streamlit has finished the run (no 'running' indicator) and the plots have drawn."""
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=TIMEOUT
    )
    drawn(page, TIMEOUT)


def check_text(page, lang: str) -> None:
    """No Python None, traceback or untranslated caption words on the screen."""
    assert page.locator("[data-testid=stException]").count() == 0
    text = page.locator("[data-testid=stMain]").inner_text()
    assert not re.search(r"\bNone\b|\bnan\b", text), text[:500]
    if lang == "it":
        for english in ("Source:", "Unit:", "Missing:", "Options", "Link to this view"):
            assert english not in text, english


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", VIEWPORTS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_compare_figure_is_in_the_first_screen(browser_and_server, artefacts, size, lang):
    browser, base = browser_and_server
    with closing(open_pages(browser, base, COMPARE_CASES, lang, size)) as opened:
        for path, page, blocked in opened:
            page.get_by_role("heading", name=t("compare.title", lang)).wait_for(timeout=TIMEOUT)
            plot = page.locator("[data-testid=stMain] .js-plotly-plot").first
            plot.wait_for(timeout=TIMEOUT)
            if "view=map" in path:
                page.locator(".maplibregl-canvas").first.wait_for(timeout=TIMEOUT)
            else:
                plot.locator(".main-svg").first.wait_for(timeout=TIMEOUT)
            settle(page)
            page.screenshot(path=str(artefacts / shot_name(path, lang, size)))
            box = plot.bounding_box()
            assert box is not None and 0 <= box["y"] < size[1] - 100, (path, box)  # the figure starts on screen
            check_text(page, lang)
            assert blocked == [], blocked


def test_compare_permalink_is_the_servers_own_absolute_address(browser_and_server):
    browser, base = browser_and_server
    context, page, _ = open_page(browser, base, COMPARE_CASES[0], "en", VIEWPORTS[0])
    try:
        page.get_by_text(t("compare.link", "en")).wait_for(timeout=TIMEOUT)
        link = page.locator("[data-testid=stCode] code").last.inner_text().strip()
        assert link.startswith(f"{base}/compare?ind=gdp_pps_per_inhabitant&"), link
        assert "bench=country%2Ceu" in link and "chart=bar" in link
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", VIEWPORTS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_overview_map_and_key_figures_are_in_the_first_screen(browser_and_server, artefacts, size, lang):
    browser, base = browser_and_server
    context, page, blocked = open_page(browser, base, "/", lang, size)
    try:
        page.locator(".maplibregl-canvas").first.wait_for(timeout=TIMEOUT)
        table = page.locator("[data-testid=stTable]").first
        table.wait_for(timeout=TIMEOUT)
        settle(page)
        page.screenshot(path=str(artefacts / shot_name("/", lang, size)))
        for element in (page.locator("[data-testid=stMain] .js-plotly-plot").first, table):
            box = element.bounding_box()
            assert box is not None and 0 <= box["y"] < size[1] - 100, box
        assert t("overview.key.body_type", lang) in table.inner_text()
        check_text(page, lang)
        assert blocked == [], blocked
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", VIEWPORTS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_plans_and_governance_render_with_a_figure(browser_and_server, artefacts, size, lang):
    browser, base = browser_and_server
    with closing(open_pages(browser, base, OTHER_PAGES, lang, size)) as opened:
        for path, page, blocked in opened:
            page.locator("[data-testid=stMain] .js-plotly-plot .main-svg").first.wait_for(timeout=TIMEOUT)
            settle(page)
            page.screenshot(path=str(artefacts / shot_name(path, lang, size)))
            assert page.locator("[data-testid=stException]").count() == 0
            assert blocked == [], blocked
