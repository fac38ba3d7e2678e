"""Files partners might send: a corpus of bad ones (each with the words its refusal must name) and messy good ones."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import openpyxl

HEADER = "area_id,indicator_id,year,value,source,note\n"
GOOD_ROW = "fixture_a,fx_pop,2024,150,Comune di prova 2024,\n"
NEXT_YEAR = date.today().year + 1


def csv_file(*rows: str, header: str = HEADER) -> bytes:
    """Return a UTF-8 CSV of the template's header and rows."""
    return (header + "".join(rows)).encode("utf-8")


def xlsx_file(rows: list[list[object]], extra: dict[str, bytes] | None = None) -> bytes:
    """Return an XLSX workbook with a 'data' sheet of these rows (header first), plus extra archive members."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "data"
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    if not extra:
        return out.getvalue()
    merged = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as source, zipfile.ZipFile(merged, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        for name, payload in extra.items():
            target.writestr(name, payload, compress_type=zipfile.ZIP_DEFLATED)
    return merged.getvalue()


XLSX_HEADER = ["area_id", "indicator_id", "year", "value", "source", "note"]


def zip_bomb() -> bytes:
    """Return an XLSX whose sheet unpacks to 30 MB of zeros (a few tens of kB packed)."""
    return xlsx_file([XLSX_HEADER], {"xl/worksheets/sheet9.xml": b"0" * 30_000_000})


# name -> (bytes, words the refusal must contain)
BAD_FILES: dict[str, tuple[bytes, str]] = {
    "zero_bytes": (b"", "empty"),
    "only_blank_lines": (b"\r\n\r\n  \n", "empty"),
    "png_renamed_csv": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "PNG image"),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    "jpeg": (b"\xff\xd8\xff\xe0" + b"\x00" * 32, "JPEG"),
    "prose_not_a_table": (b"Dear team, here are our figures: population 841180 in 2024.\n", "no header row"),
    "header_without_source": (csv_file("fixture_a,fx_pop,2024,150\n", header="area_id,indicator_id,year,value\n"),
                              "no header row"),
    "unknown_column": (csv_file("fixture_a,fx_pop,2024,150,src,,x\n", header=HEADER.strip() + ",colour\n"),
                       "unknown column 'colour'"),
    "repeated_column": (csv_file("fixture_a,fx_pop,2024,150,src,n,m\n", header=HEADER.strip() + ",note\n"),
                        "'note' appears twice"),
    "unknown_indicator": (csv_file("fixture_a,gdp_eur,2024,150,src,\n"), "row 2, column indicator_id: unknown"),
    "sql_in_indicator": (csv_file("fixture_a,'; DROP TABLE raw_areas; --,2024,150,src,\n"), "unknown indicator"),
    "html_in_note": (csv_file('fixture_a,fx_pop,2024,150,src,<img src=x onerror="alert(1)">\n'), "HTML markup"),
    "html_in_source": (csv_file("fixture_a,fx_pop,2024,150,<script>alert(1)</script>,\n"), "column source"),
    "year_too_early": (csv_file("fixture_a,fx_pop,1989,150,src,\n"), "column year: '1989'"),
    "year_in_future": (csv_file(f"fixture_a,fx_pop,{NEXT_YEAR},150,src,\n"), f"'{NEXT_YEAR}' is not a year"),
    "year_not_a_year": (csv_file("fixture_a,fx_pop,20x4,150,src,\n"), "'20x4' is not a year"),
    "percent_value": (csv_file("fixture_a,fx_pop,2024,12 %,src,\n"), "row 2, column value: '12 %' is not a number"),
    "ambiguous_thousands": (csv_file('fixture_a,fx_pop,2024,"1,234",src,\n'), "ambiguous"),
    "formula_value": (csv_file("fixture_a,fx_pop,2024,=A1*2,src,\n"), "formula, not a number"),
    "empty_value": (csv_file("fixture_a,fx_pop,2024,,src,\n"), "column value: empty"),
    "missing_source": (csv_file("fixture_a,fx_pop,2024,150,,\n"), "column source: empty"),
    "duplicate_indicator_year": (csv_file(GOOD_ROW, "fixture_a,fx_pop,2024,151,src,\n"),
                                 "row 3, column year: a second value for fx_pop 2024 (first in row 2)"),
    "another_areas_row": (csv_file(GOOD_ROW, "fixture_b,fx_pop,2024,150,src,\n"), "another area's row"),
    "header_only": (csv_file(), "no rows"),
    "title_rows_no_header": (b"Metro Case data\nGenova 2024\nfx_pop;2024;150\n", "no header row"),
    "not_any_encoding": (b"area_id,indicator_id,year,value,source,note\nfixture_a,fx_pop,2024,150,s\x81\x8d,\n",
                         "encoding"),
    "nul_bytes": (csv_file("fixture_a,fx_pop,2024,150,src\x00x,\n"), "NUL"),
    "unclosed_quote": (csv_file('fixture_a,fx_pop,2024,150,"src,\n'), "not a readable CSV"),
    "line_break_in_note": (csv_file('fixture_a,fx_pop,2024,150,src,"two\nlines"\n'), "control characters"),
    "too_long_text": (csv_file(f"fixture_a,fx_pop,2024,150,{'s' * 501},\n"), "longer than 500"),
    "too_large": (csv_file(*[GOOD_ROW] * 50_000), "larger than 2 MB"),
    "xlsx_with_macros": (xlsx_file([XLSX_HEADER], {"xl/vbaProject.bin": b"\x00" * 16}), "macros"),
    "xlsx_external_links": (xlsx_file([XLSX_HEADER], {"xl/externalLinks/externalLink1.xml": b"<x/>"}),
                            "external links"),
    "xlsx_zip_bomb": (zip_bomb(), "unpacks to more than"),
    "xlsx_encrypted": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "encrypted"),
    "zip_not_xlsx": (b"PK\x03\x04" + b"\x00" * 26, "damaged XLSX"),
    "xlsx_formula_value": (xlsx_file([XLSX_HEADER, ["fixture_a", "fx_pop", 2024, "=B2*2", "src", ""]]), "formula"),
    "xlsx_text_value": (xlsx_file([XLSX_HEADER, ["fixture_a", "fx_pop", 2024, "n/a", "src", ""]]), "'n/a'"),
}
