"""`python -m dashboard prewarm` runs this: every step of a story through the app's story page (AppTest), timed."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from streamlit.testing.v1 import AppTest

from dashboard.data.paths import DATA_DIR, ROOT
from dashboard.data.stories import load_story
from dashboard.web.cache import DATA_DIR_ENV

APP = ROOT / "streamlit_app.py"
PAGE = "dashboard/web/pages/story.py"
TIMEOUT = 300  # seconds for one step, cold, on a loaded machine


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


def main(argv: Sequence[str] | None = None) -> int:
    """Rehearse a story in the chosen languages, print one line per step and a total; exit 1 if a step failed."""
    parser = argparse.ArgumentParser(prog="python -m dashboard prewarm")
    parser.add_argument("--story", required=True)
    parser.add_argument("--lang", choices=("en", "it", "both"), default="both")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    from streamlit.logger import set_log_level

    set_log_level("error")  # AppTest runs without a server: Streamlit warns on every cache; the times are the output
    story = load_story(args.data_dir, args.story)
    if story is None:
        print(f"python -m dashboard prewarm: error: no story {args.story[:40]!r} in {args.data_dir}/stories "
              "(or its file does not pass `python -m dashboard check`)", file=sys.stderr)
        return 2
    os.environ[DATA_DIR_ENV] = str(Path(args.data_dir).resolve())
    failed = 0
    for lang in ("en", "it") if args.lang == "both" else (args.lang,):
        total = 0.0
        for number, seconds, problem in rehearse(story.story_id, lang, len(story.steps)):
            total += seconds
            failed += bool(problem)
            title = story.steps[number - 1].title(lang)
            print(f"{lang} step {number:2d}/{len(story.steps)} {seconds:6.2f} s  {title}"
                  + (f"  FAILED: {problem}" if problem else ""), flush=True)
        print(f"{lang} all {len(story.steps)} steps {total:6.2f} s", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
