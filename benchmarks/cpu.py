"""Server CPU per render and /_stcore/health latency while N sessions open a page, beside an empty app.

The narrow benchmark for one change at a time on a shared machine: wall-clock p95 moves with the other load, the
process's CPU seconds per render much less. Each session renders twice (first render, one rerun with another URL
state); CPU is the server process's user + system time (every thread) over the crowd, divided by the renders.
A thread polls /_stcore/health every 100 ms meanwhile (the load balancer's probe). `--floor` also measures, per
page, an app of nothing but as many short Markdown elements as the page sends: Streamlit's own cost for a page of that
size, so that what the page's code adds on top is read apart from what any page that size costs. Numbers only.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import sessions  # noqa: E402
from benchmarks.bench import EMPTY_APP  # noqa: E402
from benchmarks.server import rss_mb, streamlit_server  # noqa: E402
from benchmarks.wsclient import crowd  # noqa: E402
from dashboard.web.wsclient import connect, read_run, rerun_message  # noqa: E402

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process, all threads (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


class HealthProbe:
    """Polls /_stcore/health from a thread every interval seconds; keeps each answer's latency (s) or None."""

    def __init__(self, base: str, interval: float = 0.1, timeout: float = 60) -> None:
        """Prepare a probe of base's health endpoint."""
        self.url, self.interval, self.timeout = f"{base}/_stcore/health", interval, timeout
        self.latencies: list[float | None] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            start = time.perf_counter()
            try:
                with urllib.request.urlopen(self.url, timeout=self.timeout) as response:
                    ok = response.status == 200
            except OSError:
                ok = False
            self.latencies.append(time.perf_counter() - start if ok else None)
            self._stop.wait(self.interval)

    def __enter__(self) -> HealthProbe:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def measure(base: str, pid: int, page: tuple[str, str], n: int, timeout: float) -> dict[str, float | int]:
    """CPU ms per render, wall p95, errors and health latency for one crowd of n sessions (after a warm-up visit)."""
    asyncio.run(crowd(sessions.stream_url(base), page[0], "", page[1], 1, timeout))
    before, start = cpu_seconds(pid), time.perf_counter()
    with HealthProbe(base) as probe:
        visits = asyncio.run(crowd(sessions.stream_url(base), page[0], "", page[1], n, timeout))
    wall, cpu = time.perf_counter() - start, cpu_seconds(pid) - before
    renders = sum((v.first_s is not None) + (v.rerun_s is not None) for v in visits)
    health = [h * 1000 for h in probe.latencies if h is not None]
    stats = sessions.summary(visits)
    return {
        "cpu_ms_per_render": cpu * 1000 / renders if renders else float("nan"), "renders": renders,
        "cpu_s": cpu, "wall_s": wall, "first_p95": stats["first_p95"], "errors": stats["errors"],
        "health_p50": sessions.quantile(health, 0.5), "health_p95": sessions.quantile(health, 0.95),
        "health_max": max(health, default=float("nan")), "health_failed": probe.latencies.count(None),
        "rss_mb": rss_mb(pid),
    }


def static_app(elements: int) -> str:
    """An app of only `elements` short Markdown elements: what Streamlit alone costs for a page of that many."""
    return f'import streamlit as st\n\nfor i in range({elements}):\n    st.markdown(f"Element {{i}}")\n'


async def _elements(url: str, page: str, query: str) -> int:
    async with connect(url) as ws:
        await ws.send(rerun_message(page, query))
        return (await read_run(ws)).elements


def elements(base: str, page: tuple[str, str]) -> int:
    """Elements and blocks one render of a page sends (its default state)."""
    return asyncio.run(_elements(sessions.stream_url(base), page[0], ""))


def run(script: Path, pages: dict[str, tuple[str, str]], n: int, timeout: float) -> dict[str, dict]:
    """measure() for each page on one server serving script."""
    with streamlit_server(script) as (base, pid):
        return {path: {**measure(base, pid, page, n, timeout), "elements": elements(base, page)}
                for path, page in pages.items()}


def floors(counts: dict[str, int], n: int, timeout: float) -> dict[str, dict]:
    """measure() of a static app of each page's element count (one server per size)."""
    found = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in sorted(set(counts.values())):
            script = Path(folder) / f"static_{size}.py"
            script.write_text(static_app(size), encoding="utf-8")
            found[size] = run(script, {"static": sessions.EMPTY_PAGE}, n, timeout)["static"]
    return {path: found[size] for path, size in counts.items()}


def main(argv: list[str] | None = None) -> int:
    """Measure the empty app then each page; print a table and one JSON line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=20, help="simultaneous sessions (default 20)")
    parser.add_argument("--pages", default=",".join(sessions.PAGES), help="comma list of pages (default: all six)")
    parser.add_argument("--timeout", type=float, default=180, help="seconds a session may take in all (default 180)")
    parser.add_argument("--floor", action="store_true",
                        help="also measure, per page, a static app of as many elements (Streamlit's cost alone)")
    args = parser.parse_args(argv)
    os.environ.setdefault("METROCASE_GEO_DOWNLOAD", "0")
    pages = {path: sessions.PAGES[path] for path in args.pages.split(",")}
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as folder:
        empty = Path(folder) / "empty_app.py"
        empty.write_text(EMPTY_APP, encoding="utf-8")
        results = run(empty, {"empty": sessions.EMPTY_PAGE}, args.n, args.timeout)
    results |= run(ROOT / "streamlit_app.py", pages, args.n, args.timeout)
    static = floors({p: results[p]["elements"] for p in pages}, args.n, args.timeout) if args.floor else {}
    floor = results["empty"]["cpu_ms_per_render"]
    print(f"N={args.n}, load average before {load:.2f}")
    print(f"{'page':<14}{'cpu ms/render':>14}{'x empty':>9}{'first p95':>10}{'errors':>7}{'health p50':>11}"
          f"{'p95':>7}{'max':>7}{'failed':>7}{'RSS MB':>8}")
    for path, row in results.items():
        print(f"{path:<14}{row['cpu_ms_per_render']:>14.1f}{row['cpu_ms_per_render'] / floor:>9.2f}"
              f"{row['first_p95']:>10.0f}{row['errors']:>7}{row['health_p50']:>11.0f}{row['health_p95']:>7.0f}"
              f"{row['health_max']:>7.0f}{row['health_failed']:>7}{row['rss_mb']:>8.0f}")
    if static:
        print(f"\n{'page':<14}{'elements':>9}{'static app ms':>14}{'page ms':>9}{'x static':>9}{'first p95':>10}"
              f"{'static p95':>11}")
        for path, row in static.items():
            page = results[path]
            print(f"{path:<14}{page['elements']:>9}{row['cpu_ms_per_render']:>14.1f}{page['cpu_ms_per_render']:>9.1f}"
                  f"{page['cpu_ms_per_render'] / row['cpu_ms_per_render']:>9.2f}{page['first_p95']:>10.0f}"
                  f"{row['first_p95']:>11.0f}")
    print(json.dumps({"bench": "cpu", "n": args.n, "load": round(load, 2),
                      "results": {p: {k: round(v, 1) for k, v in r.items()} for p, r in results.items()},
                      "static_apps": {p: {k: round(v, 1) for k, v in r.items()} for p, r in static.items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
