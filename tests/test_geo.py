"""Boundaries: found by checksum in the cache folder, downloaded once (temp file, verify, rename), else None."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

from dashboard.data import geo
from tests.conftest import SHARED_GEO, require_shared_geo

METRO_NUTS3 = {"ITC11", "ITC33", "ES511", "PL911", "PL912", "PL913", "RO321", "RO322", "SE232", "MK008", "AL022"}


def test_shared_subsets_load_with_all_area_regions():
    require_shared_geo()
    frame = geo.load_boundaries("nuts3")
    assert set(frame["NUTS_ID"]) == METRO_NUTS3
    assert frame.crs.to_epsg() == 4326
    assert geo.load_boundaries("nuts3", ["MK008"])["NAME_LATN"].tolist() == ["Skopski"]
    assert len(geo.load_boundaries("nuts0")) == 37


def test_a_changed_file_is_refused(tmp_path, monkeypatch):
    require_shared_geo()
    spec = geo.BOUNDARIES["nuts3"]
    data = (SHARED_GEO / spec.subset_name).read_bytes()
    (tmp_path / spec.subset_name).write_bytes(data.replace(b"Skopski", b"Skopsk!"))
    monkeypatch.setenv(geo.GEO_DIR_ENV, str(tmp_path))
    assert geo.boundary_path("nuts3", allow_download=False) is None
    assert geo.load_boundaries("nuts3", allow_download=False) is None


def test_no_files_and_no_download_gives_none(tmp_path, monkeypatch):
    monkeypatch.setenv(geo.GEO_DIR_ENV, str(tmp_path / "empty"))
    assert geo.boundary_path("nuts0", allow_download=False) is None


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
    require_shared_geo()
    root, base = loopback_server
    real = geo.BOUNDARIES["nuts0"]
    # the served file is the shared subset, so the spec expects the subset's checksum under the GISCO name
    spec = geo.BoundaryFile(real.gisco_name, real.subset_sha256, real.subset_name, real.subset_sha256)
    shutil.copy(SHARED_GEO / real.subset_name, root / real.gisco_name)
    cache = tmp_path / "cache"
    path = geo.download(spec, cache, base_url=base)
    assert path == cache / real.gisco_name and geo.sha256(path) == real.subset_sha256
    assert [p.name for p in cache.iterdir()] == [real.gisco_name]


def test_download_with_wrong_checksum_leaves_nothing(loopback_server, tmp_path):
    root, base = loopback_server
    spec = geo.BOUNDARIES["nuts0"]
    (root / spec.gisco_name).write_text('{"type": "FeatureCollection", "features": []}')
    cache = tmp_path / "cache"
    assert geo.download(spec, cache, base_url=base) is None
    assert list(cache.iterdir()) == []


def test_download_offline_gives_none(tmp_path):
    spec = geo.BOUNDARIES["nuts0"]
    assert geo.download(spec, tmp_path, base_url="http://127.0.0.1:9/", timeout=2) is None
    assert list(Path(tmp_path).iterdir()) == []
