"""The versioned data root: versions/NNNNNN folders, the `current` pointer, the log, originals, the lock."""

from __future__ import annotations

import os
from pathlib import Path

CURRENT = "current"  # a relative symbolic link to versions/NNNNNN, switched by an atomic rename
VERSIONS = "versions"
STAGING = "staging"
ORIGINALS = "originals"
LOG = "log.jsonl"
LOCK = "lock"


def version_name(number: int) -> str:
    """Return the folder name of a version (zero-padded so that names sort as numbers)."""
    return f"{number:06d}"


def version_dir(root: Path, number: int) -> Path:
    """Return the folder of one version."""
    return root / VERSIONS / version_name(number)


def is_versioned(root: Path) -> bool:
    """Say whether a folder is a versioned data root (it has a `current` pointer)."""
    return (root / CURRENT).is_symlink()


def current_data_dir(path: Path | str) -> Path:
    """Return the data folder to read: the current version of a versioned root, else the folder itself.

    The pointer is read once per call, so a reader keeps the version it resolved even if a writer promotes another.
    """
    root = Path(path)
    if not is_versioned(root):
        return root
    target = os.readlink(root / CURRENT)
    return (root / target).resolve()


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries (a rename or a new file in it) to disk."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
