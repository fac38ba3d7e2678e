"""Boundaries: a data folder's own geo/ (checked by SHA256SUMS), else the cache folder or one verified download."""

from __future__ import annotations

import csv
import functools
import hashlib
import http.server
import json
import shutil
import threading
from pathlib import Path

import pandas as pd
import pytest

from dashboard.data import geo, queries
from dashboard.data.checksums import SUMS_NAME
from dashboard.data.paths import DATA_DIR
from tests.conftest import data_without_geo

# A made-up one-square "GISCO file" (fixture), so that the cache and download paths run with no real file.
FIXTURE_GEOJSON = json.dumps({"type": "FeatureCollection", "features": [{
    "type": "Feature", "id": "XA", "properties": {"NUTS_ID": "XA", "CNTR_CODE": "XA", "NAME_LATN": "Fixture land",
                                                  "LEVL_CODE": 0},
    "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]},
}]}).encode()
FIXTURE_SPEC = geo.BoundaryFile("FIXTURE_LEVL_0.geojson", hashlib.sha256(FIXTURE_GEOJSON).hexdigest(), "unused")


def test_embedded_boundaries_hold_every_region_the_areas_use(real_con):
    sets = csv.DictReader((DATA_DIR / "sets.csv").read_text(encoding="utf-8").splitlines())
    areas = pd.concat([queries.areas(real_con, row["set_id"]) for row in sets]).drop_duplicates("area_id")
    regions = geo.load_boundaries(DATA_DIR, "nuts3", allow_download=False)
    assert set(regions["NUTS_ID"]) == {code for codes in areas["nuts3"] for code in codes}
    assert regions.crs.to_epsg() == 4326 and list(regions.columns) == geo.COLUMNS
    assert geo.load_boundaries(DATA_DIR, "nuts3", ["MK008"])["NAME_LATN"].tolist() == ["Skopski"]
    proxies = {
        row["nuts_code"] for area in areas["area_id"]
        for row in csv.DictReader((DATA_DIR / "indicators" / f"{area}.csv").read_text(encoding="utf-8").splitlines())
        if len(row["nuts_code"]) == 4  # NUTS-2: country code and two characters
    }
    assert proxies and proxies == set(geo.load_boundaries(DATA_DIR, "nuts2")["NUTS_ID"])
    assert set(areas["country"]) <= set(geo.load_boundaries(DATA_DIR, "nuts0")["NUTS_ID"])


def cache_with_fixture(tmp_path, monkeypatch, level: str) -> Path:
    """A cache folder holding a verified made-up file for level (the spec keeps the level's embedded name)."""
    spec = geo.BoundaryFile(FIXTURE_SPEC.gisco_name, FIXTURE_SPEC.gisco_sha256, geo.BOUNDARIES[level].embedded_name)
    monkeypatch.setitem(geo.BOUNDARIES, level, spec)
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / spec.gisco_name).write_bytes(FIXTURE_GEOJSON)
    monkeypatch.setenv(geo.GEO_DIR_ENV, str(cache))
    return cache / spec.gisco_name


def test_embedded_files_are_used_before_the_cache(tmp_path, monkeypatch):
    cached = cache_with_fixture(tmp_path, monkeypatch, "nuts0")
    assert geo.boundary_path(DATA_DIR, "nuts0") == DATA_DIR / "geo" / geo.BOUNDARIES["nuts0"].embedded_name
    assert geo.boundary_path(data_without_geo(tmp_path / "data"), "nuts0") == cached


def test_a_changed_embedded_file_is_refused_not_replaced(tmp_path, monkeypatch):
    cache_with_fixture(tmp_path, monkeypatch, "nuts3")
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR / "geo", data / "geo")
    path = data / "geo" / geo.BOUNDARIES["nuts3"].embedded_name
    path.write_bytes(path.read_bytes().replace(b"Skopski", b"Skopsk!"))
    assert geo.boundary_path(data, "nuts3") is None  # neither the changed file nor the cache: check names it
    assert geo.load_boundaries(data, "nuts0") is not None  # the untouched levels still load


def test_an_unlisted_embedded_file_is_refused(tmp_path):
    geo_dir = tmp_path / "geo"
    shutil.copytree(DATA_DIR / "geo", geo_dir)
    sums = geo_dir / SUMS_NAME
    sums.write_text("".join(line for line in sums.read_text().splitlines(True) if "nuts0" not in line))
    assert geo.boundary_path(tmp_path, "nuts0") is None
    assert geo.boundary_path(tmp_path, "nuts3") == geo_dir / geo.BOUNDARIES["nuts3"].embedded_name


def test_a_folder_without_geo_reads_a_verified_cache_file(tmp_path, monkeypatch):
    cached = cache_with_fixture(tmp_path, monkeypatch, "nuts0")
    data = data_without_geo(tmp_path / "data")
    assert geo.load_boundaries(data, "nuts0")["NAME_LATN"].tolist() == ["Fixture land"]
    cached.write_bytes(FIXTURE_GEOJSON.replace(b"Fixture", b"Fixturf"))
    assert geo.boundary_path(data, "nuts0") is None  # a changed cache file is not used; downloads off (conftest)


@pytest.fixture()
def loopback_server(tmp_path):
    """Serve tmp_path/'srv' over HTTP on 127.0.0.1 (stands in for the GISCO distribution service)."""
    root = tmp_path / "srv"
    root.mkdir()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def test_download_verifies_and_renames(loopback_server, tmp_path):
    root, base = loopback_server
    (root / FIXTURE_SPEC.gisco_name).write_bytes(FIXTURE_GEOJSON)
    cache = tmp_path / "cache"
    path = geo.download(FIXTURE_SPEC, cache, base_url=base)
    assert path == cache / FIXTURE_SPEC.gisco_name and path.read_bytes() == FIXTURE_GEOJSON
    assert [p.name for p in cache.iterdir()] == [FIXTURE_SPEC.gisco_name]


def test_download_with_wrong_checksum_leaves_nothing(loopback_server, tmp_path):
    root, base = loopback_server
    (root / FIXTURE_SPEC.gisco_name).write_bytes(FIXTURE_GEOJSON + b" ")
    cache = tmp_path / "cache"
    assert geo.download(FIXTURE_SPEC, cache, base_url=base) is None
    assert list(cache.iterdir()) == []


def test_download_offline_gives_none(tmp_path):
    assert geo.download(FIXTURE_SPEC, tmp_path, base_url="http://127.0.0.1:9/", timeout=2) is None
    assert list(Path(tmp_path).iterdir()) == []
