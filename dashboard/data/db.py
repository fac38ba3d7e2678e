"""DuckDB in process over a checked data directory: load what check read, stage with views, run named queries."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from dashboard.data import vocab
from dashboard.data.check import Problem, Row, area_value_rel, run_checks
from dashboard.data.paths import DATA_DIR, QUERIES_DIR, VIEWS_DIR

QUERY_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
# Raw table names are identifiers in SQL text: only these, from the registry, ever reach it.
_ALLOWED_TABLES = frozenset(vocab.TABLES) | {vocab.AREA_VALUES_TABLE}


class DataDirRefused(ValueError):
    """A data directory that check refuses: the app and the CLI load nothing from it."""

    def __init__(self, label: str, problems: list[Problem]) -> None:
        self.label = label
        self.problems = problems
        first = problems[0] if problems else "no readable tables"
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{label}: {len(problems)} problem(s); first: {first}{more}")


def _arrow(rows: list[Row], columns: tuple[str, ...], extra: dict[str, str] | None = None) -> pa.Table:
    """The rows as text columns in the registry's order; an empty cell is NULL, as missing."""
    arrays = {name: pa.array([value] * len(rows), type=pa.string()) for name, value in (extra or {}).items()}
    for column in columns:
        arrays[column] = pa.array([row.values.get(column) or None for row in rows], type=pa.string())
    return pa.table(arrays)


def _create(con: duckdb.DuckDBPyConnection, table: str, frame: pa.Table) -> None:
    if table not in _ALLOWED_TABLES:  # identifiers only from the registry
        raise ValueError(f"unknown table {table}")
    con.register("staged_rows", frame)
    con.execute(f"CREATE TABLE {table} AS SELECT * FROM staged_rows")  # noqa: S608 (table from the registry)
    con.unregister("staged_rows")


def connect(data_dir: Path | str = DATA_DIR, label: str | None = None) -> duckdb.DuckDBPyConnection:
    """Check a data directory, load exactly the rows check read, create the views, then lock file access.

    Raises DataDirRefused if check finds any problem: the app and the CLI never serve a folder check refuses.
    """
    checked = run_checks(Path(data_dir).resolve(), label if label is not None else str(data_dir))
    if checked.report.problems:
        raise DataDirRefused(checked.label, checked.report.problems)
    con = duckdb.connect(":memory:")
    for table, (rel, columns) in vocab.TABLES.items():
        _create(con, table, _arrow(checked.tables.get(rel, []), columns))
    areas = [row["area_id"] for row in checked.tables.get(vocab.TABLES["raw_areas"][0], [])]
    per_area = [
        _arrow(checked.tables.get(area_value_rel(area), []), vocab.VALUE_COLUMNS, {"area_id": area})
        for area in areas
    ]
    empty = _arrow([], vocab.VALUE_COLUMNS, {"area_id": ""})
    _create(con, vocab.AREA_VALUES_TABLE, pa.concat_tables(per_area) if per_area else empty)
    for view in sorted(VIEWS_DIR.glob("*.sql")):
        con.execute(view.read_text(encoding="utf-8"))
    # The app only reads: no file or network access from SQL after loading.
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con


def query_path(name: str) -> Path:
    """Return the file of a named query; the name must match a file in queries/."""
    if not QUERY_NAME.match(name):
        raise ValueError(f"invalid query name: {name!r}")
    path = QUERIES_DIR / f"{name}.sql"
    if not path.is_file():
        raise ValueError(f"unknown query: {name!r}")
    return path


def query_text(name: str) -> str:
    """Return the SQL text of a named query (shown to users under 'Show query')."""
    return query_path(name).read_text(encoding="utf-8")


def run_query(con: duckdb.DuckDBPyConnection, name: str, **params: object) -> pd.DataFrame:
    """Run queries/<name>.sql on its own cursor with bound $parameters and return a DataFrame."""
    cursor = con.cursor()
    try:
        return cursor.execute(query_text(name), params).df()
    finally:
        cursor.close()
