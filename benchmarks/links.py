"""One visitor cycling through distinct links (map subsets on /compare, search text on /plans): server memory."""

from __future__ import annotations

import asyncio
import itertools
import time

import websockets

from benchmarks.server import rss_mb
from benchmarks.wsclient import Visit, rerun_message, run_until_done

AREAS = ("genova", "torino", "warszawa", "bucuresti", "barcelona", "skopje", "goteborg", "tirana")
INDICATORS = ("population_jan1", "gdp_pps_per_inhabitant", "gdp_mio_eur", "employment_thousand")


def distinct_links(n: int) -> list[tuple[str, str]]:
    """n distinct (page, query) pairs: every other one a map of an area subset, the rest a plan search."""
    subsets = (c for k in range(2, len(AREAS) + 1) for c in itertools.combinations(AREAS, k))
    maps = (("compare", f"view=map&ind={ind}&areas={','.join(areas)}&lang={lang}")
            for areas, ind, lang in itertools.product(subsets, INDICATORS, ("en", "it")))
    searches = (("plans", f"q=link{i}") for i in itertools.count())
    pairs = itertools.chain.from_iterable(zip(maps, searches, strict=False))
    return list(itertools.islice(pairs, n))


async def _cycle(url: str, pid: int, links: list[tuple[str, str]], timeout: float) -> dict[str, float]:
    samples = []
    async with asyncio.timeout(timeout):
        async with websockets.connect(url, subprotocols=["streamlit"], max_size=None) as ws:
            await ws.send(rerun_message("", ""))
            await run_until_done(ws, Visit())
            idle = rss_mb(pid)
            start = time.perf_counter()
            for i, (page, query) in enumerate(links):
                await ws.send(rerun_message(page, query))
                await run_until_done(ws, Visit())
                if i % 50 == 0:
                    samples.append(rss_mb(pid))
            seconds = time.perf_counter() - start
    return {"links": len(links), "idle_mb": idle, "peak_mb": max([*samples, rss_mb(pid)]), "end_mb": rss_mb(pid),
            "seconds": seconds}


def cycle(url: str, pid: int, n: int, timeout: float) -> dict[str, float]:
    """RSS at idle, its peak and end while one session opens n distinct links in turn."""
    return asyncio.run(_cycle(url, pid, distinct_links(n), timeout))


def main(argv: list[str] | None = None) -> int:
    """Serve the app, cycle one visitor through n distinct links, print RSS idle/peak/end against a ceiling."""
    import argparse
    import json
    import os

    from benchmarks.server import ROOT, streamlit_server
    from benchmarks.sessions import stream_url

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=3000, help="distinct links (default 3000, the issue's test)")
    parser.add_argument("--ceiling", type=float, default=150, help="MB above idle allowed (default 150)")
    args = parser.parse_args(argv)
    os.environ.setdefault("METROCASE_GEO_DOWNLOAD", "0")
    with streamlit_server(ROOT / "streamlit_app.py") as (base, pid):
        result = cycle(stream_url(base), pid, args.n, timeout=10 * 60 + 2 * args.n)
    growth = result["peak_mb"] - result["idle_mb"]
    print(f"one visitor, {result['links']} distinct links (half /compare maps of area subsets, half /plans searches): "
          f"RSS idle {result['idle_mb']:.0f} MB, peak {result['peak_mb']:.0f} MB (+{growth:.0f}; ceiling "
          f"+{args.ceiling:.0f}: {'within' if growth <= args.ceiling else 'ABOVE'}), end {result['end_mb']:.0f} MB, "
          f"{result['seconds']:.0f} s")
    print(json.dumps({"bench": "links", **{k: round(v, 1) for k, v in result.items()}, "growth_mb": round(growth, 1),
                      "ceiling_mb": args.ceiling, "within": growth <= args.ceiling}))
    return 0


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
