"""A partner's filled-in template to its area's indicator table: every row checked, problems located precisely."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dashboard.data import vocab
from dashboard.updates.upload import Grid, UploadRefused, read_upload

COLUMNS = ("area_id", "indicator_id", "year", "value", "source", "note")
REQUIRED = ("indicator_id", "year", "value", "source")
FIRST_YEAR = 1990
MAX_TEXT = 500
PARTNER_MARK = "partner-submitted"  # source_copy of every partner value starts with this
MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!]")
PLAIN = re.compile(r"^[+-]?\d+(\.\d+)?$")
DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")
GROUPED_COMMA = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+,\d+$")  # 1.234,5
GROUPED_POINT = re.compile(r"^[+-]?\d{1,3}(,\d{3})+\.\d+$")  # 1,234.5
AMBIGUOUS = re.compile(r"^[+-]?\d{1,3},\d{3}$")  # 1,234: a thousand and more, or one and a bit?
THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3}){2,}$|^[+-]?\d{1,3}(\.\d{3}){2,}$")  # 1,234,567 and 1.234.567


@dataclass
class Submission:
    """What a file holds: its rows by (indicator_id, year), how it was read, and every problem found."""

    rows: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    how: str = ""
    problems: list[str] = field(default_factory=list)


def number(text: str) -> str | None:
    """Return a number as plain text ('1234.5'), reading decimal commas when unambiguous; None if not a number."""
    cleaned = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "")
    if PLAIN.match(cleaned):
        return cleaned
    if AMBIGUOUS.match(cleaned):
        return None
    if THOUSANDS.match(cleaned):
        return cleaned.replace(",", "").replace(".", "")
    if DECIMAL_COMMA.match(cleaned):
        return cleaned.replace(",", ".")
    if GROUPED_COMMA.match(cleaned):
        return cleaned.replace(".", "").replace(",", ".")
    if GROUPED_POINT.match(cleaned):
        return cleaned.replace(",", "")
    return None


def _number_problem(text: str) -> str:
    if text.startswith("="):
        return f"{text[:40]!r} is a formula, not a number: type the value"
    cleaned = text.replace(" ", "")
    if AMBIGUOUS.match(cleaned):
        return f"{text[:40]!r} is ambiguous (a thousands separator or a decimal?): write it without separators"
    return f"{text[:40]!r} is not a number"


def _header(grid: Grid) -> tuple[int, dict[str, int]]:
    """Return the header's index and column positions; title rows above it are skipped only when it is found."""
    for index, row in enumerate(grid.cells[:30]):
        names = [cell.strip().lstrip("\ufeff").lower() for cell in row]
        if all(column in names for column in REQUIRED):
            unknown = [n for n in names if n and n not in COLUMNS]
            if unknown:
                raise UploadRefused(f"row {index + 1}: unknown column {unknown[0][:40]!r} (the template's columns: "
                                    f"{', '.join(COLUMNS)})")
            repeated = [n for n in set(names) if n and names.count(n) > 1]
            if repeated:
                raise UploadRefused(f"row {index + 1}: column {repeated[0]!r} appears twice")
            return index, {name: names.index(name) for name in COLUMNS if name in names}
    raise UploadRefused(f"not a table of the template: no header row with the columns {', '.join(REQUIRED)}")


def _text(cells: list[str], where: dict[str, int], column: str) -> str:
    at = where.get(column)
    return cells[at].strip() if at is not None and at < len(cells) else ""


