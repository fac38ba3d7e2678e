"""A data folder's indicator value tables as rows, with the derived values recomputed from their inputs."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path

from dashboard.data import vocab
from dashboard.updates.derive import DERIVED_HERE, Row, Rules, derive_rows, rules_from_tables

BENCHMARKS = vocab.TABLES["raw_benchmarks"][0]


def read_table(payload: bytes) -> list[Row]:
    """Return the rows of a CSV table (UTF-8, header first)."""
    return list(csv.DictReader(io.StringIO(payload.decode("utf-8"), newline="")))


def write_table(rows: list[Row], columns: tuple[str, ...]) -> bytes:
    """Return a table as the build writes it: UTF-8, LF, minimal quoting, exactly these columns."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def value_tables(data_dir: Path, replaced: Mapping[str, bytes] | None = None) -> dict[str, list[Row]]:
    """Return every value table of a checked data folder (benchmarks and one per area), with some replaced."""
    replaced = replaced or {}
    with (data_dir / vocab.TABLES["raw_areas"][0]).open(encoding="utf-8", newline="") as handle:
        areas = [row["area_id"] for row in csv.DictReader(handle)]
    rels = [BENCHMARKS] + [f"{vocab.AREA_VALUES_FOLDER}/{area}.csv" for area in areas]
    return {rel: read_table(replaced[rel] if rel in replaced else (data_dir / rel).read_bytes()) for rel in rels}


def rules_of(data_dir: Path) -> Rules:
    """Return the derivation rules of a data folder (its breaks.csv and areas.csv)."""
    def rows(name: str) -> list[Row]:
        return read_table((data_dir / vocab.TABLES[name][0]).read_bytes())

    return rules_from_tables(rows("raw_breaks"), rows("raw_areas"))


def _as_input(rel: str, row: Row) -> Row:
    """A row with the keys derive_rows reads: the table it is in (area_id) and its region (geo, nuts_code)."""
    if rel == BENCHMARKS:
        return {**row, "area_id": row["geo"], "nuts_code": row["geo"]}
    return {**row, "area_id": rel.rsplit("/", 1)[1].removesuffix(".csv"), "geo": row["nuts_code"]}


def rederive(tables: dict[str, list[Row]], rules: Rules) -> dict[str, bytes]:
    """Drop the values derived here, recompute them from the tables' rows, and return every table's new bytes."""
    kept = {rel: [r for r in rows if r["indicator_id"] not in DERIVED_HERE] for rel, rows in tables.items()}
    inputs = [_as_input(rel, row) for rel, rows in kept.items() for row in rows]
    area_of = {rel.rsplit("/", 1)[1].removesuffix(".csv"): rel for rel in kept if rel != BENCHMARKS}
    for row in derive_rows(inputs, rules):
        rel = area_of.get(row["area_id"], BENCHMARKS)
        kept[rel].append(row)
    out = {}
    for rel, rows in kept.items():
        if rel == BENCHMARKS:
            rows.sort(key=lambda r: (r["geo"], r["indicator_id"], r["year"]))
            out[rel] = write_table(rows, vocab.BENCHMARK_COLUMNS)
        else:
            rows.sort(key=lambda r: (r["indicator_id"], r["nuts_code"], r["year"]))
            out[rel] = write_table(rows, vocab.VALUE_COLUMNS)
    return out


def changed_tables(data_dir: Path, new: Mapping[str, bytes]) -> dict[str, bytes]:
    """Keep only the tables whose bytes differ from the data folder's."""
    return {rel: payload for rel, payload in new.items() if (data_dir / rel).read_bytes() != payload}
