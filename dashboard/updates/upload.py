"""An uploaded file to a grid of text cells: size, type, encoding and delimiter found, XLSX opened safely."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass

MAX_BYTES = 2_000_000  # a partner's table is a few hundred rows: far below this
MAX_ROWS = 20_000
MAX_XLSX_UNPACKED = 20_000_000  # a zip bomb unpacks to far more than its size
DELIMITERS = (",", ";", "\t")
# Magic numbers of files that are not tables, so the problem names what the file is.
SIGNATURES = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"%PDF": "a PDF document", b"GIF8": "a GIF image",
}
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted XLSX and legacy .xls are both OLE2 compound files
ZIP = b"PK\x03\x04"


class UploadRefused(Exception):
    """A file that cannot be read as a table; the message says why, for the partner."""


@dataclass
class Grid:
    """The cells of the file's first table, with how it was read (for the report)."""

    cells: list[list[str]]
    how: str  # e.g. "CSV, UTF-8 with BOM, ';'-separated", "XLSX, sheet 'data'"
    delimiter: str | None = None  # None for XLSX (a decimal comma in text is then never a delimiter)


def decode(payload: bytes) -> tuple[str, str]:
    """Return the text and the encoding's name: BOMs first, then UTF-16 by its zero bytes, UTF-8, cp1252."""
    if payload.startswith(b"\xef\xbb\xbf"):
        return _strict(payload[3:], "utf-8"), "UTF-8 with BOM"
    if payload.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(payload, "utf-16"), "UTF-16"
    head = payload[:2000]
    if head.count(0) > len(head) // 4:
        # UTF-16 without a BOM: ASCII text has a zero byte in every pair, odd (LE) or even (BE) positions.
        little = head[1::2].count(0) > head[0::2].count(0)
        return _strict(payload, "utf-16-le" if little else "utf-16-be"), "UTF-16"
    try:
        return _no_nul(payload.decode("utf-8")), "UTF-8"
    except UnicodeDecodeError:
        pass
    # cp1252 (Excel's Western European default) leaves five bytes undefined: any of them and it is not cp1252 either.
    return _strict(payload, "cp1252"), "Windows-1252"


def _strict(payload: bytes, encoding: str) -> str:
    try:
        text = payload.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UploadRefused(f"the text encoding is not UTF-8, UTF-16 or Windows-1252 (byte {exc.start}); "
                            "save the file as CSV UTF-8") from None
    return _no_nul(text)


def _no_nul(text: str) -> str:
    if "\x00" in text:
        raise UploadRefused("the file holds NUL characters: not a text table")
    return text


def _has_header(cells: list[list[str]], header: tuple[str, ...]) -> bool:
    return any(all(name in {c.strip().lstrip("\ufeff").lower() for c in row} for name in header) for row in cells[:30])


def read_csv(payload: bytes, header: tuple[str, ...]) -> Grid:
    """Read CSV text in any supported encoding; the delimiter is the one that splits a row into the header."""
    text, encoding = decode(payload)
    names = {",": "comma", ";": "semicolon", "\t": "tab"}
    fallback = None
    for delimiter in DELIMITERS:
        try:
            cells = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
        except csv.Error as exc:
            fallback = fallback or f"not a readable CSV table ({exc})"
            continue
        if _has_header(cells, header):
            return Grid(cells, f"CSV, {encoding}, {names[delimiter]}-separated", delimiter)
    raise UploadRefused(fallback or f"not a table of the template: no header row with the columns {', '.join(header)}")


def _check_xlsx(payload: bytes) -> None:
    """Refuse macros, external links, a zip bomb and a damaged file before openpyxl reads anything."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(payload))
    except zipfile.BadZipFile:
        raise UploadRefused("a damaged XLSX file (not a readable zip archive)") from None
    with archive:
        infos = archive.infolist()
        names = {info.filename.lower() for info in infos}
        if "[content_types].xml" not in names or not any(n.startswith("xl/worksheets/") for n in names):
            raise UploadRefused("a zip archive, not an XLSX workbook")
        if any(n.endswith("vbaproject.bin") for n in names):
            raise UploadRefused("the workbook holds macros (VBA): save it as .xlsx without macros")
        if any(n.startswith("xl/externallinks/") for n in names):
            raise UploadRefused("the workbook links to other workbooks (external links): paste the values instead")
        if sum(info.file_size for info in infos) > MAX_XLSX_UNPACKED:
            raise UploadRefused(f"the workbook unpacks to more than {MAX_XLSX_UNPACKED // 1_000_000} MB "
                                "(a zip bomb, or far more than a partner's table)")
        if any(info.flag_bits & 0x1 for info in infos):
            raise UploadRefused("the workbook is encrypted: save it without a password")


def _cell(value: object) -> str:
    """Return a cell as text: whole floats without '.0', formulas as their text (never computed)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(payload: bytes) -> Grid:
    """Read the sheet named 'data' (else the first) of a checked XLSX workbook, formulas as text."""
    import openpyxl

    _check_xlsx(payload)
    try:
        book = openpyxl.load_workbook(io.BytesIO(payload), read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise UploadRefused(f"a damaged XLSX workbook ({type(exc).__name__})") from None
    sheet = book["data"] if "data" in book.sheetnames else book.worksheets[0]
    cells = []
    for row in sheet.iter_rows(values_only=True):
        cells.append([_cell(value) for value in row])
        if len(cells) > MAX_ROWS:
            break
    book.close()
    return Grid(cells, f"XLSX, sheet {sheet.title!r}")


def read_upload(payload: bytes, header: tuple[str, ...]) -> Grid:
    """Return the grid of an uploaded CSV or XLSX file, or raise UploadRefused saying what it is instead."""
    if not payload.strip():
        raise UploadRefused("the file is empty")
    if len(payload) > MAX_BYTES:
        raise UploadRefused(f"the file is larger than {MAX_BYTES // 1_000_000} MB: a partner table is far smaller")
    for magic, what in SIGNATURES.items():
        if payload.startswith(magic):
            raise UploadRefused(f"not a table: the file is {what}")
    if payload.startswith(OLE2):
        raise UploadRefused("an encrypted workbook or an old .xls file: save it as .xlsx without a password, or CSV")
    if payload.startswith(ZIP):
        grid = read_xlsx(payload)
    else:
        grid = read_csv(payload, header)
    if len(grid.cells) > MAX_ROWS:
        raise UploadRefused(f"more than {MAX_ROWS} rows")
    return grid
