"""Where the server's CPU goes while N sessions open a page: cProfile in every script thread and the event loop.

cProfile sees only the thread that enables it, and Streamlit runs each session's script in its own thread, so a
profiler of the main thread misses the page. This starts `streamlit run` in a child process (`--serve`) whose
ScriptRunner threads each run under their own cProfile, timed by the thread's CPU time, and whose event-loop thread
(websocket sends, health) runs under another; both start only after a warm-up visit (a flag file) and are merged
and printed at the end: the functions with the most own time, and the project's and Streamlit's calls with the
most cumulative time. Profiling roughly doubles the cost: read the shares, not the milliseconds.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import os
import pstats
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def serve(port: int, out: str, flag: str) -> None:
    """Child: run the app with every script thread and the event loop profiled once the flag file exists."""
    import atexit

    from streamlit.runtime import app_session
    from streamlit.runtime.scriptrunner import script_runner
    from streamlit.web import cli

    lock, script_profiles = threading.Lock(), []
    # Each thread's own CPU time, not wall time: a thread waiting for the GIL would otherwise look busy.
    main_profile = cProfile.Profile(time.thread_time)
    loop_seen: list[asyncio.AbstractEventLoop] = []
    original_thread, original_init = script_runner.ScriptRunner._run_script_thread, app_session.AppSession.__init__

    def profiled_thread(self: script_runner.ScriptRunner) -> None:
        if not os.path.exists(flag):
            return original_thread(self)
        if loop_seen and not getattr(main_profile, "started", False):
            main_profile.started = True
            loop_seen[0].call_soon_threadsafe(main_profile.enable)
        profile = cProfile.Profile(time.thread_time)
        profile.enable()
        try:
            return original_thread(self)
        finally:
            profile.disable()
            with lock:
                script_profiles.append(profile)

    def recording_init(self: app_session.AppSession, *args: object, **kwargs: object) -> None:
        original_init(self, *args, **kwargs)
        if not loop_seen:
            loop_seen.append(asyncio.get_running_loop())

    def dump() -> None:
        main_profile.disable()
        with lock:
            stats = [pstats.Stats(p) for p in script_profiles]
        if stats:
            merged = stats[0]
            merged.add(*stats[1:])
            merged.dump_stats(f"{out}.script")
        if getattr(main_profile, "started", False):
            main_profile.dump_stats(f"{out}.main")

    script_runner.ScriptRunner._run_script_thread = profiled_thread
    app_session.AppSession.__init__ = recording_init
    atexit.register(dump)
    sys.argv = ["streamlit", "run", str(ROOT / "streamlit_app.py"), "--server.address", "127.0.0.1",
                "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    try:
        cli.main()
    except SystemExit:
        pass


def top(path: str, sort: str, limit: int, pattern: str = "") -> str:
    """The top rows of a profile dump, sorted by sort and filtered by a path pattern."""
    buffer = io.StringIO()
    stats = pstats.Stats(path, stream=buffer)
    stats.sort_stats(sort).print_stats(*([pattern] if pattern else []), limit)
    lines = buffer.getvalue().splitlines()
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    return "\n".join(line for line in lines[start:] if line.strip())


def main(argv: list[str] | None = None) -> int:
    """Profile a page under N sessions and print where the CPU went."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--page", default="/plans", help="a page of benchmarks/sessions.PAGES (default /plans)")
    parser.add_argument("-n", type=int, default=10, help="simultaneous sessions profiled (default 10)")
    parser.add_argument("--top", type=int, default=25, help="rows per table (default 25)")
    parser.add_argument("--save", metavar="PATH", help="also keep the dumps as PATH.script and PATH.main (pstats)")
    parser.add_argument("--serve", nargs=3, metavar=("PORT", "OUT", "FLAG"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(int(args.serve[0]), args.serve[1], args.serve[2])
        return 0
    from benchmarks import sessions
    from benchmarks.server import free_port, wait_healthy
    from benchmarks.wsclient import crowd

    page = sessions.PAGES[args.page]
    port = free_port()
    with tempfile.TemporaryDirectory() as folder:
        out, flag = f"{folder}/profile", f"{folder}/go"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "METROCASE_GEO_DOWNLOAD": "0"}
        proc = subprocess.Popen([sys.executable, __file__, "--serve", str(port), out, flag], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}"
            wait_healthy(base, 60)
            url = sessions.stream_url(base)
            asyncio.run(crowd(url, page[0], "", page[1], 1, 120))  # warm-up: caches filled, not profiled
            Path(flag).touch()
            visits = asyncio.run(crowd(url, page[0], "", page[1], args.n, 300))
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=60)
        renders = sum((v.first_s is not None) + (v.rerun_s is not None) for v in visits)
        print(f"{args.page}: {args.n} sessions, {renders} renders profiled")
        for name, label in (("script", "script threads"), ("main", "event loop (main thread)")):
            if not Path(f"{out}.{name}").exists():
                print(f"\n(no {label} profile)")
                continue
            total = pstats.Stats(f"{out}.{name}").total_tt
            print(f"\n== {label}: {total:.2f} s profiled, {total * 1000 / max(renders, 1):.1f} ms per render")
            print("-- own time\n" + top(f"{out}.{name}", "tottime", args.top))
            print("-- cumulative, dashboard/ and streamlit/\n"
                  + top(f"{out}.{name}", "cumulative", args.top, r"dashboard/|streamlit/(elements|delta|runtime/c)"))
            if args.save:
                shutil.copy(f"{out}.{name}", f"{args.save}.{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
