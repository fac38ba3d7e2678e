"""The benchmark's websocket client speaks Streamlit's protocol: sessions against a real server finish their runs."""

from __future__ import annotations

import asyncio

from benchmarks import sessions
from benchmarks.server import ROOT, rss_mb, streamlit_server
from benchmarks.wsclient import Visit, crowd


def test_sessions_render_and_rerun_a_page_of_the_app():
    """Three sessions open /compare and rerun it with another indicator: no error, no exception on the page."""
    with streamlit_server(ROOT / "streamlit_app.py") as (base, pid):
        page, second = sessions.PAGES["/compare"]
        visits = asyncio.run(crowd(sessions.stream_url(base), page, "", second, 3, 120))
        assert rss_mb(pid) > 0
    assert [(v.error, v.exceptions) for v in visits] == [(None, [])] * 3
    assert all(v.first_s and v.rerun_s for v in visits)


def test_failed_and_timed_out_sessions_count_as_errors():
    """A session whose page showed an exception, or that timed out, is an error; only finished ones are timed."""
    failing = [Visit(first_s=0.1, rerun_s=0.1, exceptions=["boom"]), Visit(error="TimeoutError"), Visit(0.2, 0.1)]
    stats = sessions.summary(failing)
    assert stats["errors"] == 2
    assert stats["first_max"] == 200


def test_quantile_is_nearest_rank():
    """p95 of 1..100 is 95; of one value, that value."""
    assert sessions.quantile([float(x) for x in range(1, 101)], 0.95) == 95
    assert sessions.quantile([5.0], 0.95) == 5


def test_every_query_runs_on_the_real_data_and_a_small_synthetic_table():
    """make bench's query timings run every queries/*.sql; the synthetic table has every column the queries read."""
    from benchmarks import query_times

    rows = query_times.run(1, size=(3, 2, 4))
    real = [r for r in rows if r["data"] == "real"]
    synthetic = [r for r in rows if r["data"] == "synthetic"]
    assert len(real) == len(list(query_times.QUERIES_DIR.glob("*.sql")))
    assert synthetic and all(r["ms"] >= 0 for r in rows)
    assert any(r["rows"] for r in synthetic)


def test_a_static_app_sends_as_many_elements_as_it_draws(tmp_path):
    """cpu.py --floor sizes its static apps by the elements a page sends: the client counts them exactly."""
    from benchmarks import cpu

    script = tmp_path / "static_app.py"
    script.write_text(cpu.static_app(7), encoding="utf-8")
    with streamlit_server(script) as (base, _):
        assert cpu.elements(base, sessions.EMPTY_PAGE) == 7
