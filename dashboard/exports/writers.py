"""Tables and Exports to spreadsheet and columnar files: XLSX (data, metadata, columns, citation) and Parquet."""

from __future__ import annotations

import io
import json
import math
from collections.abc import Mapping, Sequence

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from dashboard.exports.files import neutralise_cell, to_csv_bytes
from dashboard.exports.table import Export, column_description, column_label
from dashboard.i18n import t


def _xlsx_cell(value: object) -> object:
    """A value openpyxl writes as data: missing -> empty, numbers as numbers, text neutralised and printable."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):  # numpy scalars -> Python numbers
        value = value.item()
    if isinstance(value, str):
        # openpyxl refuses control characters; a formula prefix becomes text (OWASP), never a formula.
        return neutralise_cell(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def _write_sheet(book: Workbook, title: str, frame: pd.DataFrame, header: Sequence[str] | None = None) -> None:
    sheet = book.create_sheet(title)
    sheet.append([_xlsx_cell(h) for h in (header or [str(c) for c in frame.columns])])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in frame.itertuples(index=False, name=None):
        sheet.append([_xlsx_cell(v) for v in row])
    sheet.freeze_panes = "A2"


def to_xlsx_bytes(
    frame: pd.DataFrame,
    labels: Mapping[str, str] | None = None,
    sheets: Sequence[tuple[str, pd.DataFrame]] = (),
) -> bytes:
    """Return an XLSX workbook: sheet 'data' (headers from labels, else column names), then the extra sheets."""
    book = Workbook()
    book.remove(book.active)
    header = [labels.get(str(c), str(c)) for c in frame.columns] if labels else None
    _write_sheet(book, "data", frame, header)
    for title, extra in sheets:
        _write_sheet(book, title, extra)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def to_parquet_bytes(frame: pd.DataFrame, metadata: Mapping[str, str] | None = None) -> bytes:
    """Return the frame as Parquet (types kept, no index), with key/value metadata in the file's schema."""
    table = pa.Table.from_pandas(frame, preserve_index=False)
    if metadata:
        table = table.replace_schema_metadata({**(table.schema.metadata or {}), **metadata})
    out = io.BytesIO()
    pq.write_table(table, out)
    return out.getvalue()


def columns_table(columns: Sequence[str], lang: str) -> pd.DataFrame:
    """Return one row per column: machine id, header in lang, description in lang."""
    return pd.DataFrame(
        {
            "column": list(columns),
            "header": [column_label(c, lang) for c in columns],
            "description": [column_description(c, lang) for c in columns],
        }
    )


def citation_table(export: Export) -> pd.DataFrame:
    """Return the citation sheet: citation text, retrieval date, licence, caveats, formula safety."""
    lang = export.lang
    return pd.DataFrame(
        {
            "item": ["citation", "retrieved", "licence", "caveats", "formulas"],
            "text": [
                export.citation,
                export.retrieved.isoformat(),
                t("export.licence", lang),
                t("export.caveat", lang),
                t("export.safety", lang),
            ],
        }
    )


def export_metadata(export: Export) -> dict[str, str]:
    """Return the citation, licence, filter and indicator metadata as text, for Parquet's file metadata."""
    return {
        "metrocase.citation": export.citation,
        "metrocase.licence": t("export.licence", export.lang),
        "metrocase.retrieved": export.retrieved.isoformat(),
        "metrocase.indicators": export.indicators.to_json(orient="records", force_ascii=False),
        "metrocase.columns": json.dumps(
            {c: column_description(c, export.lang) for c in export.values.columns}, ensure_ascii=False
        ),
    }


def export_xlsx(export: Export) -> bytes:
    """Return the Export as XLSX: data (headers in the export's language), metadata, columns, citation."""
    labels = {c: column_label(c, export.lang) for c in export.values.columns}
    return to_xlsx_bytes(
        export.values,
        labels,
        [
            ("metadata", export.indicators),
            ("columns", columns_table(list(export.values.columns), export.lang)),
            ("citation", citation_table(export)),
        ],
    )


def export_csv(export: Export) -> bytes:
    """Return the Export's rows as formula-safe CSV (machine column ids; the metadata is in the other formats)."""
    return to_csv_bytes(export.values)


def export_parquet(export: Export) -> bytes:
    """Return the Export as Parquet, the citation, licence and indicator metadata in the file's key/value metadata."""
    return to_parquet_bytes(export.values, export_metadata(export))


def table_csv(frame: pd.DataFrame, labels: Mapping[str, str] | None = None) -> bytes:
    """Return a table as formula-safe CSV; labels are ignored: CSV keeps the machine column names."""
    return to_csv_bytes(frame)


def table_parquet(frame: pd.DataFrame, labels: Mapping[str, str] | None = None) -> bytes:
    """Return a table as Parquet; labels are ignored: Parquet keeps the machine column names."""
    return to_parquet_bytes(frame)
