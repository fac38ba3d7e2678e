"""Versions of a data root: init, stage and check an update, promote it atomically, roll back; one writer at a time."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import secrets
import shutil
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from dashboard.data import vocab
from dashboard.data.check import Problem, run_checks
from dashboard.updates import log
from dashboard.updates.diff import FileDiff, diff_folders
from dashboard.updates.layout import (
    CURRENT,
    LOCK,
    ORIGINALS,
    STAGING,
    VERSIONS,
    fsync_dir,
    is_versioned,
    version_dir,
    version_name,
)


class UpdateRefused(Exception):
    """An update that is not applied: the data root is left as it was. `problems` says why."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class Busy(UpdateRefused):
    """Another writer holds the lock."""


@dataclass
class Staged:
    """A checked update in the staging folder, not yet a version, with what it changes."""

    root: Path
    path: Path
    parent: int
    changes: dict[str, FileDiff]


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def sha256(payload: bytes) -> str:
    """Return the hex SHA-256 of some bytes."""
    return hashlib.sha256(payload).hexdigest()


@contextlib.contextmanager
def writer_lock(root: Path) -> Iterator[None]:
    """Hold the root's write lock (refused at once if another writer has it); repair a killed writer's leftovers."""
    fd = os.open(root / LOCK, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise Busy("another update of this data root is running; try again when it has finished") from None
        recover(root)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock, also when the process is killed


def recover(root: Path) -> None:
    """Bring the root back to its last logged version: the log is the commit record (call under the lock)."""
    log.repair(root)
    entries = log.read(root)
    shutil.rmtree(root / STAGING, ignore_errors=True)
    (root / STAGING).mkdir(exist_ok=True)
    if not entries:
        return
    last = entries[-1].version
    for folder in (root / VERSIONS).iterdir():
        # A folder promoted by a writer killed before it logged it was never a version.
        if not folder.name.isdigit() or int(folder.name) > last:
            shutil.rmtree(folder)
    if os.readlink(root / CURRENT) != f"{VERSIONS}/{version_name(last)}":
        _point(root, last)


def _point(root: Path, number: int) -> None:
    """Switch `current` to a version: a new link renamed over the old one, so readers see one or the other."""
    tmp = root / f".{CURRENT}.{secrets.token_hex(6)}"
    os.symlink(f"{VERSIONS}/{version_name(number)}", tmp)
    os.replace(tmp, root / CURRENT)
    fsync_dir(root)


def _copy_linked(source: Path, target: Path) -> None:
    """Copy a version folder by hard links: versions are never written in place, so they can share files."""
    for folder, dirs, files in os.walk(source):
        base = Path(folder)
        out = target / base.relative_to(source)
        out.mkdir(parents=True, exist_ok=True)
        for name in files:
            os.link(base / name, out / name)
        dirs.sort()


def _write_new(path: Path, payload: bytes) -> None:
    """Write a file that replaces a hard link (unlinked first, so the version it shares with is untouched)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    with path.open("xb") as handle:
        handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())


def entries(root: Path) -> list[log.Entry]:
    """Return the root's versions, oldest first."""
    if not is_versioned(root):
        raise UpdateRefused(f"not a versioned data root: {str(root)!r} (create one with `versions --init-from DIR`)")
    return log.read(root)


def init(root: Path, source: Path, who: str) -> log.Entry:
    """Make a new versioned data root whose version 1 is a checked copy of a data folder."""
    if root.exists() and any(root.iterdir()):
        raise UpdateRefused(f"the new data root must be an empty or new folder: {str(root)!r}")
    problems = run_checks(source.resolve(), str(source)).report.problems
    if problems:
        raise UpdateRefused(f"{str(source)!r} does not pass the data check", [str(p) for p in problems])
    root.mkdir(parents=True, exist_ok=True)
    (root / VERSIONS).mkdir()
    with writer_lock(root):
        staging = root / STAGING / secrets.token_hex(8)
        shutil.copytree(source, staging, symlinks=True)
        os.rename(staging, version_dir(root, 1))
        fsync_dir(root / VERSIONS)
        entry = log.Entry(1, None, "init", who, _now(), f"copy of {source.name}/", None, {})
        log.append(root, entry)
        _point(root, 1)
    return entry


def _allowed_rel(rel: str) -> bool:
    """Say whether an update may write this file: a registered table or an area's indicator table."""
    tables = {path for path, _ in vocab.TABLES.values()}
    parts = rel.split("/")
    area_table = len(parts) == 2 and parts[0] == vocab.AREA_VALUES_FOLDER and parts[1].endswith(".csv")
    return (rel in tables or area_table) and ".." not in parts and not rel.startswith("/")


def _stage(root: Path, base: int, files: Mapping[str, bytes]) -> Staged:
    """Copy a version, write the new files, run every check; refused updates leave only a staging folder behind."""
    for rel in files:
        if not _allowed_rel(rel):
            raise UpdateRefused(f"not a table of the data model: {rel[:80]!r}")
    staging = root / STAGING / secrets.token_hex(8)
    _copy_linked(version_dir(root, base), staging)
    for rel, payload in files.items():
        _write_new(staging / rel, payload)
    problems: list[Problem] = run_checks(staging, "").report.problems
    if problems:
        shutil.rmtree(staging)
        raise UpdateRefused("the update does not pass the data check", [str(p).lstrip("/") for p in problems])
    return Staged(root, staging, base, diff_folders(version_dir(root, base), staging))


def keep_original(root: Path, payload: bytes) -> str:
    """Keep a submitted file's bytes under their SHA-256 (written whole, once) and return the hash."""
    digest = sha256(payload)
    target = root / ORIGINALS / digest
    if not target.exists():
        target.parent.mkdir(exist_ok=True)
        tmp = target.with_name(f".{digest}.{secrets.token_hex(6)}")
        _write_new(tmp, payload)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    return digest


def preview(root: Path, files: Mapping[str, bytes]) -> tuple[int, dict[str, FileDiff]]:
    """Check an update and say what it would change against the current version; nothing is kept."""
    with writer_lock(root):
        base = entries(root)[-1].version
        staged = _stage(root, base, files)
        shutil.rmtree(staged.path)
    return base, staged.changes


def _promote(staged: Staged, kind: str, who: str, what: str, digest: str | None) -> log.Entry:
    """Make a staged folder the next version: rename, log (the commit point), then switch the pointer."""
    number = log.read(staged.root)[-1].version + 1
    fsync_dir(staged.path)
    os.rename(staged.path, version_dir(staged.root, number))
    fsync_dir(staged.root / VERSIONS)
    counts = {rel: change.counts() for rel, change in staged.changes.items()}
    entry = log.Entry(number, staged.parent, kind, who, _now(), what, digest, counts)
    log.append(staged.root, entry)
    _point(staged.root, number)
    return entry


def apply(
    root: Path, files: Mapping[str, bytes], *, kind: str, who: str, what: str,
    original: bytes | None = None, expect_base: int | None = None,
) -> log.Entry:
    """Stage, check and promote an update as a new version; raise UpdateRefused (nothing changed) otherwise.

    expect_base: the version a preview was made against; if another update landed since, the update is refused.
    """
    with writer_lock(root):
        base = entries(root)[-1].version
        if expect_base is not None and expect_base != base:
            raise UpdateRefused(
                f"the data changed since the preview (version {expect_base}, now {base}): preview again"
            )
        staged = _stage(root, base, files)
        if not staged.changes:
            shutil.rmtree(staged.path)
            raise UpdateRefused("the update changes nothing: no new version made")
        digest = keep_original(root, original) if original is not None else None
        return _promote(staged, kind, who, what, digest)


def rollback(root: Path, to: int, who: str) -> log.Entry:
    """Make a new version that is exactly version `to` (byte for byte); the versions after it stay in the log."""
    with writer_lock(root):
        known = entries(root)
        if to not in {entry.version for entry in known}:
            raise UpdateRefused(f"no version {to} (versions 1 to {known[-1].version})")
        base = known[-1].version
        if to == base:
            raise UpdateRefused(f"version {to} is already the current version")
        staging = root / STAGING / secrets.token_hex(8)
        _copy_linked(version_dir(root, to), staging)
        staged = Staged(root, staging, base, diff_folders(version_dir(root, base), staging))
        return _promote(staged, "rollback", who, f"rollback to version {to}", None)