def _row_problems(cells: list[str], where: dict[str, int], area: str, indicators: set[str]) -> list[str]:
    """Return the problems of one data row as 'column NAME: reason'."""
    out = []
    other = _text(cells, where, "area_id")
    if other and other != area:
        out.append(f"column area_id: {other[:40]!r} is another area's row; this submission changes only {area}")
    indicator = _text(cells, where, "indicator_id")
    if indicator not in indicators:
        out.append(f"column indicator_id: unknown indicator {indicator[:40]!r}" if indicator
                   else "column indicator_id: empty")
    year = _text(cells, where, "year")
    this_year = date.today().year
    if not re.fullmatch(r"\d{4}", year) or not FIRST_YEAR <= int(year) <= this_year:
        out.append(f"column year: {year[:40]!r} is not a year from {FIRST_YEAR} to {this_year}")
    value = _text(cells, where, "value")
    if not value:
        out.append("column value: empty (leave out a row without a value: missing stays missing)")
    elif number(value) is None:
        out.append(f"column value: {_number_problem(value)}")
    if not _text(cells, where, "source"):
        out.append("column source: empty; name where the value comes from (dataset or document, and year)")
    for column in ("source", "note"):
        text = _text(cells, where, column)
        if len(text) > MAX_TEXT:
            out.append(f"column {column}: longer than {MAX_TEXT} characters")
        elif MARKUP.search(text):
            out.append(f"column {column}: looks like HTML markup; write plain text")
        elif any(ord(ch) < 32 for ch in text):
            out.append(f"column {column}: holds control characters (line breaks, tabs); write one line")
    return out


def read_submission(payload: bytes, area: str, indicators: set[str]) -> Submission:
    """Read and check a filled-in template for an area; the rows are kept only if there is no problem."""
    out = Submission()
    try:
        grid = read_upload(payload, REQUIRED)
        start, where = _header(grid)
    except UploadRefused as exc:
        out.problems.append(str(exc))
        return out
    out.how = grid.how
    first: dict[tuple[str, str], int] = {}
    for index, cells in enumerate(grid.cells[start + 1:], start=start + 2):
        if not any(cell.strip() for cell in cells):
            continue
        problems = _row_problems(cells, where, area, indicators)
        key = (_text(cells, where, "indicator_id"), _text(cells, where, "year"))
        if not problems and key in first:
            problems.append(f"column year: a second value for {key[0]} {key[1]} (first in row {first[key]})")
        first.setdefault(key, index)
        out.problems += [f"row {index}, {p}" for p in problems]
        if not problems:
            out.rows[key] = {c: _text(cells, where, c) for c in COLUMNS} | {"value": number(
                _text(cells, where, "value")) or ""}
    if not out.rows and not out.problems:
        out.problems.append("the table has a header but no rows")
    return out


def merged_table(current: bytes, sub: Submission, nuts_code: str, partner: str, digest: str) -> bytes:
    """Return the area's table with the submitted values in place of its headline values of the same indicator and year.

    Component rows (one NUTS-3 region of several) stay; each partner value names the partner and the submitted
    file's SHA-256, under which its bytes are kept.
    """
    reader = csv.DictReader(io.StringIO(current.decode("utf-8"), newline=""))
    kept = [r for r in reader if (r["indicator_id"], r["year"]) not in sub.rows or _is_component(r, nuts_code)]
    for (indicator, year), row in sub.rows.items():
        kept.append({
            "indicator_id": indicator, "nuts_code": nuts_code, "year": year, "value": row["value"], "flag": "",
            "status": "observed", "source": f"{row['source']} (submitted by partner {partner})",
            "source_copy": f"{PARTNER_MARK}:sha256:{digest}", "note": row["note"],
        })
    kept.sort(key=lambda r: (r["indicator_id"], r["nuts_code"], r["year"]))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=vocab.VALUE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(kept)
    return out.getvalue().encode("utf-8")


def _is_component(row: dict[str, str], nuts_code: str) -> bool:
    """A NUTS-3 component row of an aggregate area (its code is one part of A+B+C)."""
    return "+" in nuts_code and row["nuts_code"] in nuts_code.split("+")


def area_regions(data_dir: Path) -> dict[str, str]:
    """Return each area's headline NUTS code (indicator_geo) from a checked data folder."""
    with (data_dir / vocab.TABLES["raw_areas"][0]).open(encoding="utf-8", newline="") as handle:
        return {row["area_id"]: row["indicator_geo"] for row in csv.DictReader(handle)}


def indicator_ids(data_dir: Path) -> set[str]:
    """Return the indicator ids of a checked data folder's catalogue."""
    with (data_dir / vocab.TABLES["raw_catalog"][0]).open(encoding="utf-8", newline="") as handle:
        return {row["indicator_id"] for row in csv.DictReader(handle)}
