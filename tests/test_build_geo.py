"""scripts/build_geo.py on made-up GISCO files (fixtures): cuts what the areas use, verifies sources, deterministic."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil

import pytest

from dashboard.data import geo
from dashboard.data.check import check_data_dir
from dashboard.data.checksums import SUMS_NAME, format_sums
from dashboard.data.paths import ROOT
from tests.conftest import FIXTURE_DIR

spec = importlib.util.spec_from_file_location("build_geo", ROOT / "scripts" / "build_geo.py")
build_geo = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_geo)

# Made-up regions (fixture codes, not NUTS): one square each, with GISCO's extra properties to be dropped.
LEVELS = {
    "nuts3": ["XA001", "XA002", "XB001", "XB002", "XC001"],
    "nuts2": ["XA00", "XB00"],
    "nuts0": ["XA", "XB", "XC"],
}


def square(code: str, index: int) -> dict:
    ring = [[index, 0.5], [index + 1, 0.5], [index + 1, 1.25], [index, 1.25], [index, 0.5]]
    props = {"NUTS_ID": code, "CNTR_CODE": code[:2], "NAME_LATN": f"Fixture {code}", "NUTS_NAME": f"Fixture {code}",
             "LEVL_CODE": len(code) - 2, "URBN_TYPE": None, "FID": code}
    return {"geometry": {"type": "Polygon", "coordinates": [ring]}, "type": "Feature", "properties": props, "id": code}


@pytest.fixture()
def gisco(tmp_path):
    """A folder of made-up 'GISCO' files, their SHA256SUMS, and the checksums the script is to expect."""
    folder = tmp_path / "gisco"
    folder.mkdir()
    digests = {}
    for level, codes in LEVELS.items():
        name = geo.BOUNDARIES[level].gisco_name
        collection = {"crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4326"}},
                      "type": "FeatureCollection", "features": [square(c, i) for i, c in enumerate(reversed(codes))]}
        (folder / name).write_text(json.dumps(collection))
        digests[name] = hashlib.sha256((folder / name).read_bytes()).hexdigest()
    (folder / SUMS_NAME).write_text(format_sums(digests))
    return folder, digests


@pytest.fixture()
def data(tmp_path):
    """The fixture data folder, with one value of fixture_c on the made-up NUTS-2 region XA00."""
    target = tmp_path / "data"
    shutil.copytree(FIXTURE_DIR, target)
    values = target / "indicators" / "fixture_c.csv"
    last = values.read_text(encoding="utf-8").splitlines()[-1]
    values.write_text(values.read_text(encoding="utf-8") + last.replace("XA002", "XA00", 1) + "\n", encoding="utf-8")
    return target


def ids(text: str) -> list[str]:
    return [feature["id"] for feature in json.loads(text)["features"]]


def test_cuts_the_areas_regions_their_nuts2_codes_and_every_country(gisco, data):
    folder, digests = gisco
    files = build_geo.build(folder, data, digests)
    assert ids(files[geo.BOUNDARIES["nuts3"].embedded_name]) == ["XA001", "XA002", "XB001", "XB002"]
    assert ids(files[geo.BOUNDARIES["nuts2"].embedded_name]) == ["XA00", "XB00"]  # a value's code, a nuts2_same
    assert ids(files[geo.BOUNDARIES["nuts0"].embedded_name]) == ["XA", "XB", "XC"]
    source = json.loads((folder / geo.BOUNDARIES["nuts3"].gisco_name).read_text())
    first = json.loads(files[geo.BOUNDARIES["nuts3"].embedded_name])["features"][0]
    assert first["geometry"] == next(f["geometry"] for f in source["features"] if f["id"] == "XA001")
    assert list(first["properties"]) == ["NUTS_ID", "CNTR_CODE", "NAME_LATN", "LEVL_CODE"]
    assert build_geo.build(folder, data, digests) == files  # deterministic


def test_written_folder_passes_check_and_the_app_reads_it(gisco, data):
    folder, digests = gisco
    build_geo.write(build_geo.build(folder, data, digests), data / geo.EMBEDDED_DIR)
    assert [str(p) for p in check_data_dir(data, "data").problems if p.file.startswith("data/geo")] == []
    regions = geo.load_boundaries(data, "nuts3", allow_download=False)
    assert regions["NAME_LATN"].tolist() == ["Fixture XA001", "Fixture XA002", "Fixture XB001", "Fixture XB002"]


def test_refuses_a_source_that_is_not_the_known_file(gisco, data):
    folder, digests = gisco
    with pytest.raises(SystemExit, match="checksum"):
        build_geo.build(folder, data, {**digests, geo.BOUNDARIES["nuts2"].gisco_name: "0" * 64})


def test_refuses_an_area_region_missing_from_the_source(gisco, data):
    folder, digests = gisco
    areas = data / "areas.csv"
    areas.write_text(areas.read_text(encoding="utf-8").replace("XA001", "XA009"), encoding="utf-8")
    with pytest.raises(SystemExit, match="XA009"):
        build_geo.build(folder, data, digests)
