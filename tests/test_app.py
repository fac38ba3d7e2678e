"""AppTest smoke tests: each page renders without exception, in English and Italian, with its headings."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.i18n import t
from dashboard.paths import ROOT

APP = str(ROOT / "streamlit_app.py")
PAGES = {
    "overview": ("dashboard/app_pages/overview.py", ["overview.title"], ["overview.areas_heading"]),
    "about": ("dashboard/app_pages/about.py", ["about.title"], ["about.data_heading", "about.cite_heading"]),
    "compare": ("dashboard/app_pages/compare.py", ["compare.title"], []),
}


def run_app(page: str | None = None, **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(PAGES[page][0])
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("lang", ["en", "it"])
@pytest.mark.parametrize("page", sorted(PAGES))
def test_page_renders_with_headings(page, lang):
    at = run_app(page, lang=lang)
    _, titles, headers = PAGES[page]
    assert [t(k, lang) for k in titles] == [el.value for el in at.title]
    shown = [el.value for el in at.header]
    for key in headers:
        assert t(key, lang) in shown


def test_overview_shows_all_eight_areas_with_sourced_population():
    at = run_app()
    cards = [el.value for el in at.markdown if el.value.startswith("#### ")]
    assert len(cards) == 8
    for card in cards:
        population = next(line for line in card.splitlines() if line.startswith("**Population:**"))
        assert "(20" in population and "](http" in population, population


def test_overview_in_italian_formats_numbers():
    at = run_app(lang="it")
    text = "\n".join(el.value for el in at.markdown)
    assert "**Popolazione:** 815\\.532 (2023)" in text


@pytest.mark.parametrize("bad", ["xx", "../../etc/passwd", "<script>", "it" * 5000])
def test_bad_language_falls_back_with_notice(bad):
    at = run_app(lang=bad)
    assert at.title[0].value == t("overview.title", "en")
    assert any("Unknown language" in w.value for w in at.warning)


def test_language_switch_updates_url():
    at = run_app()
    at.sidebar.radio[0].set_value("it").run()
    assert at.query_params["lang"] == "it"
    assert at.title[0].value == t("overview.title", "it")


def test_about_lists_every_source(real_con):
    from dashboard import data

    at = run_app("about")
    frames = [el.value for el in at.dataframe]
    expected = len(data.sources(real_con))
    assert any(len(frame) == expected for frame in frames)
    assert t("about.sources_heading", "en", n=expected) in [el.value for el in at.header]
