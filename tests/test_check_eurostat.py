"""check reads eurostat_queries.csv (what `refresh` asks Eurostat for) as strictly as every other table."""

from __future__ import annotations

import shutil
from pathlib import Path

from dashboard.data.check import check_data_dir
from tests.conftest import FIXTURE_DIR


def problems_with(tmp_path: Path, body: str) -> list[str]:
    target = tmp_path / "data"
    shutil.copytree(FIXTURE_DIR, target)
    (target / "eurostat_queries.csv").write_text("indicator_id,dataset,filters,note\n" + body, encoding="utf-8")
    return [str(p) for p in check_data_dir(target, label="d").problems]


def test_the_fixture_without_the_optional_file_passes_and_a_good_row_passes(tmp_path):
    assert check_data_dir(FIXTURE_DIR).problems == []
    catalog = FIXTURE_DIR / "indicators" / "catalog.csv"
    text = catalog.read_text(encoding="utf-8").replace("Fixture dataset", "Eurostat fixture_ds", 1)
    target = tmp_path / "data"
    shutil.copytree(FIXTURE_DIR, target)
    (target / "indicators" / "catalog.csv").write_text(text, encoding="utf-8")
    (target / "eurostat_queries.csv").write_text(
        "indicator_id,dataset,filters,note\nfx_pop,fixture_ds,sex=T;age=TOTAL,made-up fixture\n", encoding="utf-8")
    assert [str(p) for p in check_data_dir(target, label="d").problems] == []


def test_bad_rows_are_named_at_their_cell(tmp_path):
    found = problems_with(tmp_path, "fx_rate,fixture_ds,unit=NR,\nno_such,fixture_ds,unit=NR,\n"
                                    "fx_pop,Demo R,sex:T,\nfx_pop,,,\n")
    expected = [
        "d/eurostat_queries.csv:2: indicator_id: a derived indicator is recomputed, never read from Eurostat",
        "d/eurostat_queries.csv:3: indicator_id: unknown indicator 'no_such'",
        "d/eurostat_queries.csv:4: dataset: not the catalogue's dataset of fx_pop",
        "d/eurostat_queries.csv:4: dataset: not a Eurostat dataset code: 'Demo R'",
        "d/eurostat_queries.csv:4: filters: not dim=CODE: 'sex:T'",
        "d/eurostat_queries.csv:5: dataset: value is required",
    ]
    for line in expected:
        assert line in found, (line, found)
    assert "d/eurostat_queries.csv:5: indicator_id: duplicate key ('fx_pop',) (first on line 4)" in found
