"""make serve: two Streamlit processes behind Debian's nginx answer a page, a session and the health check."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from benchmarks import sessions
from benchmarks.wsclient import visit
from scripts.serve import ROOT, free_ports, nginx_binary
from tests.browser import drawn, offline_page, require_chromium

pytestmark = pytest.mark.skipif(nginx_binary() is None, reason="nginx absent (Debian: apt-get install nginx)")


def get(url: str, cookie: str = "") -> tuple[int, dict[str, str], str]:
    """Status, headers and body of a GET (HTTP errors too; a refused connection gives status 0)."""
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), ""
    except OSError:
        return 0, {}, ""


def start(port: int) -> tuple[subprocess.Popen, Path]:
    """Run scripts/serve.py with two processes; return it and its temp folder once nginx serves."""
    proc = subprocess.Popen([sys.executable, "scripts/serve.py", "--port", str(port), "--workers", "2"], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    line = proc.stdout.readline() if proc.stdout else ""
    found = re.search(r"logs in (\S+)\)", line)
    assert found, f"serve printed {line!r}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and get(f"http://127.0.0.1:{port}/_stcore/health")[0] != 200:
        time.sleep(0.3)
    return proc, Path(found.group(1))


def test_serve_two_processes_behind_nginx_then_stop_cleanly():
    """A page and a websocket session through nginx, sticky to one process; metrics hidden; SIGTERM cleans up."""
    (port,) = free_ports(1)
    proc, prefix = start(port)
    try:
        base = f"http://127.0.0.1:{port}"
        status, headers, body = get(base + "/compare")
        assert status == 200 and "<noscript>" in body
        assert headers["X-Frame-Options"] == "DENY" and "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        cookie = headers["Set-Cookie"].split(";")[0]
        assert cookie.startswith("metrocase_route=")
        assert get(base + "/_stcore/metrics")[0] == 404
        assert get(base + "/_stcore/health", cookie)[:1] == (200,)
        page, second = sessions.PAGES["/compare"]
        seen = asyncio.run(visit(sessions.stream_url(base), page, "", second, 120, {"Cookie": cookie}))
        assert (seen.error, seen.exceptions) == (None, [])
        route = cookie.split("=", 1)[1]
        upstreams = {line.rsplit("upstream=", 1)[1].strip()
                     for line in (prefix / "access.log").read_text().splitlines() if f"route={route} " in line}
        assert len(upstreams) == 1, upstreams
        assert len(list(prefix.glob("streamlit-*.log"))) == 2
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=30)
    assert code == 0
    assert not prefix.exists()
    assert get(f"http://127.0.0.1:{port}/_stcore/health")[0] != 200


@pytest.mark.browser
def test_the_security_headers_let_the_chart_and_the_map_draw():
    """Through nginx (CSP, X-Frame-Options), Chromium draws /compare's map and chart with no CSP violation."""
    require_chromium()
    (port,) = free_ports(1)
    proc, _ = start(port)
    try:
        with offline_page() as (page, blocked):
            refused = []
            page.on("console", lambda msg: refused.append(msg.text) if "Content Security Policy" in msg.text else None)
            page.goto(f"http://127.0.0.1:{port}/compare?view=map", wait_until="domcontentloaded")
            page.locator(".maplibregl-canvas").first.wait_for(timeout=60000)
            drawn(page, 60000)  # the map's regions drawn: its worker and styles ran under the CSP
            page.goto(f"http://127.0.0.1:{port}/compare", wait_until="domcontentloaded")
            page.locator(".js-plotly-plot").first.wait_for(timeout=60000)
            drawn(page, 60000)
        assert refused == [] and blocked == []
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
