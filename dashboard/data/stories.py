"""Seminar stories (data/stories/<id>.yaml): read one file into a Story, or list every problem of its shape.

The shape is checked here (known page and figure, both languages, one-line notes); whether each step's parameters
are a state its page accepts is checked with the pages' own URL parsers (dashboard/urls/story.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from dashboard.data import vocab

STORY_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
LANGS = ("en", "it")
MAX_STEPS = 30
MAX_FILE_BYTES = 100_000
MAX_TITLE = 120
MAX_NOTE = 300


@dataclass(frozen=True)
class Step:
    """One view of a story: a page, the figure it shows, its URL state, a title and a speaker note (EN, IT)."""

    number: int  # 1-based, as shown ("step 3 / 10") and in the URL
    line: int  # where the step starts in its file, for problems
    page: str
    figure: str
    params: tuple[tuple[str, str], ...]
    title_en: str
    title_it: str
    note_en: str
    note_it: str

    def title(self, lang: str) -> str:
        """Return the step's title in lang."""
        return self.title_it if lang == "it" else self.title_en

    def note(self, lang: str) -> str:
        """Return the speaker note in lang."""
        return self.note_it if lang == "it" else self.note_en


@dataclass(frozen=True)
class Story:
    """An ordered list of steps with a title in both languages (hashable: it keys caches)."""

    story_id: str
    title_en: str
    title_it: str
    steps: tuple[Step, ...]

    def title(self, lang: str) -> str:
        """Return the story's title in lang."""
        return self.title_it if lang == "it" else self.title_en


@dataclass(frozen=True)
class StoryProblem:
    """A problem of a story file: the line, the place (e.g. 'step 3 page') and the reason."""

    line: int
    place: str
    reason: str


def story_files(data_dir: Path | str) -> list[Path]:
    """Return every file of the data directory's stories/ folder (sorted; none if there is no folder)."""
    folder = Path(data_dir) / vocab.STORIES_FOLDER
    return sorted(p for p in folder.iterdir()) if folder.is_dir() else []


def story_path(data_dir: Path | str, story_id: str) -> Path | None:
    """Return the file of a story id, or None for an id that is not a valid name or has no file."""
    if not STORY_ID.match(story_id):
        return None
    path = Path(data_dir) / vocab.STORIES_FOLDER / f"{story_id}.yaml"
    return path if path.is_file() and not path.is_symlink() else None


def _step_lines(text: str) -> list[int]:
    """Return the 1-based line of each item of the top-level `steps` list (for problems that name a step)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if key.value == "steps" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _texts(value: object, place: str, limit: int, line: int, problems: list[StoryProblem]) -> tuple[str, str]:
    """Read an {en: ..., it: ...} mapping of one-line texts; record what is missing or malformed."""
    if not isinstance(value, dict):
        problems.append(StoryProblem(line, place, "needs an 'en' and an 'it' text"))
        return "", ""
    out = []
    for lang in LANGS:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            problems.append(StoryProblem(line, f"{place} {lang}", "text missing (both languages are required)"))
            out.append("")
        elif "\n" in text.strip() or len(text) > limit:
            problems.append(StoryProblem(line, f"{place} {lang}", f"not one line of at most {limit} characters"))
            out.append("")
        else:
            out.append(text.strip())
    extra = sorted(str(k) for k in value if k not in LANGS)
    if extra:
        problems.append(StoryProblem(line, place, f"unknown language {extra[0][:20]!r} (en, it)"))
    return out[0], out[1]


def _params(value: object, place: str, line: int, problems: list[StoryProblem]) -> tuple[tuple[str, str], ...]:
    """Read a step's URL parameters: names to text or whole numbers (their meaning is checked by the page)."""
    if value is None:
        return ()
    if not isinstance(value, dict):
        problems.append(StoryProblem(line, place, "not a mapping of parameter names to values"))
        return ()
    out = []
    for name, raw in value.items():
        if isinstance(raw, bool) or not isinstance(raw, str | int):
            problems.append(StoryProblem(line, f"{place} {str(name)[:40]}", "value is not text or a whole number"))
            continue
        out.append((str(name), str(raw)))
    return tuple(out)


