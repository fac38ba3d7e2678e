"""`refresh`: Eurostat's answers (recorded fixtures served on 127.0.0.1) become one new version, or nothing changes."""

from __future__ import annotations

import csv
import io
import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from dashboard.cli.main import main
from dashboard.data.paths import DATA_DIR
from dashboard.updates import eurostat, log, partners, versions
from dashboard.updates.layout import current_data_dir, version_dir
from tests.eurostat_server import RECORDED, Failure, eurostat_server
from tests.updates_helpers import snapshot

INDICATORS = "population_jan1,area_km2"
DAY_SHAPE = "(API, retrieved "


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A data root whose version 1 is the shipped data (the refresh rewrites copies of it, never data/ itself)."""
    out = tmp_path / "root"
    versions.init(out, DATA_DIR, "tester")
    return out


@pytest.fixture
def server():
    with eurostat_server() as running:
        yield running


def rows(folder: Path, rel: str) -> dict[tuple[str, str, str], dict[str, str]]:
    """A table's rows by (indicator_id, region, year)."""
    text = (folder / rel).read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text))
    return {(r["indicator_id"], r.get("nuts_code") or r["geo"], r["year"]): r for r in reader}


def recorded(dataset: str) -> list[eurostat.Observation]:
    doc = json.loads((RECORDED / f"fixture_{dataset}.json").read_text(), parse_float=Decimal, parse_int=Decimal)
    return eurostat.observations(doc, dataset)


def run(root: Path, url: str, *extra: str) -> int:
    return main(["refresh", "--indicators", INDICATORS, "--data-dir", str(root), "--base-url", url, *extra])


def test_a_refresh_makes_a_version_of_the_recorded_values_and_rollback_restores_the_previous(root, server, capsys):
    before = snapshot(current_data_dir(root))
    assert run(root, server.url) == 0
    out = capsys.readouterr().out
    assert "population_jan1: 14 values read from Eurostat" in out and "version 2 is now current" in out
    new = current_data_dir(root)
    tables = {geo: rel for rel in ("indicators/genova.csv", "indicators/benchmarks.csv", "indicators/warszawa.csv")
              for geo in {k[1] for k in rows(new, rel)}}
    for dataset, indicator in (("demo_r_pjanaggr3", "population_jan1"), ("reg_area3", "area_km2")):
        for obs in recorded(dataset):  # every recorded value is in the new version, with its flag and its citation
            row = rows(new, tables[obs.geo])[(indicator, obs.geo, obs.year)]
            assert Decimal(row["value"]) == obs.value and row["flag"] == obs.flag
            assert row["source"].startswith(f"Eurostat {dataset} {DAY_SHAPE}") and row["status"] == "observed"
            assert row["source_copy"].startswith(f"eurostat-api:{dataset}?")
    warszawa = rows(new, "indicators/warszawa.csv")
    total = warszawa[("population_jan1", "PL911+PL912+PL913", "2025")]
    assert total["value"] == "3344000" and total["flag"] == "p" and total["note"] == "sum of PL911+PL912+PL913"
    assert warszawa[("population_jan1", "PL911+PL912+PL913", "2026")]["flag"] == "e"
    genova = rows(new, "indicators/genova.csv")
    change = genova[("population_change_1y_pct", "ITC33", "2026")]  # derived again from the refreshed inputs
    assert change["value"] == "0.19" and change["source_copy"] == genova[("population_jan1", "ITC33", "2026")][
        "source_copy"]
    # The 2024 change would compare a refreshed value with the research's older release: left out, never mixed.
    assert ("population_change_1y_pct", "ITC33", "2024") not in genova
    assert ("population_change_1y_pct", "ITC33", "2024") in rows(version_dir(root, 1), "indicators/genova.csv")
    nights = rows(new, "indicators/skopje.csv")[("tourism_nights_per_inhabitant", "MK00", "2024")]
    assert "1830000 inhabitants" in nights["note"]  # MK's refreshed population, the same territory as MK00
    assert log.read(root)[-1].kind == "refresh"
    assert main(["rollback", "--to", "1", "--data-dir", str(root)]) == 0
    assert snapshot(current_data_dir(root)) == before


def test_a_partners_value_is_kept_and_said_to_be_kept(root, server, capsys):
    key = partners.new_key(root, "genova")
    assert partners.submit(root, "genova", key, b"area_id,indicator_id,year,value,source,note\n"
                           b"genova,population_jan1,2025,808000,Made-up registry,\n").version == 2
    assert run(root, server.url) == 0
    kept = "kept: indicators/genova.csv: population_jan1 ITC33 2025 (a partner's value: kept)"
    assert kept in capsys.readouterr().out
    genova = rows(current_data_dir(root), "indicators/genova.csv")
    assert genova[("population_jan1", "ITC33", "2025")]["value"] == "808000"
    assert genova[("population_jan1", "ITC33", "2026")]["value"] == "802500"  # Eurostat's new year beside it


