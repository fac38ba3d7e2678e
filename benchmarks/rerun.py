"""Benchmark: rerun time after a widget change, per page, beside an empty Streamlit app in the same run.

Measured with AppTest (script run in process, no browser): the median of N reruns after a warm-up. /compare
alternates two indicators, once with the caches warm (the hot path a seminar audience hits) and once with
st.cache_data cleared before each rerun (a first visit to that view); every page also alternates the language switch.
Prints a table and one JSON line.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamlit.logger import set_log_level  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

INDICATORS = ("population_jan1", "gdp_pps_per_inhabitant")
# Pages of the table: url_path -> script; each reruns after the sidebar's language switch changes.
PAGES = {
    "/": "overview", "/compare": "compare", "/governance": "governance", "/plans": "plans", "/data": "data",
    "/about": "about",
}
EMPTY_APP = 'import streamlit as st\n\nst.selectbox("x", ["a", "b"], key="k")\n'


def timed_reruns(step: Callable[[int], None], n: int, warmup: int) -> list[float]:
    """Run step(i) warmup + n times; return the last n durations in ms."""
    times = []
    for i in range(warmup + n):
        start = time.perf_counter()
        step(i)
        if i >= warmup:
            times.append((time.perf_counter() - start) * 1000)
    return times


def empty_app(n: int, warmup: int) -> list[float]:
    """Reruns of a one-widget app after changing its widget."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "empty_app.py"
        path.write_text(EMPTY_APP, encoding="utf-8")
        at = AppTest.from_file(str(path), default_timeout=60)
        at.run()
        return timed_reruns(lambda i: at.selectbox(key="k").set_value("ab"[i % 2]).run(), n, warmup)


def compare_app(n: int, warmup: int, cached: bool) -> list[float]:
    """Reruns of /compare after changing the indicator (alternating two)."""
    import streamlit as st

    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=120)
    at.run()
    at.switch_page("dashboard/web/pages/compare.py")
    at.run()

    def step(i: int) -> None:
        if not cached:
            st.cache_data.clear()
            st.cache_resource.clear()
        at.selectbox(key="cmp_ind").set_value(INDICATORS[i % 2]).run()
        if at.exception:
            raise RuntimeError(at.exception[0].value)

    return timed_reruns(step, n, warmup)


def page_app(script: str, n: int, warmup: int) -> list[float]:
    """Reruns of a page after switching the language (alternating en and it)."""
    from dashboard.web.widgets import LANG_WIDGET

    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=120)
    at.run()
    at.switch_page(f"dashboard/web/pages/{script}.py")
    at.run()

    def step(i: int) -> None:
        at.radio(key=LANG_WIDGET).set_value(("it", "en")[i % 2]).run()
        if at.exception:
            raise RuntimeError(at.exception[0].value)

    return timed_reruns(step, n, warmup)


def measure(n: int, warmup: int) -> dict[str, list[float]]:
    """Rerun times (ms) of the empty app, /compare (warm and uncached) and every page's language switch."""
    set_log_level("error")
    # Clearing st.cache_data outside a Streamlit runtime logs "No runtime found" each time: noise in the table.
    logging.getLogger("streamlit.runtime.caching.cache_data_api").disabled = True
    results = {
        "empty": empty_app(n, warmup),
        "compare": compare_app(n, warmup, cached=True),
        "compare_uncached": compare_app(n, warmup, cached=False),
    }
    for path, script in PAGES.items():
        results[f"lang {path}"] = page_app(script, n, warmup)
    return results


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table and one JSON line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=20, help="timed reruns per case (default 20)")
    parser.add_argument("--warmup", type=int, default=4, help="untimed reruns first (default 4)")
    args = parser.parse_args(argv)
    os.environ.setdefault("METROCASE_GEO_DOWNLOAD", "0")
    results = measure(args.n, args.warmup)
    medians = {name: statistics.median(times) for name, times in results.items()}
    print(f"{'case':<20}{'median ms':>10}{'p90 ms':>10}{'min ms':>10}{'n':>5}")
    for name, times in results.items():
        p90 = statistics.quantiles(times, n=10)[-1] if len(times) > 1 else times[0]
        print(f"{name:<20}{medians[name]:>10.1f}{p90:>10.1f}{min(times):>10.1f}{len(times):>5}")
    print(json.dumps({
        "bench": "rerun",
        "compare_ms": round(medians["compare"], 1),
        "compare_uncached_ms": round(medians["compare_uncached"], 1),
        "empty_ms": round(medians["empty"], 1),
        "ratio": round(medians["compare"] / medians["empty"], 2),
        "ratio_uncached": round(medians["compare_uncached"] / medians["empty"], 2),
        "pages": {name: round(medians[name] / medians["empty"], 2) for name in results if name.startswith("lang ")},
        "n": args.n,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
