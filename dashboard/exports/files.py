"""Tables to files for download, safe for spreadsheets, written whole or not at all (no Streamlit)."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

import pandas as pd

# OWASP CSV injection: a cell starting with one of these is read as a formula by spreadsheet programs.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: object) -> object:
    """Prefix a text cell that a spreadsheet would run as a formula with a single quote; other values pass."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def neutralise(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy whose text cells cannot be read as formulas; numeric columns are untouched."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise_cell)
    return out


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """Return the frame as UTF-8 CSV with a BOM (so Excel reads the accents), formulas neutralised."""
    return neutralise(frame).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


class NotRegularFile(OSError):
    """The target of a write is a symlink, directory, device, FIFO or socket: it is left alone."""


def not_regular(path: Path) -> str | None:
    """Return why path must not be replaced by a written file (a symlink, directory, device...), or None if it may.

    A rename replaces whatever name it lands on: `-o /dev/null` as root would swap the device node for a file.
    """
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return None
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return "is a symbolic link"
    if stat.S_ISDIR(mode):
        return "is a directory"
    return "is not a regular file (a device, FIFO or socket)"


def _create_beside(path: Path) -> tuple[int, Path]:
    """Create a new temp file beside path with mode 0o666, so the umask (and default ACLs) apply as for open()."""
    for _ in range(100):
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.part")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temp file name beside {path}")


def write_atomic(path: Path, payload: bytes) -> None:
    """Write payload to path through a temp file in the same folder, then rename: never a partial file.

    The file gets the mode open() would give it: an existing file's own mode, else 0o666 less the umask
    (a temp file from tempfile would be 0o600 whatever the umask). Raises NotRegularFile, and replaces nothing,
    if the target is not a regular file.
    """
    reason = not_regular(path)
    if reason is not None:
        raise NotRegularFile(errno.EEXIST, f"the output {reason}", str(path))
    fd, tmp = _create_beside(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            with contextlib.suppress(FileNotFoundError):
                os.fchmod(handle.fileno(), stat.S_IMODE(path.stat().st_mode))  # keep the replaced file's mode
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        reason = not_regular(path)  # again: the target may have changed while the payload was written
        if reason is not None:
            raise NotRegularFile(errno.EEXIST, f"the output {reason}", str(path))
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
