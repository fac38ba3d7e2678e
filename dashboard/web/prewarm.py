"""`python -m dashboard prewarm` runs this: every step of a story through the story page, timed.

Without --url, in this process (AppTest): a rehearsal that proves every step draws on this data. With --url, through
a running server's websocket, as a browser tab steps through the story: that server's caches are then warm.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import sys
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path

import websockets
from streamlit.testing.v1 import AppTest

from dashboard.data.paths import DATA_DIR, ROOT
from dashboard.data.stories import Story, load_story
from dashboard.urls.server import HEALTH_PATH, BadServerUrl, server_base, stream_url
from dashboard.web.wsclient import Run, connect, read_run, rerun_message

APP = ROOT / "streamlit_app.py"
PAGE = "dashboard/web/pages/story.py"
TIMEOUT = 300  # seconds for one step, cold, on a loaded machine
URL_PAGE = "story"  # the story page's url_path (streamlit_app.py)
ROUTE_COOKIE = "metrocase_route"  # deploy/nginx.conf.in hashes it to one of the processes behind `make serve`
MAX_SESSIONS = 200
Result = tuple[int, float, str]  # step, seconds, problem ("" if none)


def drawn(at: AppTest) -> int:
    """The number of figures and tables the run put on the page."""
    return len(at.get("plotly_chart")) + len(at.get("arrow_data_frame"))


def rehearse(story_id: str, lang: str, n_steps: int) -> list[tuple[int, float, str]]:
    """Render every step in one session (as a presenter steps through it); return (step, seconds, problem)."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params.update({"id": story_id, "step": "1", "lang": lang})
    at.run()
    at.switch_page(PAGE)
    results = []
    for number in range(1, n_steps + 1):
        at.query_params["step"] = str(number)
        start = time.perf_counter()
        at.run()
        seconds = time.perf_counter() - start
        problem = ""
        if at.exception:
            problem = str(at.exception[0].value)[:200]
        elif at.error:
            problem = str(at.error[0].value)[:200]
        elif not drawn(at):
            problem = "no figure or table drawn"
        results.append((number, seconds, problem))
    return results


def problem_of(run: Run) -> str:
    """Why a step run over the websocket failed, or ""."""
    if not run.compiled:
        return "the page did not compile"
    if run.exceptions or run.errors:
        return (run.exceptions or run.errors)[0][:200]
    return "" if run.drawn else "no figure or table drawn"


async def rehearse_remote(stream: str, story_id: str, lang: str, n_steps: int, route: str) -> list[Result]:
    """Step through the story in one session of a running server (one route key: one process behind nginx)."""
    results = []
    async with connect(stream, {"Cookie": f"{ROUTE_COOKIE}={route}"}) as ws:
        for number in range(1, n_steps + 1):
            start = time.perf_counter()
            await ws.send(rerun_message(URL_PAGE, f"id={story_id}&step={number}&lang={lang}"))
            async with asyncio.timeout(TIMEOUT):
                run = await read_run(ws)
            results.append((number, time.perf_counter() - start, problem_of(run)))
    return results


def reachable(base: str) -> str:
    """"" if the server answers its health check, else why not (said plainly)."""
    try:
        with urllib.request.urlopen(base + HEALTH_PATH, timeout=10) as response:
            return "" if response.status == 200 else f"{HEALTH_PATH} answered {response.status}"
    except OSError as exc:
        return f"{HEALTH_PATH}: {getattr(exc, 'reason', None) or exc}"


def main(argv: Sequence[str] | None = None) -> int:
    """Rehearse a story in the chosen languages, print one line per step and a total; exit 1 if a step failed."""
    parser = argparse.ArgumentParser(prog="python -m dashboard prewarm")
    parser.add_argument("--story", required=True)
    parser.add_argument("--lang", choices=("en", "it", "both"), default="both")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--url")
    parser.add_argument("--sessions", type=int, default=1)
    args = parser.parse_args(argv)
    from streamlit.logger import set_log_level

    set_log_level("error")  # AppTest runs without a server: Streamlit warns on every cache; the times are the output
    story = load_story(args.data_dir, args.story)
    if story is None:
        print(f"python -m dashboard prewarm: error: no story {args.story[:40]!r} in {args.data_dir}/stories "
              "(or its file does not pass `python -m dashboard check`)", file=sys.stderr)
        return 2
    langs = ("en", "it") if args.lang == "both" else (args.lang,)
    if args.url is None:
        from dashboard.web.cache import DATA_DIR_ENV  # after the log level: its caches warn without a runtime

        os.environ[DATA_DIR_ENV] = str(Path(args.data_dir).resolve())
        failed = sum(report(story, lang, rehearse(story.story_id, lang, len(story.steps)), "") for lang in langs)
        return 1 if failed else 0
    return run_remote(story, langs, args.url, args.sessions)


def report(story: Story, lang: str, results: list[Result], prefix: str) -> int:
    """Print one line per step and the total; return the number of failed steps."""
    total = 0.0
    failed = 0
    for number, seconds, problem in results:
        total += seconds
        failed += bool(problem)
        title = story.steps[number - 1].title(lang)
        print(f"{prefix}{lang} step {number:2d}/{len(story.steps)} {seconds:6.2f} s  {title}"
              + (f"  FAILED: {problem}" if problem else ""), flush=True)
    print(f"{prefix}{lang} all {len(story.steps)} steps {total:6.2f} s", flush=True)
    return failed


def run_remote(story: Story, langs: Sequence[str], url: str, sessions: int) -> int:
    """Step through the story on a running server in `sessions` sessions, each with its own route key."""
    try:
        base = server_base(url)
    except BadServerUrl as exc:
        return fail(str(exc), 2)
    if not 1 <= sessions <= MAX_SESSIONS:
        return fail(f"--sessions must be 1 to {MAX_SESSIONS}, not {sessions}", 2)
    why = reachable(base)
    if why:
        return fail(f"no dashboard answers at {base} ({why}); is it running?", 1)
    failed = 0
    for session in range(1, sessions + 1):
        # A fresh random route key per session, as a new visitor's browser gets: nginx sends it to one process.
        route = secrets.token_hex(8)
        for lang in langs:
            prefix = f"session {session} route {route} " if sessions > 1 else ""
            try:
                results = asyncio.run(rehearse_remote(stream_url(base), story.story_id, lang, len(story.steps),
                                                      route))
            except (TimeoutError, OSError, websockets.WebSocketException) as exc:
                return fail(f"the session on {base} broke off ({type(exc).__name__}: {str(exc)[:200]})", 1)
            failed += report(story, lang, results, prefix)
    return 1 if failed else 0


def fail(message: str, code: int) -> int:
    """Print a clear error on stderr and return the exit code."""
    print(f"python -m dashboard prewarm: error: {message}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
