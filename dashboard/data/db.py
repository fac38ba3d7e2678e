"""DuckDB in process over the files of a data directory: load once, stage with views, run named queries."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pandas as pd

from dashboard.data.paths import DATA_DIR, QUERIES_DIR, VIEWS_DIR

# Raw tables: name -> path relative to the data directory. Everything is read as text here;
# typing and renaming happen once, in queries/views/*.sql.
RAW_TABLES: dict[str, str] = {
    "raw_areas": "areas.csv",
    "raw_governance": "governance.csv",
    "raw_competence_taxonomy": "competence_taxonomy.csv",
    "raw_competences": "competences.csv",
    "raw_sets": "sets.csv",
    "raw_countries": "countries.csv",
    "raw_breaks": "breaks.csv",
    "raw_catalog": "indicators/catalog.csv",
    "raw_benchmarks": "indicators/benchmarks.csv",
    "raw_plans": "plans/plans.csv",
    "raw_axes": "plans/axes.csv",
    "raw_sources": "SOURCES.csv",
}
# Tables that only exist once a later part of the data set is built; an empty table stands in.
OPTIONAL_TABLES: dict[str, tuple[str, list[str]]] = {
    "raw_axis_themes": ("plans/axis_themes.csv", ["plan_id", "axis_no", "theme", "status", "note"]),
}
AREA_FILE_EXCLUDE = {"catalog.csv", "benchmarks.csv"}
QUERY_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


def area_value_files(data_dir: Path) -> list[Path]:
    """Return the per-area indicator tables (data/indicators/<area_id>.csv), sorted."""
    folder = data_dir / "indicators"
    return sorted(p for p in folder.glob("*.csv") if p.name not in AREA_FILE_EXCLUDE)


_READ_CSV = (
    "SELECT * FROM read_csv($paths, header = true, all_varchar = true, union_by_name = true, "
    "quote = '\"', escape = '\"'"
)
READ_CSV_SQL = _READ_CSV + ")"
READ_CSV_WITH_FILENAME_SQL = _READ_CSV + ", filename = true)"


def connect(data_dir: Path | str = DATA_DIR) -> duckdb.DuckDBPyConnection:
    """Open an in-memory DuckDB, load the data directory, create the views, then lock file access."""
    data_dir = Path(data_dir).resolve()
    con = duckdb.connect(":memory:")
    select = READ_CSV_SQL
    for table, rel in RAW_TABLES.items():
        if table not in _ALLOWED_TABLES:  # identifiers only from the fixed list above
            raise ValueError(f"unknown table {table}")
        con.execute(f"CREATE TABLE {table} AS {select}", {"paths": [str(data_dir / rel)]})
    for table, (rel, columns) in OPTIONAL_TABLES.items():
        path = data_dir / rel
        if path.exists():
            con.execute(f"CREATE TABLE {table} AS {select}", {"paths": [str(path)]})
        else:
            cols = ", ".join(f"{c} VARCHAR" for c in columns if c.isidentifier())
            con.execute(f"CREATE TABLE {table} ({cols})")
    con.execute(
        "CREATE TABLE raw_area_values AS " + READ_CSV_WITH_FILENAME_SQL,
        {"paths": [str(p) for p in area_value_files(data_dir)]},
    )
    for view in sorted(VIEWS_DIR.glob("*.sql")):
        con.execute(view.read_text(encoding="utf-8"))
    # The app only reads: no file or network access from SQL after loading.
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con


_ALLOWED_TABLES = frozenset(RAW_TABLES) | frozenset(OPTIONAL_TABLES)


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
