"""N simultaneous sessions against a real `streamlit run` on 127.0.0.1: first render and one rerun, and memory."""

from __future__ import annotations

import asyncio
import math
import statistics
import time

from benchmarks.server import rss_mb
from benchmarks.wsclient import Visit, crowd, hold

# Each page opens with its default state, then reruns with another URL state (as a visitor's first click does).
PAGES: dict[str, tuple[str, str]] = {
    "/": ("", "lang=it"),
    "/compare": ("compare", "ind=gdp_pps_per_inhabitant"),
    "/governance": ("governance", "areas=warszawa,tirana"),
    "/plans": ("plans", "q=mobility"),
    "/data": ("data", "ind=population_jan1"),
    "/about": ("about", "lang=it"),
}
EMPTY_PAGE = ("", "x=1")


def quantile(values: list[float], q: float) -> float:
    """The q-quantile (0..1) of values, nearest rank; NaN for none."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def summary(visits: list[Visit]) -> dict[str, float | int]:
    """p50/p95/max of first render and rerun (ms) and the count of errors (failed or timed-out sessions, exceptions)."""
    first = [v.first_s * 1000 for v in visits if v.first_s is not None]
    rerun = [v.rerun_s * 1000 for v in visits if v.rerun_s is not None]
    return {
        "first_p50": statistics.median(first) if first else float("nan"),
        "first_p95": quantile(first, 0.95),
        "first_max": max(first, default=float("nan")),
        "rerun_p50": statistics.median(rerun) if rerun else float("nan"),
        "rerun_p95": quantile(rerun, 0.95),
        "errors": sum(1 for v in visits if v.error or v.exceptions or v.rerun_s is None),
    }


def stream_url(base: str) -> str:
    """The websocket endpoint of a server's base http URL."""
    return base.replace("http://", "ws://", 1) + "/_stcore/stream"


def crowd_stats(base: str, page: tuple[str, str], n: int, timeout: float, warmups: int = 1) -> dict[str, float | int]:
    """One crowd of n sessions on a page, after untimed warm-up visits one after another, so caches are as a seminar
    finds them (behind make serve each visit lands on a random process: 10 miss one of 2 with odds 1 in 512)."""
    for _ in range(warmups):
        asyncio.run(crowd(stream_url(base), page[0], "", page[1], 1, timeout))
    return summary(asyncio.run(crowd(stream_url(base), page[0], "", page[1], n, timeout)))


async def _memory(base: str, pid: int, page: str, n: int, timeout: float) -> float:
    before = rss_mb(pid)
    sockets = await hold(stream_url(base), page, n, timeout)
    time.sleep(1)
    after = rss_mb(pid)
    for ws in sockets:
        await ws.close()
    return (after - before) / n


def memory_per_session(base: str, pid: int, page: str, n: int, timeout: float) -> float:
    """MB of server RSS per open session: n sessions opened on a page and kept open (after a warm-up visit)."""
    asyncio.run(crowd(stream_url(base), page, "", "", 1, timeout))
    return asyncio.run(_memory(base, pid, page, n, timeout))

