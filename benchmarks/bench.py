"""`make bench`: every measure of DESIGN §7 beside an empty Streamlit app measured the same way, in one run.

(a) rerun after a widget change per page (AppTest, rerun.py); (b) N simultaneous sessions per page against a real
`streamlit run` on 127.0.0.1 (first render and one rerun, p50/p95/max, errors; sessions.py); (c) each query on the
real data and on a synthetic table (query_times.py); (d) server memory per open session. Prints one table and one
JSON object of ratios to the empty app. Numbers only: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import links, query_times, rerun, sessions  # noqa: E402
from benchmarks.server import streamlit_server  # noqa: E402

SERVED_WARMUPS = 10  # visits before a crowd on a served URL: each lands on a random process
EMPTY_APP = 'import streamlit as st\n\nst.title("empty")\nst.selectbox("x", ["a", "b"], key="k")\n'


def crowds(script: Path, pages: dict[str, tuple[str, str]], counts: list[int], timeout: float,
           memory_n: int) -> tuple[dict[str, dict[int, dict]], dict[str, float]]:
    """Crowd stats per page and N, and MB per open session per page, on one server serving script."""
    stats: dict[str, dict[int, dict]] = {}
    memory: dict[str, float] = {}
    with streamlit_server(script) as (base, pid):
        for path, page in pages.items():
            stats[path] = {n: sessions.crowd_stats(base, page, n, timeout) for n in counts}
        if memory_n:
            for path, page in pages.items():
                memory[path] = sessions.memory_per_session(base, pid, page[0], memory_n, timeout)
    return stats, memory


def served(base: str, pages: dict[str, tuple[str, str]], counts: list[int], timeout: float) -> dict[str, dict]:
    """Crowd stats per page and N on a server already running at base (e.g. make serve: every process warmed, as
    `make prewarm URL=` does before a seminar; one warm-up visit left a process cold and its sessions paying for it)."""
    return {path: {n: sessions.crowd_stats(base, page, n, timeout, warmups=SERVED_WARMUPS) for n in counts}
            for path, page in pages.items()}


def link_cycle(n: int) -> dict[str, float]:
    """Memory of a fresh app server while one visitor opens n distinct links."""
    with streamlit_server(ROOT / "streamlit_app.py") as (base, pid):
        return links.cycle(sessions.stream_url(base), pid, n, timeout=10 * 60 + 2 * n)


def ratio(value: float, floor: float) -> float | None:
    """value / floor rounded, None where the floor is zero or not a number."""
    return round(value / floor, 2) if floor and floor == floor and value == value else None


def main(argv: list[str] | None = None) -> int:
    """Run every benchmark and print the table and the JSON object."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", default="1,10,50", help="comma list of simultaneous sessions (default 1,10,50)")
    parser.add_argument("--100", dest="hundred", action="store_true", help="add N = 100")
    parser.add_argument("--pages", default=",".join(sessions.PAGES), help="comma list of pages (default: all six)")
    parser.add_argument("--reruns", type=int, default=10, help="timed AppTest reruns per page (default 10)")
    parser.add_argument("--queries", type=int, default=5, help="timed runs per query (default 5)")
    parser.add_argument("--memory", type=int, default=20, help="sessions held open to measure memory (0: skip)")
    parser.add_argument("--links", type=int, default=300,
                        help="distinct links one visitor opens, for memory (default 300; the issue's test: 3000)")
    parser.add_argument("--url", help="also measure the sessions against this running server (e.g. make serve)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds a session may take in all (default 120)")
    args = parser.parse_args(argv)
    os.environ.setdefault("METROCASE_GEO_DOWNLOAD", "0")
    counts = [int(n) for n in args.sessions.split(",") if n] + ([100] if args.hundred else [])
    pages = {path: sessions.PAGES[path] for path in args.pages.split(",")}

    reruns = {name: statistics.median(times) for name, times in rerun.measure(args.reruns, 2).items()}
    with tempfile.TemporaryDirectory() as folder:
        empty_script = Path(folder) / "empty_app.py"
        empty_script.write_text(EMPTY_APP, encoding="utf-8")
        empty_stats, empty_memory = crowds(empty_script, {"empty": sessions.EMPTY_PAGE}, counts, args.timeout,
                                           args.memory)
    app_stats, app_memory = crowds(ROOT / "streamlit_app.py", pages, counts, args.timeout, args.memory)
    if args.url:
        app_stats.update({f"{path} @url": by_n for path, by_n in
                          served(args.url.rstrip("/"), pages, counts, args.timeout).items()})
    cycled = link_cycle(args.links) if args.links else {}
    queries = query_times.run(args.queries)

    print(f"{'rerun (AppTest)':<28}{'median ms':>10}{'x empty':>9}")
    for name, ms in reruns.items():
        print(f"{name:<28}{ms:>10.1f}{ratio(ms, reruns['empty']) or '':>9}")
    print(f"\n{'sessions (streamlit run)':<20}{'N':>5}{'first p50':>10}{'p95':>8}{'max':>8}{'rerun p95':>10}"
          f"{'errors':>7}{'p95 x empty':>12}")
    for path, by_n in {**empty_stats, **app_stats}.items():
        for n, row in by_n.items():
            floor = empty_stats["empty"][n]["first_p95"]
            print(f"{path:<20}{n:>5}{row['first_p50']:>10.0f}{row['first_p95']:>8.0f}{row['first_max']:>8.0f}"
                  f"{row['rerun_p95']:>10.0f}{row['errors']:>7}{ratio(row['first_p95'], floor) or '':>12}")
    if args.memory:
        print(f"\n{'memory per open session':<28}{'MB':>8}")
        for path, mb in {**empty_memory, **app_memory}.items():
            print(f"{path:<28}{mb:>8.2f}")
    if cycled:
        print(f"\none visitor, {cycled['links']} distinct links: RSS idle {cycled['idle_mb']:.0f} MB, peak "
              f"{cycled['peak_mb']:.0f} MB (+{cycled['peak_mb'] - cycled['idle_mb']:.0f}), "
              f"end {cycled['end_mb']:.0f} MB, {cycled['seconds']:.0f} s")
    print(f"\n{'query':<22}{'data':<11}{'median ms':>10}{'rows':>9}")
    for row in queries:
        print(f"{row['query']:<22}{row['data']:<11}{row['ms']:>10.1f}{row['rows']:>9}")
    print(json.dumps({
        "bench": "all",
        "rerun_empty_ms": round(reruns["empty"], 1),
        "rerun_ratio": {name: ratio(ms, reruns["empty"]) for name, ms in reruns.items() if name != "empty"},
        "first_p95_empty_ms": {n: round(row["first_p95"]) for n, row in empty_stats["empty"].items()},
        "first_p95_ratio": {path: {n: ratio(row["first_p95"], empty_stats["empty"][n]["first_p95"])
                                   for n, row in by_n.items()} for path, by_n in app_stats.items()},
        "errors": {path: {n: row["errors"] for n, row in by_n.items()} for path, by_n in app_stats.items()},
        "memory_mb_per_session": {path: round(mb, 2) for path, mb in {**empty_memory, **app_memory}.items()},
        "links": {k: round(v, 1) for k, v in cycled.items()},
        "query_ms": {f"{row['query']} ({row['data']})": round(row["ms"], 1) for row in queries},
        "synthetic": "1,200 regions x 100 indicators x 30 years, generated (not data)",
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