def test_a_rate_of_an_aggregate_area_takes_the_nuts2_region_of_the_same_territory(root, server, capsys):
    assert main(["refresh", "--indicators", "gdp_eur_per_inhabitant", "--data-dir", str(root),
                 "--base-url", server.url]) == 0
    asked = [geo for dim, geo in dict(server.requests)["nama_10r_3gdp"] if dim == "geo"]
    assert "PL91" in asked and "PL912" in asked and ("unit", "EUR_HAB") in dict(server.requests)["nama_10r_3gdp"]
    warszawa = rows(current_data_dir(root), "indicators/warszawa.csv")
    total = warszawa[("gdp_eur_per_inhabitant", "PL911+PL912+PL913", "2022")]
    assert total["value"] == "35200" and total["flag"] == "p" and total["note"].startswith("the value of PL91, ")
    assert warszawa[("gdp_eur_per_inhabitant", "PL911", "2021")]["value"] == "48000"
    change = warszawa[("gdp_eur_per_inhabitant_change_pct", "PL911+PL912+PL913", "2022")]
    assert change["value"] == "10" and change["flag"] == "p"  # (35200 ÷ 32000 − 1) × 100, flags carried
    # Bucureşti's aggregate: RO32 is not in the recorded answer, so its rows stay as they were.
    old = rows(version_dir(root, 1), "indicators/bucuresti.csv")
    new = rows(current_data_dir(root), "indicators/bucuresti.csv")
    assert new[("gdp_eur_per_inhabitant", "RO321+RO322", "2021")] == old[("gdp_eur_per_inhabitant", "RO321+RO322",
                                                                               "2021")]


def test_dry_run_shows_the_changes_and_writes_nothing(root, server, capsys, monkeypatch):
    monkeypatch.setenv(eurostat.BASE_URL_ENV, server.url)  # the base URL from the environment
    before = snapshot(root)
    assert main(["refresh", "--indicators", INDICATORS, "--data-dir", str(root), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "indicators/genova.csv:" in out and "dry run: would make a new version after version 1" in out
    assert snapshot(root) == before
    asked = dict(server.requests)["demo_r_pjanaggr3"]
    assert ("sex", "T") in asked and ("age", "TOTAL") in asked and ("geo", "PL912") in asked


@pytest.mark.parametrize(("failure", "expected"), [
    (Failure(500, b"Internal Server Error"), "HTTP 500"),
    (Failure(200, b'{"version": "2.0", "class": "dataset", "id": ['), "not JSON"),
    (Failure(200, b'{"version": "2.0", "class": "dataset", "value": {}}'), "not a JSON-stat 2.0 dataset"),
    (Failure(404, b'{"error": [{"status": 404, "label": "Dataset reg_area3 does not exist"}]}'),
     "HTTP 404 from http://127.0.0.1"),
    (Failure(200, b"{}", delay=2.0), "no answer"),
])
def test_a_refresh_that_fails_half_way_changes_nothing(root, server, capsys, failure, expected):
    server.answers["reg_area3"] = failure  # the second dataset fails after the first was read
    before = snapshot(root)
    assert run(root, server.url, "--timeout", "0.5") == 1
    err = capsys.readouterr().err
    assert expected in err and "area_km2" in err and "nothing changed" in err
    assert snapshot(root) == before
    assert [dataset for dataset, _ in server.requests][:1] == ["demo_r_pjanaggr3"]


def test_a_dry_run_reads_a_plain_data_folder_and_writes_nothing(server, tmp_path, capsys):
    plain = tmp_path / "data"
    shutil.copytree(DATA_DIR, plain)
    before = snapshot(plain)
    assert main(["refresh", "--indicators", "area_km2", "--data-dir", str(plain), "--base-url", server.url,
                 "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "indicators/genova.csv: 0 added, 1 changed, 0 removed" in out and "would make a new version;" in out
    assert snapshot(plain) == before


def test_unknown_indicators_and_plain_folders_are_refused_before_any_request(root, server, tmp_path, capsys):
    assert main(["refresh", "--indicators", "population_change_1y_pct", "--data-dir", str(root),
                 "--base-url", server.url]) == 1
    assert "not a refreshable indicator" in capsys.readouterr().err
    plain = tmp_path / "plain"
    plain.mkdir()
    assert main(["refresh", "--data-dir", str(plain), "--base-url", server.url]) == 1
    assert "not a versioned data root" in capsys.readouterr().err
    assert main(["refresh", "--data-dir", str(root), "--base-url", "file:///etc"]) == 2
    assert server.requests == []


def test_observations_keep_flags_read_the_dense_form_and_refuse_an_unchosen_dimension():
    doc = json.loads((RECORDED / "fixture_reg_area3.json").read_text(), parse_float=Decimal, parse_int=Decimal)
    doc["value"], doc["status"] = [Decimal("1.5"), None], ["e", ""]
    assert eurostat.observations(doc, "reg_area3") == [eurostat.Observation("ITC33", "2024", Decimal("1.5"), "e")]
    doc["dimension"]["unit"]["category"]["index"] = {"KM2": 0, "HA": 1}
    doc["size"][2] = 2
    with pytest.raises(eurostat.EurostatError, match="dimension unit has 2 categories"):
        eurostat.observations(doc, "reg_area3")
