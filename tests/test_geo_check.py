"""`check` on data/geo: every file listed in SHA256SUMS with its checksum, and nothing else, each named."""

from __future__ import annotations

import shutil

import pytest

from dashboard.data.check import check_data_dir
from dashboard.data.checksums import SUMS_NAME
from dashboard.data.geo import BOUNDARIES
from dashboard.data.paths import DATA_DIR
from tests.conftest import data_without_geo

NUTS3 = BOUNDARIES["nuts3"].embedded_name


@pytest.fixture()
def data(tmp_path):
    """A copy of data/ with its geo/ folder."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def geo_problems(folder) -> list[str]:
    return [str(p) for p in check_data_dir(folder, "data").problems if p.file.startswith("data/geo/")]


def sums_line(folder, name: str) -> int:
    lines = (folder / "geo" / SUMS_NAME).read_text().splitlines()
    return next(number for number, line in enumerate(lines, start=1) if line.endswith(f"  {name}"))


def test_shipped_boundaries_pass_and_a_folder_without_geo_too(tmp_path):
    assert geo_problems(DATA_DIR) == []
    assert geo_problems(data_without_geo(tmp_path / "data")) == []


def test_a_changed_file_is_named_with_its_line(data):
    path = data / "geo" / NUTS3
    path.write_bytes(path.read_bytes().replace(b"Skopski", b"Skopsk!"))
    assert geo_problems(data) == [
        f"data/geo/{SUMS_NAME}:{sums_line(data, NUTS3)}: {NUTS3}: "
        "checksum differs: the file changed after SHA256SUMS was written"
    ]


def test_an_unlisted_file_and_a_missing_file_are_named(data):
    (data / "geo" / "extra.geojson").write_text("{}")
    line = sums_line(data, NUTS3)
    (data / "geo" / NUTS3).unlink()
    assert sorted(geo_problems(data)) == [
        f"data/geo/{SUMS_NAME}:{line}: {NUTS3}: listed file is missing or not a regular file",
        f"data/geo/extra.geojson:0: -: not listed in {SUMS_NAME}",
    ]


def test_a_missing_or_malformed_sums_file_is_named(data):
    sums = data / "geo" / SUMS_NAME
    text = sums.read_text()
    sums.write_text(text + "not a checksum line\n" + text.splitlines(True)[0].replace("  ", "  ../"))
    problems = geo_problems(data)
    assert len(problems) == 2 and all(p.startswith(f"data/geo/{SUMS_NAME}:") for p in problems)
    assert "not '<64 hex digits>  <file name>'" in problems[0]
    sums.unlink()
    assert geo_problems(data)[0].startswith(f"data/geo/{SUMS_NAME}:0: -: file is missing")
