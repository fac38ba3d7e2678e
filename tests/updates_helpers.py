"""Helpers of the update tests: a data root over the fixture data, and a byte-for-byte picture of a folder."""

from __future__ import annotations

import os
from pathlib import Path

from dashboard.updates import versions

FIXTURE_DIR = Path(__file__).parent / "fixtures" / "data"
TABLE = "indicators/fixture_a.csv"


def new_root(tmp_path: Path) -> Path:
    """Make a versioned data root whose version 1 is the fixture data."""
    root = tmp_path / "root"
    versions.init(root, FIXTURE_DIR, "tester")
    return root


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Return every file's bytes and every link's target under a folder, by relative path."""
    out: dict[str, bytes | str] = {}
    for base, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(base) / name
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink():
                out[rel] = "-> " + os.readlink(path)
            elif path.is_file():
                out[rel] = path.read_bytes()
            else:
                out[rel] = "dir"
    return out


def changed_table(value: str = "999") -> bytes:
    """Return fixture_a.csv with the first value replaced."""
    lines = (FIXTURE_DIR / TABLE).read_text(encoding="utf-8").splitlines(keepends=True)
    cells = lines[1].split(",")
    cells[3] = value
    lines[1] = ",".join(cells)
    return "".join(lines).encode("utf-8")
