"""`python -m dashboard export` as a user runs it: files equal the query, bad input exits 2 naming the value."""

from __future__ import annotations

import io
import os
import socket
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import geopandas as gpd
import openpyxl
import pandas as pd
import pytest

from dashboard.data.paths import ROOT
from dashboard.exports.files import NotRegularFile, neutralise, write_atomic
from dashboard.exports.table import Selection, build_export
from tests.conftest import FIXTURE_DIR, data_without_geo
from tests.test_check import run_cli
from tests.test_downloads import read_csv, rows, xlsx_values

REAL = ["--areas", "warszawa,genova", "--indicators", "population_jan1,area_km2", "--from", "2016", "--to", "2024"]


def expected_rows(real_con, lang: str = "en", components: bool = False) -> list[tuple[object, ...]]:
    selection = Selection(("warszawa", "genova"), ("population_jan1", "area_km2"), 2016, 2024, (), components)
    return rows(build_export(real_con, selection, lang).values)


def read_back(path: Path, fmt: str) -> pd.DataFrame:
    payload = path.read_bytes()
    if fmt == "csv":
        return read_csv(payload)
    if fmt == "xlsx":
        return xlsx_values(payload)[0]
    if fmt == "parquet":
        return pd.read_parquet(path)
    if fmt == "geojson":
        return gpd.read_file(path)
    with zipfile.ZipFile(path) as archive:
        return read_csv(archive.read("data/values.csv"))


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "parquet", "geojson", "zip"])
def test_each_format_equals_the_query(real_con, tmp_path, fmt):
    target = tmp_path / f"out.{fmt}"
    result = run_cli("export", *REAL, "--format", fmt, "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert rows(read_back(target, fmt)) == expected_rows(real_con)
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no temp file left behind


def test_italian_names_components_and_format_from_extension(real_con, tmp_path):
    target = tmp_path / "dati.xlsx"
    result = run_cli("export", *REAL, "--lang", "it", "--components", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert rows(read_back(target, "xlsx")) == expected_rows(real_con, "it", components=True)
    header = [c.value for c in openpyxl.load_workbook(target)["data"][1]]
    assert "Indicatore" in header and "Anno" in header


def test_fixture_data_dir_and_benchmarks(fixture_con, tmp_path):
    target = tmp_path / "fixture.csv"
    result = run_cli(
        "export", "--data-dir", str(FIXTURE_DIR), "--areas", "fixture_a", "--indicators", "fx_pop",
        "--bench", "country,eu", "-o", str(target),
    )
    assert result.returncode == 0, result.stderr
    expected = build_export(fixture_con, Selection(("fixture_a",), ("fx_pop",), 2020, 2023, ("country", "eu")))
    assert rows(read_back(target, "csv")) == rows(neutralise(expected.values))
    assert "'=HYPERLINK" in target.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--areas", "genova,atlantis"], "unknown area 'atlantis'"),
        (["--indicators", "population_jan1,no_such_indicator"], "unknown indicator 'no_such_indicator'"),
        (["--bench", "moon"], "unknown benchmark 'moon'"),
        (["--from", "2024", "--to", "2016"], "--from 2024 is after --to 2016"),
        (["--from", "20x6"], "not a year: '20x6'"),
        (["--to", "-1"], "not a year: '-1'"),
        (["--from", "1900"], "--from 1900 is outside the data's years"),
        (["--to", "2099"], "--to 2099 is outside the data's years"),
        (["--format", "docx"], "invalid choice: 'docx'"),
        (["--lang", "fr"], "invalid choice: 'fr'"),
        (["--areas", ",,"], "empty list"),
        (["--data-dir", "/no/such/dir"], "not a directory"),
    ],
)
def test_bad_arguments_exit_2_naming_the_value_and_write_nothing(tmp_path, args, named):
    target = tmp_path / "out.csv"
    result = run_cli("export", *args, "-o", str(target))
    assert result.returncode == 2, result.stderr
    assert named in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_unknown_extension_and_missing_folder(tmp_path):
    result = run_cli("export", "-o", str(tmp_path / "out.doc"))
    assert result.returncode == 2 and "'out.doc' has no known extension" in result.stderr
    result = run_cli("export", "-o", str(tmp_path / "missing" / "out.csv"))
    assert result.returncode == 2 and "no such directory" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_failure_keeps_the_old_file_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "out.csv"
    target.write_bytes(b"previous download\n")
    result = run_cli("export", "--areas", "atlantis", "-o", str(target))
    assert result.returncode == 2
    assert target.read_bytes() == b"previous download\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_geojson_without_boundaries_exits_1_and_writes_nothing(tmp_path, monkeypatch):
    data = data_without_geo(tmp_path / "data")
    empty = tmp_path / "no-geo"
    empty.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setenv("METROCASE_GEO_DIR", str(empty))
    monkeypatch.setenv("METROCASE_GEO_DOWNLOAD", "0")
    result = run_cli("export", *REAL, "--format", "geojson", "-o", str(out / "areas.geojson"), "--data-dir", str(data))
    assert result.returncode == 1
    assert "GeoJSON needs the NUTS boundaries" in result.stderr and f"{data / 'geo'}" in result.stderr
    assert list(out.iterdir()) == [] and list(empty.iterdir()) == []


