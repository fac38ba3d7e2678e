"""Every download format in one place: its extension, MIME type and writers, for the CLI and the pages alike.

Writers are named "module:function" and imported on first use, so that reading the registry (the CLI builds its
--format choices from it even for `check`) loads none of pandas, pyarrow, openpyxl, geopandas or plotly.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dashboard.data.paths import DATA_DIR

if TYPE_CHECKING:
    import pandas as pd
    import plotly.graph_objects as go

    from dashboard.exports.table import Export

WRITERS = "dashboard.exports.writers"


@dataclass(frozen=True)
class Format:
    """One download format: file extension, MIME type, and the writer of each thing it can hold ("module:function").

    export: Export -> bytes; table: (frame, labels) -> bytes; figure: (fig, fmt, caption, attribution) -> bytes.
    """

    extension: str
    mime: str
    export: str | None = None
    table: str | None = None
    figure: str | None = None
    boundaries: bool = False  # the export writer also takes the data folder, whose geo/ holds the NUTS boundaries


FORMATS: dict[str, Format] = {
    "csv": Format("csv", "text/csv", export=f"{WRITERS}:export_csv", table=f"{WRITERS}:table_csv"),
    "xlsx": Format(
        "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        export=f"{WRITERS}:export_xlsx", table=f"{WRITERS}:to_xlsx_bytes",
    ),
    "parquet": Format(
        "parquet", "application/vnd.apache.parquet", export=f"{WRITERS}:export_parquet",
        table=f"{WRITERS}:table_parquet",
    ),
    "geojson": Format(
        "geojson", "application/geo+json", export="dashboard.exports.geojson:export_geojson", boundaries=True,
    ),
    "zip": Format("zip", "application/zip", export="dashboard.exports.datapackage:export_zip"),
    "png": Format("png", "image/png", figure="dashboard.exports.images:figure_image"),
    "svg": Format("svg", "image/svg+xml", figure="dashboard.exports.images:figure_image"),
}
# What each kind of download is offered in, in this order (the CLI's --format, the pages' buttons).
EXPORT_FORMATS = tuple(name for name, spec in FORMATS.items() if spec.export)
TABLE_FORMATS = tuple(name for name, spec in FORMATS.items() if spec.table)
FIGURE_FORMATS = tuple(name for name, spec in FORMATS.items() if spec.figure)


def _writer(fmt: str, kind: str, known: tuple[str, ...]) -> Callable[..., bytes]:
    """Import and return the writer of one kind ('export', 'table', 'figure') of a format; ValueError if none."""
    ref = getattr(FORMATS[fmt], kind) if fmt in FORMATS else None
    if ref is None:
        raise ValueError(f"unknown {kind} format {fmt!r} (known: {', '.join(known)})")
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(module), name)


def export_bytes(export: Export, fmt: str, data_dir: Path | str = DATA_DIR) -> bytes:
    """Return the Export as a file in one of EXPORT_FORMATS; GeoJSON joins data_dir's boundaries, else raises."""
    writer = _writer(fmt, "export", EXPORT_FORMATS)
    return writer(export, data_dir) if FORMATS[fmt].boundaries else writer(export)


def table_bytes(frame: pd.DataFrame, fmt: str, labels: Mapping[str, str] | None = None) -> bytes:
    """Return any table as CSV, XLSX (one sheet 'data', headers from labels) or Parquet."""
    return _writer(fmt, "table", TABLE_FORMATS)(frame, labels)


def figure_bytes(fig: go.Figure, fmt: str, caption: str | None = None, attribution: str | None = None) -> bytes:
    """Return a figure as PNG or SVG as shown, with caption and attribution; raises ImageExportUnavailable."""
    return _writer(fmt, "figure", FIGURE_FORMATS)(fig, fmt, caption, attribution)


def file_name(name: str, fmt: str) -> str:
    """Return a safe download file name: the name's ASCII letters, digits, - and _ only, then the format's extension."""
    stem = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "-" for ch in name).strip("-") or "data"
    return f"{stem[:80]}.{FORMATS[fmt].extension}"
