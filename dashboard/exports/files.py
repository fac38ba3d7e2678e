"""Tables to files for download, safe for spreadsheets, written whole or not at all (no Streamlit)."""

from __future__ import annotations

import os
import tempfile
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


def write_atomic(path: Path, payload: bytes) -> None:
    """Write payload to path through a temp file in the same folder, then rename: never a partial file."""
    handle = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".part", delete=False)
    tmp = Path(handle.name)
    try:
        with handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