def _step(number: int, line: int, raw: object, problems: list[StoryProblem]) -> Step | None:
    """Read one step; record every problem of its shape."""
    place = f"step {number}"
    if not isinstance(raw, dict):
        problems.append(StoryProblem(line, place, "not a mapping (page, params, title, note)"))
        return None
    for key in sorted(str(k) for k in raw if k not in vocab.STEP_KEYS):
        problems.append(StoryProblem(line, f"{place} {key[:40]}", f"unknown key (known: {', '.join(vocab.STEP_KEYS)})"))
    page = raw.get("page")
    known = vocab.STORY_FIGURES
    if not isinstance(page, str) or page not in known:
        problems.append(StoryProblem(line, f"{place} page", f"unknown page {str(page)[:40]!r} "
                                                             f"(known: {', '.join(known)})"))
        page = ""
    figure = raw.get("figure")
    figures = known.get(page, ())
    if page and figures and figure not in figures:
        problems.append(StoryProblem(line, f"{place} figure", f"unknown figure {str(figure)[:40]!r} of {page} "
                                                               f"(known: {', '.join(figures)})"))
    elif page and not figures and figure is not None:
        problems.append(StoryProblem(line, f"{place} figure", f"{page} shows the figure its view parameter names"))
    params = _params(raw.get("params"), f"{place} params", line, problems)
    title = _texts(raw.get("title"), f"{place} title", MAX_TITLE, line, problems)
    note = _texts(raw.get("note"), f"{place} note", MAX_NOTE, line, problems)
    return Step(number, line, page, str(figure or ""), params, *title, *note)


def read_story(path: Path) -> tuple[Story | None, list[StoryProblem]]:
    """Read a story file; return the story (None if its shape is wrong) and every problem found."""
    problems: list[StoryProblem] = []
    if path.stat().st_size > MAX_FILE_BYTES:
        return None, [StoryProblem(0, "-", f"file larger than {MAX_FILE_BYTES} bytes")]
    try:
        text = path.read_text(encoding="utf-8")
        raw = yaml.safe_load(text)
    except UnicodeDecodeError as exc:
        return None, [StoryProblem(1, "-", f"not UTF-8 ({exc.reason})")]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return None, [StoryProblem(mark.line + 1 if mark else 0, "-", f"not readable YAML ({str(exc)[:120]})")]
    if not isinstance(raw, dict):
        return None, [StoryProblem(1, "-", "not a mapping (id, title, steps)")]
    for key in sorted(str(k) for k in raw if k not in vocab.STORY_KEYS):
        problems.append(StoryProblem(1, key[:40], f"unknown key (known: {', '.join(vocab.STORY_KEYS)})"))
    if raw.get("id") != path.stem or not STORY_ID.match(path.stem):
        problems.append(StoryProblem(1, "id", f"must be the file's name {path.stem[:40]!r} (a-z, 0-9, -)"))
    title = _texts(raw.get("title"), "title", MAX_TITLE, 1, problems)
    steps_raw = raw.get("steps")
    if not isinstance(steps_raw, list) or not steps_raw or len(steps_raw) > MAX_STEPS:
        problems.append(StoryProblem(1, "steps", f"needs a list of 1 to {MAX_STEPS} steps"))
        return None, problems
    lines = _step_lines(text)
    steps = [_step(n, lines[n - 1] if n <= len(lines) else 0, s, problems) for n, s in enumerate(steps_raw, 1)]
    if problems:
        return None, problems
    return Story(path.stem, *title, tuple(s for s in steps if s is not None)), []


def load_story(data_dir: Path | str, story_id: str) -> Story | None:
    """Return the story of that id from the data directory, or None if there is none or its shape is wrong."""
    path = story_path(data_dir, story_id)
    return read_story(path)[0] if path is not None else None


def story_ids(data_dir: Path | str) -> list[str]:
    """Return the ids of the data directory's story files (their names; shapes are checked by check)."""
    return [p.stem for p in story_files(data_dir) if p.suffix == ".yaml" and STORY_ID.match(p.stem)]
