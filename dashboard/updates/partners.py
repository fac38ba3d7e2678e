"""A partner's submission through the one update path: key, checks, preview, then a new version."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dashboard.updates import keys, versions
from dashboard.updates.diff import FileDiff
from dashboard.updates.layout import version_dir
from dashboard.updates.submission import area_regions, indicator_ids, merged_table, read_submission
from dashboard.updates.values import rederive, rules_of, value_tables


@dataclass
class Outcome:
    """What a submission did: how the file was read, its problems, the changes, and the new version (if any)."""

    how: str = ""
    problems: list[str] = field(default_factory=list)
    changes: dict[str, FileDiff] = field(default_factory=dict)
    base: int | None = None
    version: int | None = None


class KeyRefused(versions.UpdateRefused):
    """The key is not one of the area's keys (or the area is unknown)."""


def submit(root: Path, area: str, key: str, payload: bytes, *, dry_run: bool = False,
           expect_base: int | None = None) -> Outcome:
    """Check a partner's file for its area; with no problem, preview it (dry_run) or promote it as a new version."""
    # Read the last logged version (not the pointer a killed writer may have left behind) and promote only onto it.
    base = versions.entries(root)[-1].version
    data = version_dir(root, base)
    regions = area_regions(data)
    if area not in regions or not key or not keys.key_opens(root, area, key):
        raise KeyRefused(f"the key does not open area {area[:40]!r}")
    if expect_base is not None and expect_base != base:
        raise versions.UpdateRefused(f"the data changed since the preview (version {expect_base}, now {base})")
    rel = f"indicators/{area}.csv"
    sub = read_submission(payload, area, indicator_ids(data))
    out = Outcome(how=sub.how, problems=sub.problems)
    if sub.problems:
        return out
    digest = versions.sha256(payload)
    table = merged_table((data / rel).read_bytes(), sub, regions[area], area, digest)
    # A corrected input (a population, say) recomputes the values derived from it, in the same new version; only
    # in the area's own table, since a key never changes another area.
    derived = rederive(value_tables(data, {rel: table}), rules_of(data))
    files = {rel: derived[rel]}
    try:
        if dry_run:
            out.base, out.changes = versions.preview(root, files)
            return out
        entry = versions.apply(root, files, kind="submit", who=f"partner key of {area}",
                               what=f"{rel}: {len(sub.rows)} rows submitted", original=payload,
                               expect_base=base if expect_base is None else expect_base)
    except KeyRefused:
        raise
    except versions.UpdateRefused as exc:
        out.problems = [str(exc), *exc.problems]
        return out
    out.base, out.version = entry.parent, entry.version
    out.changes = {rel: FileDiff(**counts) for rel, counts in entry.counts.items()}
    return out


def new_key(root: Path, area: str) -> str:
    """Make a partner key for a known area of the current version; return it (shown once, only its hash is kept)."""
    with versions.writer_lock(root):
        base = versions.entries(root)[-1].version
        if area not in area_regions(version_dir(root, base)):
            raise versions.UpdateRefused(f"unknown area {area[:40]!r}")
        return keys.new_key(root, area)
