"""The append-only version log: one JSON object per line, fsynced; a torn last line is never a version."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from dashboard.updates.layout import LOG


@dataclass(frozen=True)
class Entry:
    """One version: who made it, when, from what (file hash), and the rows added, changed, removed per file."""

    version: int
    parent: int | None
    kind: str  # init, update, submit, refresh, rollback
    who: str
    when: str  # ISO 8601, UTC
    what: str
    sha256: str | None = None
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    def totals(self) -> dict[str, int]:
        """Return the rows added, changed and removed over every file."""
        out = {"added": 0, "changed": 0, "removed": 0}
        for per_file in self.counts.values():
            for name in out:
                out[name] += per_file.get(name, 0)
        return out


def read(root: Path) -> list[Entry]:
    """Return the complete entries of the log, oldest first (a last line without its newline is left out)."""
    path = root / LOG
    if not path.exists():
        return []
    text = path.read_bytes().decode("utf-8")
    lines = text.split("\n")
    # Every complete entry ends with a newline: the text after the last one is a write cut short.
    return [Entry(**json.loads(line)) for line in lines[:-1] if line]


def repair(root: Path) -> None:
    """Cut a torn last line (a writer killed while appending), so the next entry starts on its own line."""
    path = root / LOG
    if not path.exists():
        return
    data = path.read_bytes()
    keep = data.rfind(b"\n") + 1
    if keep != len(data):
        with path.open("r+b") as handle:
            handle.truncate(keep)
            os.fsync(handle.fileno())


def append(root: Path, entry: Entry) -> None:
    """Append one entry as one write, then fsync: once this returns, the version is committed."""
    line = json.dumps(asdict(entry), ensure_ascii=False, sort_keys=True) + "\n"
    fd = os.open(root / LOG, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
