"""Rows added, changed and removed between two versions of a data folder, per table file."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.data import vocab

# The columns that name a row, where the first column alone does not (indicator tables hold many rows per id).
KEYS: dict[str, tuple[str, ...]] = {
    vocab.TABLES["raw_benchmarks"][0]: ("geo", "indicator_id", "year"),
}
AREA_VALUE_KEY = ("indicator_id", "nuts_code", "year")
EXAMPLES = 10  # rows named per file in a preview


@dataclass
class FileDiff:
    """What changed in one table file: counts, and a few row keys of each kind for the preview."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    examples: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Return the three counts."""
        return {"added": self.added, "changed": self.changed, "removed": self.removed}


def _key_columns(rel: str, header: list[str]) -> tuple[str, ...]:
    if rel in KEYS:
        return KEYS[rel]
    if rel.startswith(vocab.AREA_VALUES_FOLDER + "/") and set(AREA_VALUE_KEY) <= set(header):
        return AREA_VALUE_KEY
    return tuple(header[:1])


def _rows(payload: bytes | None) -> tuple[list[str], list[dict[str, str]]]:
    if payload is None:
        return [], []
    reader = csv.DictReader(io.StringIO(payload.decode("utf-8-sig"), newline=""))
    return list(reader.fieldnames or []), list(reader)


def _keyed(rows: list[dict[str, str]], key: tuple[str, ...]) -> dict[tuple[str, ...], dict[str, str]] | None:
    """Index rows by key, or None if the key repeats (then rows are compared whole)."""
    out: dict[tuple[str, ...], dict[str, str]] = {}
    for row in rows:
        k = tuple(row.get(c) or "" for c in key)
        if k in out:
            return None
        out[k] = row
    return out


def diff_file(rel: str, old: bytes | None, new: bytes | None) -> FileDiff:
    """Compare two versions of one table file (None: the file is absent) row by row."""
    old_header, old_rows = _rows(old)
    new_header, new_rows = _rows(new)
    key = _key_columns(rel, new_header or old_header)
    before, after = _keyed(old_rows, key), _keyed(new_rows, key)
    out = FileDiff()
    if before is None or after is None:
        # No usable key: a row is either in both versions, whole, or added or removed.
        old_set = [tuple(sorted(r.items())) for r in old_rows]
        new_set = [tuple(sorted(r.items())) for r in new_rows]
        out.added = len(set(new_set) - set(old_set))
        out.removed = len(set(old_set) - set(new_set))
        return out
    for k, row in after.items():
        if k not in before:
            out.added += 1
            _example(out, "added", k)
        elif before[k] != row:
            out.changed += 1
            _example(out, "changed", k)
    for k in before.keys() - after.keys():
        out.removed += 1
        _example(out, "removed", k)
    return out


def _example(out: FileDiff, kind: str, key: tuple[str, ...]) -> None:
    if len(out.examples) < EXAMPLES:
        out.examples.append(f"{kind}: {', '.join(key)}")


def table_files(folder: Path) -> dict[str, Path]:
    """Return the CSV table files of a data folder by relative path (geo/ and README.md are not tables)."""
    out = {}
    for path in sorted(folder.rglob("*.csv")):
        rel = path.relative_to(folder).as_posix()
        if rel.split("/")[0] not in vocab.FREE_FOLDERS:
            out[rel] = path
    return out


def diff_folders(old: Path, new: Path) -> dict[str, FileDiff]:
    """Compare every table file of two data folders; only files that differ are listed."""
    before, after = table_files(old), table_files(new)
    out = {}
    for rel in sorted(before.keys() | after.keys()):
        old_bytes = before[rel].read_bytes() if rel in before else None
        new_bytes = after[rel].read_bytes() if rel in after else None
        if old_bytes != new_bytes:
            out[rel] = diff_file(rel, old_bytes, new_bytes)
    return out
