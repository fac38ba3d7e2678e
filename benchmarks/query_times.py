"""Each queries/*.sql on the real data, and those over indicator values on a synthetic 1,200 x 100 x 30 table."""

from __future__ import annotations

import statistics
import time

import duckdb

from dashboard.data import db
from dashboard.data.paths import DATA_DIR, QUERIES_DIR

# Synthetic, never shown as data: 1,200 regions x 100 indicators x 30 years (3.6 million rows).
SYNTHETIC = (1200, 100, 30)
# UNION ALL BY NAME on the real view's empty rows keeps every column the queries read (NULL where not generated),
# so a column added to indicator_values cannot break the benchmark again.
SYNTHETIC_SQL = """
CREATE TABLE synthetic_values AS
SELECT * FROM indicator_values WHERE false
UNION ALL BY NAME
SELECT 'area' AS geo_kind, printf('syn%04d', r) AS geo, printf('syn%04d', r) AS area_id,
       printf('ind%03d', i) AS indicator_id, printf('SY%04d', r) AS nuts_code, CAST(1995 + y AS INTEGER) AS year,
       CAST(hash(r, i, y) % 100000 AS DOUBLE) AS value, 'observed' AS status, 'synthetic' AS source,
       false AS partner, false AS is_component
FROM range($regions) AS a(r), range($indicators) AS b(i), range($years) AS c(y);
CREATE OR REPLACE VIEW indicator_values AS SELECT * FROM synthetic_values;
"""


def real_params(con: duckdb.DuckDBPyConnection) -> dict[str, object]:
    """A value for every $parameter of queries/*.sql: the widest state a page asks for (every area, plan, year)."""
    areas = [r[0] for r in con.execute("SELECT area_id FROM areas").fetchall()]
    return {
        "area_ids": areas, "geos": areas, "comparison_set": "metro_case", "indicator_id": "population_jan1",
        "indicators": [r[0] for r in con.execute("SELECT indicator_id FROM indicator_catalog").fetchall()],
        "plan_ids": [r[0] for r in con.execute("SELECT plan_id FROM plans").fetchall()],
        "practice_ids": [r[0] for r in con.execute("SELECT practice_id FROM practices").fetchall()],
        "attributes": [r[0] for r in con.execute("SELECT DISTINCT attribute FROM governance").fetchall()],
        "year_from": 1990, "year_to": 2030, "lang": "en", "components": True, "text": "mobil",
        "themes": [], "levels": [],
    }


def median_ms(con: duckdb.DuckDBPyConnection, name: str, params: dict[str, object], n: int) -> tuple[float, int]:
    """Median ms of n runs of a named query (after one untimed run) and its row count."""
    sql = db.query_text(name)
    wanted = {k: v for k, v in params.items() if f"${k}" in sql}
    rows = len(db.run_query(con, name, **wanted))
    times = []
    for _ in range(n):
        start = time.perf_counter()
        db.run_query(con, name, **wanted)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), rows


def synthetic(
    con: duckdb.DuckDBPyConnection, params: dict[str, object], size: tuple[int, int, int] = SYNTHETIC
) -> dict[str, object]:
    """Replace indicator_values on con by a synthetic table (regions, indicators, years); return fitting parameters."""
    regions, indicators, years = size
    con.execute(SYNTHETIC_SQL.replace("$regions", str(regions)).replace("$indicators", str(indicators))
                .replace("$years", str(years)))
    geos = [f"syn{r:04d}" for r in range(regions)]
    return {**params, "geos": geos, "indicator_id": "ind000",
            "indicators": [f"ind{i:03d}" for i in range(min(10, indicators))]}


def run(n: int, size: tuple[int, int, int] = SYNTHETIC) -> list[dict[str, object]]:
    """Rows (query, data, median ms, rows) for every query on the real data, then the synthetic table."""
    con = db.connect(DATA_DIR)
    params = real_params(con)
    names = sorted(p.stem for p in QUERIES_DIR.glob("*.sql"))
    rows = []
    for name in names:
        ms, count = median_ms(con, name, params, n)
        rows.append({"query": name, "data": "real", "ms": ms, "rows": count})
    params = synthetic(con, params, size)
    for name in names:
        if "indicator_values" in db.query_text(name):
            ms, count = median_ms(con, name, params, n)
            rows.append({"query": name, "data": "synthetic", "ms": ms, "rows": count})
    return rows
