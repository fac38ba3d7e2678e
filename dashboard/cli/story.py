"""Stories on the command line: their parameters checked by the pages' URL parsers, and `prewarm`."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from dashboard.data.check import Problem
from dashboard.data.stories import read_story, story_files
from dashboard.urls.server import BadServerUrl, server_base

MAX_SESSIONS = 200


def _server_url(text: str) -> str:
    """Parse --url: an http(s) address of a running dashboard (untrusted: anything else is refused, plainly)."""
    try:
        return server_base(text)
    except BadServerUrl as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _sessions(text: str) -> int:
    """Parse --sessions: 1 to MAX_SESSIONS."""
    if not text.strip().isdigit() or not 1 <= int(text) <= MAX_SESSIONS:
        raise argparse.ArgumentTypeError(f"a number of sessions from 1 to {MAX_SESSIONS}, not {text[:40]!r}")
    return int(text)


def param_problems(data_dir: Path, label: str) -> list[Problem]:
    """Every step whose parameters its page would not accept as given, named by file, line and step.

    Run only on a data directory that passes the other checks (the pages' choices are read from its data).
    """
    # Imported here so that building the parser (every command) loads no DuckDB or pandas.
    from dashboard.data import db
    from dashboard.urls.story import context_of, step_problems

    files = [p for p in story_files(data_dir) if p.suffix == ".yaml" and p.is_file()]
    stories = [(path, read_story(path)[0]) for path in files]
    if not any(story for _, story in stories):
        return []
    ctx = context_of(db.connect(data_dir, label))
    found = []
    for path, story in stories:
        for step in story.steps if story else ():
            for reason in step_problems(step, ctx):
                found.append(Problem(f"{label.rstrip('/')}/stories/{path.name}", step.line, f"step {step.number}",
                                     reason))
    return found


def add_parser(sub: argparse._SubParsersAction, data_dir_type: Callable[[str], Path], default: Path) -> None:
    """Add `prewarm`: render every step of a story once, in each language, and print the time of each."""
    prewarm = sub.add_parser(
        "prewarm", help="render every step of a story once and report the time per step",
        description="Render every step of a story through the app's own story page, in English and Italian, and "
        "print the seconds each took. Without --url: in this process (Streamlit's AppTest, no browser), a rehearsal "
        "that proves every step draws on this data. With --url: through a running server's websocket, as a browser "
        "tab steps through the story, so that server's caches are warm for the talk. Exit 1 if a step fails or the "
        "server cannot be reached.",
    )
    prewarm.add_argument("--story", required=True, help="story id (a file data/stories/<id>.yaml)")
    prewarm.add_argument("--lang", choices=("en", "it", "both"), default="both", help="language(s) (default both)")
    prewarm.add_argument("--data-dir", type=data_dir_type, default=default, help="data directory (default: data/)")
    prewarm.add_argument("--url", type=_server_url,
                         help="a running dashboard to warm, e.g. http://127.0.0.1:8080 (http or https only)")
    prewarm.add_argument("--sessions", type=_sessions, default=1,
                         help="with --url: step through the story in this many sessions, each with a new route "
                         "key; behind `make serve` with k processes, about 6*k reach every process (default 1)")


def run_prewarm(args: argparse.Namespace) -> int:
    """Run the story page for every step in a separate process (Streamlit stays at the web edge) and relay it."""
    command = [sys.executable, "-m", "dashboard.web.prewarm", "--story", args.story, "--lang", args.lang,
               "--data-dir", str(args.data_dir)]
    if args.url:
        command += ["--url", args.url, "--sessions", str(args.sessions)]
    return subprocess.run(command, check=False).returncode
