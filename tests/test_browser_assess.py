"""End to end in Chromium (offline): the practices filters in the URL, and a live round scored from three phones."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest

from dashboard.i18n import t
from dashboard.store.sqlite import SqliteStore
from tests.browser import block_outside, offline_context, streamlit_server

pytestmark = pytest.mark.browser
WAIT = 60000


def query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(url).query).items()}


def test_practice_filters_round_trip_through_the_url(app_server, browser):
    with offline_context(browser) as (page, blocked):
        page.goto(f"{app_server}/practices?areas=torino&theme=spatial_planning", wait_until="domcontentloaded")
        page.get_by_role("heading", name="Good practices").wait_for(timeout=WAIT)
        page.get_by_text("2 of 29 practices shown.").wait_for(timeout=WAIT)
        search = page.get_by_label(t("practices.search", "en"))
        search.fill("ptgm")
        search.press("Enter")
        page.get_by_text("1 of 29 practices shown.").wait_for(timeout=WAIT)
        page.wait_for_function("() => location.search.includes('q=ptgm')", timeout=WAIT)
        assert query(page.url) | {"compare": ""} == {"areas": "torino", "theme": "spatial_planning", "q": "ptgm",
                                                       "compare": ""}
        page.reload(wait_until="domcontentloaded")  # the link alone restores the view
        page.get_by_text("1 of 29 practices shown.").wait_for(timeout=WAIT)
        page.locator("h4", has_text="Piano Territoriale Generale Metropolitano").wait_for(timeout=WAIT)
        assert page.locator("h4", has_text="Piano Territoriale Generale Metropolitano").count() == 1
        assert blocked == [], blocked


def open_on_a_phone(browser, link: str, blocked: list[str]):
    """One participant's page in a context of its own (its own cookies and browser id), loading link."""
    context = browser.new_context(viewport={"width": 390, "height": 844})  # a phone's screen
    block_outside(context, blocked)
    page = context.new_page()
    page.goto(link, wait_until="commit")
    return page


def score_on_a_phone(page, values: tuple[str, ...]) -> None:
    """Score each criterion on a participant's page and send; close its context once stored."""
    form = page.locator('[data-testid="stForm"]').first
    form.locator('[data-testid="stRadio"]').nth(len(values) - 1).wait_for(timeout=WAIT)
    for group, value in zip(form.locator('[data-testid="stRadio"]').all(), values, strict=True):
        group.get_by_text(value, exact=True).click()
    form.get_by_role("button", name=t("assess.send", "en")).click()
    page.get_by_text(t("assess.stored", "en", n=len(values))).wait_for(timeout=WAIT)
    assert "me=" in page.url
    page.context.close()


def test_a_round_scored_from_three_phones_survives_a_server_restart(browser, tmp_path):
    env = {"METROCASE_STATE_DIR": str(tmp_path)}
    blocked: list[str] = []
    with streamlit_server(env) as base:
        facilitator_context = browser.new_context(viewport={"width": 1280, "height": 900})
        block_outside(facilitator_context, blocked)  # the facilitator and presenter are offline too
        facilitator = facilitator_context.new_page()
        facilitator.goto(f"{base}/assess", wait_until="domcontentloaded")
        facilitator.get_by_label(t("assess.field.name", "en")).fill("Fixture seminar (made up)")
        picker = facilitator.locator('[data-testid="stMultiSelect"]').first
        picker.click()
        facilitator.keyboard.type("GP-GEN-04")
        facilitator.keyboard.press("Enter")
        facilitator.keyboard.press("Escape")
        facilitator.get_by_role("button", name=t("assess.open_button", "en")).click()
        facilitator.wait_for_function("() => location.search.includes('key=')", timeout=WAIT)
        round_id = query(facilitator.url)["round"]
        link = facilitator.locator("code", has_text="/assess?round=").first.inner_text().strip()
        assert link == f"{base}/assess?round={round_id}"
        facilitator.get_by_text(t("assess.no_scores", "en")).wait_for(timeout=WAIT)
        # the three phones open the link together, as in a room; then each scores in turn
        phones = [open_on_a_phone(browser, link, blocked) for _ in range(3)]
        for phone, values in zip(phones, (("3", "2", "3"), ("1", "0", "2"), ("2", "2", "1")), strict=True):
            score_on_a_phone(phone, values)  # IE-2, IE-3, IE-4 by default
        # the presenter's view updates by itself
        facilitator.get_by_text(re.compile(r"^9 scores from 3 browsers")).wait_for(timeout=WAIT)
        presenter_link = facilitator.url
        facilitator_context.close()
    store = SqliteStore(tmp_path / "metrocase.sqlite3")
    assert sorted(s.score for s in store.scores(round_id)) == [0, 1, 1, 2, 2, 2, 2, 3, 3]
    with streamlit_server(env) as base:  # a new server process on the same store
        context = browser.new_context()
        block_outside(context, blocked)
        page = context.new_page()
        page.goto(f"{base}/assess?{urlparse(presenter_link).query}", wait_until="domcontentloaded")
        page.get_by_text(re.compile(r"^9 scores from 3 browsers")).wait_for(timeout=WAIT)
        page.get_by_role("button", name=t("assess.close", "en")).click()
        page.wait_for_function("() => document.body.innerText.includes('· closed')", timeout=WAIT)
        context.close()
    assert store.get_round(round_id).status == "closed" and len(store.scores(round_id)) == 9
    assert blocked == [], blocked
