"""One entry point for every download: the formats offered, and an Export or a plain table to bytes (no Streamlit)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from dashboard.exports.datapackage import export_zip
from dashboard.exports.files import to_csv_bytes
from dashboard.exports.geojson import export_geojson
from dashboard.exports.table import Export
from dashboard.exports.writers import export_metadata, export_xlsx, to_parquet_bytes, to_xlsx_bytes


@dataclass(frozen=True)
class Format:
    """One download format: file extension and MIME type."""

    extension: str
    mime: str


FORMATS: dict[str, Format] = {
    "csv": Format("csv", "text/csv"),
    "xlsx": Format("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "parquet": Format("parquet", "application/vnd.apache.parquet"),
    "geojson": Format("geojson", "application/geo+json"),
    "zip": Format("zip", "application/zip"),
}
# A plain table (no indicator metadata, no geography) makes sense in these.
TABLE_FORMATS = ("csv", "xlsx", "parquet")


def export_bytes(export: Export, fmt: str) -> bytes:
    """Return the Export as a file in one of FORMATS; GeoJSON raises BoundariesUnavailable without boundaries."""
    if fmt == "csv":
        return to_csv_bytes(export.values)
    if fmt == "xlsx":
        return export_xlsx(export)
    if fmt == "parquet":
        return to_parquet_bytes(export.values, export_metadata(export))
    if fmt == "geojson":
        return export_geojson(export)
    if fmt == "zip":
        return export_zip(export)
    raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")


def table_bytes(frame: pd.DataFrame, fmt: str, labels: Mapping[str, str] | None = None) -> bytes:
    """Return any table as CSV, XLSX (one sheet 'data', headers from labels) or Parquet."""
    if fmt == "csv":
        return to_csv_bytes(frame)
    if fmt == "xlsx":
        return to_xlsx_bytes(frame, labels)
    if fmt == "parquet":
        return to_parquet_bytes(frame)
    raise ValueError(f"unknown table format {fmt!r} (known: {', '.join(TABLE_FORMATS)})")


def file_name(name: str, extension: str) -> str:
    """Return a safe download file name: the name's ASCII letters, digits, - and _ only, then the extension."""
    stem = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "-" for ch in name).strip("-") or "data"
    return f"{stem[:80]}.{extension}"
