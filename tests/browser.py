"""Real-browser test support: a Streamlit server on a free loopback port and Debian's Chromium via Playwright."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest

from dashboard.data.paths import ROOT

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}
# Every URL but a loopback origin's. Routing only these keeps the guard on everything that could leave the machine,
# while the app's own ~300 requests a page are matched in Playwright's driver instead of a round trip to Python.
NOT_LOOPBACK = re.compile(r"^(?!(?:https?|wss?)://(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?(?:[/?#]|$))")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]
# A page has drawn when no CSS transition or animation runs (Streamlit fades stale elements) and every Plotly map's
# MapLibre instance has loaded its layers: the map's canvas appears before its regions are drawn.
DRAWN = """() => document.getAnimations().every(a => a.playState !== 'running') &&
  Array.from(document.querySelectorAll('.js-plotly-plot')).every(p => {
    const map = p._fullLayout && p._fullLayout.map && p._fullLayout.map._subplot;
    return !map || Boolean(map.map && map.map.loaded());
  })"""


def require_chromium() -> None:
    """Skip the calling test, with the reason, where Debian's Chromium or Playwright is missing."""
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium not found at {CHROMIUM} (apt-get install chromium; CI installs it)")
    pytest.importorskip("playwright.sync_api", reason="playwright (Python) is not installed")


def free_port() -> int:
    """Return a free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def streamlit_server(env: dict[str, str] | None = None) -> Iterator[str]:
    """Serve streamlit_app.py on a free loopback port; yield its base URL; stop it afterwards."""
    port = free_port()
    command = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "streamlit_app.py"),
        "--server.address", "127.0.0.1", "--server.port", str(port), "--server.headless", "true",
        "--browser.gatherUsageStats", "false",
    ]
    proc = subprocess.Popen(
        command, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    output = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
                    raise RuntimeError(f"streamlit did not start:\n{output[-3000:]}") from None
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def drawn(page: object, timeout: float) -> None:
    """Wait until the page has drawn (DRAWN) and the browser has painted a frame since, e.g. before a screenshot."""
    page.wait_for_function(DRAWN, timeout=timeout)  # type: ignore[attr-defined]
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")  # type: ignore[attr-defined]


def offline_guard(blocked: list[str]) -> Callable[[object, object], None]:
    """A Playwright route handler that lets loopback, data: and blob: through and aborts (and lists) the rest."""

    def guard(route, request) -> None:  # noqa: ANN001 - Playwright callback
        host = urlparse(request.url).hostname or ""
        if request.url.startswith(("data:", "blob:")) or host in LOOPBACK:
            route.continue_()
        else:
            blocked.append(request.url)
            route.abort()

    return guard


def block_outside(context: object, blocked: list[str]) -> None:
    """Route a Playwright context's non-loopback requests to offline_guard: aborted and listed in blocked."""
    context.route(NOT_LOOPBACK, offline_guard(blocked))  # type: ignore[attr-defined]


@contextmanager
def chromium() -> Iterator[object]:
    """Yield Debian's Chromium, headless, driven by Playwright; close it afterwards."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def offline_context(browser: object, downloads: bool = False) -> Iterator[tuple[object, list[str]]]:
    """Yield (page, blocked) for a page in a new context of browser (its own cookies, cache, session) that aborts
    every non-loopback request and lists them; close the context afterwards."""
    blocked: list[str] = []
    context = browser.new_context(  # type: ignore[attr-defined]
        viewport={"width": 1400, "height": 1000}, accept_downloads=downloads
    )
    try:
        block_outside(context, blocked)
        yield context.new_page(), blocked
    finally:
        context.close()


@contextmanager
def offline_page(downloads: bool = False) -> Iterator[tuple[object, list[str]]]:
    """Yield (page, blocked) as offline_context does, in a Chromium of its own."""
    with chromium() as browser, offline_context(browser, downloads) as opened:
        yield opened