def test_no_matching_values_exits_1(tmp_path):
    result = run_cli("export", "--areas", "tirana", "--indicators", "employment_thousand", "--from", "2024",
                     "-o", str(tmp_path / "out.csv"))
    assert result.returncode == 1 and "no values match" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_written_csv_opens_as_text_with_bom(tmp_path):
    target = tmp_path / "out.csv"
    assert run_cli("export", *REAL, "-o", str(target)).returncode == 0
    head = io.BytesIO(target.read_bytes()).read(3)
    assert head == b"\xef\xbb\xbf"


def test_unreadable_data_dir_and_unwritable_target_give_a_message_not_a_traceback(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_cli("export", "--data-dir", str(empty), "-o", str(tmp_path / "a.csv"))
    assert result.returncode == 1
    assert "does not pass the data check" in result.stderr and "Traceback" not in result.stderr
    assert "/areas.csv:0: -: file is missing" in result.stderr
    assert not (tmp_path / "a.csv").exists()


def test_unwritable_target_gives_a_message_not_a_traceback():
    # /proc takes no new files, even for root: the temp file cannot be created
    result = run_cli("export", "--areas", "genova", "--indicators", "area_km2", "-o", "/proc/metrocase-test.csv")
    assert result.returncode == 1
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr


def test_a_long_bad_name_is_shortened_in_the_message(tmp_path):
    result = run_cli("export", "--areas", "x" * 5000, "-o", str(tmp_path / "a.csv"))
    assert result.returncode == 2
    assert "xxx..." in result.stderr and len(result.stderr) < 600


def run_cli_in(cwd: Path, *args: str, umask: int = 0o022) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m dashboard ...` from another folder, with a given umask; output kept as bytes."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "dashboard", *args], cwd=cwd, env=env, umask=umask,
                          capture_output=True, timeout=120)


SMALL = ["--areas", "genova", "--indicators", "area_km2"]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)], ids=oct)
def test_a_new_file_gets_the_mode_open_would_give_it(tmp_path, umask, mode):
    result = run_cli_in(tmp_path, "export", *SMALL, "-o", "out.csv", umask=umask)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE((tmp_path / "out.csv").stat().st_mode) == mode


def test_a_replaced_file_keeps_its_own_mode(tmp_path):
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    target.chmod(0o604)
    result = run_cli_in(tmp_path, "export", *SMALL, "-o", "out.csv", umask=0o077)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes() != b"old" and stat.S_IMODE(target.stat().st_mode) == 0o604


def _symlink(folder: Path) -> Path:
    (folder / "real.csv").write_bytes(b"kept")
    (folder / "out.csv").symlink_to(folder / "real.csv")
    return folder / "out.csv"


def _dangling(folder: Path) -> Path:
    (folder / "out.csv").symlink_to(folder / "nowhere.csv")
    return folder / "out.csv"


def _directory(folder: Path) -> Path:
    (folder / "out.csv").mkdir()
    return folder / "out.csv"


def _fifo(folder: Path) -> Path:
    os.mkfifo(folder / "out.csv")
    return folder / "out.csv"


def _socket(folder: Path) -> Path:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "out.csv"))  # stays on disk after the socket closes
    server.close()
    return folder / "out.csv"


@pytest.mark.parametrize(
    ("make", "reason"),
    [(_symlink, "symbolic link"), (_dangling, "symbolic link"), (_directory, "directory"),
     (_fifo, "not a regular file"), (_socket, "not a regular file")],
)
def test_a_target_that_is_not_a_regular_file_is_refused_and_left_alone(tmp_path, make, reason):
    target = make(tmp_path)
    before = {p.name: (p.lstat().st_mode, p.lstat().st_ino) for p in tmp_path.iterdir()}
    result = run_cli_in(tmp_path, "export", *SMALL, "-o", "out.csv")
    assert result.returncode == 2
    message = result.stderr.decode().strip()
    assert len(message.splitlines()) == 1 and reason in message and "nothing written" in message, message
    assert {p.name: (p.lstat().st_mode, p.lstat().st_ino) for p in tmp_path.iterdir()} == before
    if make is _symlink:
        assert target.resolve().read_bytes() == b"kept"


def test_write_atomic_refuses_a_symlink_itself(tmp_path):
    target = _symlink(tmp_path)
    with pytest.raises(NotRegularFile, match="symbolic link"):
        write_atomic(target, b"new")
    assert target.is_symlink() and (tmp_path / "real.csv").read_bytes() == b"kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv", "real.csv"]


@pytest.mark.parametrize("fmt", ["csv", "parquet", "zip"])
def test_dash_writes_the_file_to_standard_output(real_con, tmp_path, fmt):
    result = run_cli_in(tmp_path, "export", *REAL, "--format", fmt, "-o", "-")
    assert result.returncode == 0, result.stderr
    written = tmp_path / f"stdout.{fmt}"
    written.write_bytes(result.stdout)
    assert rows(read_back(written, fmt)) == expected_rows(real_con)
    assert result.stderr.decode().strip() == f"wrote {len(expected_rows(real_con))} rows to standard output ({fmt})"
    assert [p.name for p in tmp_path.iterdir()] == [written.name]  # no file named "-"


def test_dash_without_format_is_refused(tmp_path):
    result = run_cli_in(tmp_path, "export", *SMALL, "-o", "-")
    assert result.returncode == 2 and result.stdout == b""
    assert "needs --format" in result.stderr.decode()
    assert list(tmp_path.iterdir()) == []
