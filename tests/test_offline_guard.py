"""The browser tests' offline guard: every non-loopback request is aborted and listed, loopback ones pass."""

from __future__ import annotations

import pytest

from tests.browser import NOT_LOOPBACK, offline_page, require_chromium

OUTSIDE = [
    "https://tiles.example.org/0/0/0.png", "http://8.8.8.8/", "wss://example.com/socket",
    "http://127.0.0.1.example.com/", "http://127.0.0.1@example.com/", "http://localhost.example.com:80/",
    "ftp://127.0.0.1/", "data:text/plain,x", "blob:http://127.0.0.1:8501/x",
]
LOOPBACK_URLS = [
    "http://127.0.0.1:8501/compare?x=1", "ws://127.0.0.1:8501/_stcore/stream", "http://localhost/",
    "http://[::1]:80/#top", "http://127.0.0.1",
]


@pytest.mark.parametrize("url", OUTSIDE)
def test_everything_but_a_loopback_origin_goes_to_the_guard(url):
    assert NOT_LOOPBACK.search(url)


@pytest.mark.parametrize("url", LOOPBACK_URLS)
def test_only_loopback_origins_skip_the_guard(url):
    assert not NOT_LOOPBACK.search(url)


@pytest.mark.browser
def test_an_outside_request_is_aborted_and_listed():
    require_chromium()
    with offline_page() as (page, blocked):
        page.set_content('<img src="http://example.com/a.png">')
        failed = page.evaluate("() => fetch('https://8.8.8.8/x').then(() => 'fetched', () => 'failed')")
        page.wait_for_function("() => document.images[0].complete")
        assert failed == "failed"
        assert sorted(blocked) == ["http://example.com/a.png", "https://8.8.8.8/x"], blocked
