"""Downloads round trip: each format read back with its usual reader gives the query's rows and values."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import geopandas as gpd
import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pytest

from dashboard.data.paths import DATA_DIR
from dashboard.exports.datapackage import descriptor
from dashboard.exports.files import neutralise
from dashboard.exports.geojson import BoundariesUnavailable
from dashboard.exports.registry import export_bytes, file_name, table_bytes
from dashboard.exports.table import (
    KEY_COLUMNS,
    VALUE_COLUMNS,
    Selection,
    SelectionError,
    build_export,
    choices,
    column_label,
)
from dashboard.i18n import t
from tests.conftest import FIXTURE_DIR, data_without_geo

HOSTILE = '=HYPERLINK("http://x","y")'
RETRIEVED = date(2026, 1, 15)
TEXT = [c for c in VALUE_COLUMNS if c not in {"year", "value"}]


def rows(frame: pd.DataFrame) -> list[tuple[object, ...]]:
    """The rows as plain tuples (missing -> None, year int, value float) to compare across readers."""
    out = []
    for record in frame[list(VALUE_COLUMNS)].itertuples(index=False):
        cells = []
        for column, cell in zip(VALUE_COLUMNS, record, strict=True):
            if cell is None or (not isinstance(cell, str) and pd.isna(cell)):
                cells.append(None)
            elif column == "year":
                cells.append(int(cell))
            elif column == "value":
                cells.append(float(cell))
            else:
                cells.append(str(cell))
        out.append(tuple(cells))
    return out


@pytest.fixture(scope="module")
def fixture_export(fixture_con):
    selection = Selection(("fixture_a", "fixture_b"), ("fx_pop", "fx_rate"), 2020, 2023, ("eu", "country"), True)
    return build_export(fixture_con, selection, "en", RETRIEVED)


@pytest.fixture(scope="module")
def real_export(real_con):
    selection = Selection(
        ("genova", "warszawa", "bucuresti", "tirana"),
        ("population_jan1", "gdp_eur_per_inhabitant", "employment_thousand"),
        2014, 2024, ("country", "eu"), True,
    )
    return build_export(real_con, selection, "it", RETRIEVED)


EXPORTS = ["fixture_export", "real_export"]


def read_csv(payload: bytes) -> pd.DataFrame:
    return pd.read_csv(
        io.BytesIO(payload), encoding="utf-8-sig", keep_default_na=False, na_values={"value": [""]},
        dtype={c: str for c in TEXT},
    ).replace({c: {"": None} for c in TEXT})


def test_fixture_rows_are_the_query(fixture_export):
    got = {(r[1], r[3], r[5], r[8]): r[9] for r in rows(fixture_export.values)}
    assert got[("fixture_a", "XA001", "fx_pop", 2021)] == 110.0
    assert got[("fixture_a", "XA001", "fx_pop", 2022)] is None  # missing stays missing, with its note
    assert got[("fixture_b", "XB001", "fx_pop", 2020)] == 50.0  # a component, asked for
    assert got[("XA", "XA", "fx_pop", 2021)] == 1010.0  # the country benchmark of fixture_a
    assert got[("EU27_2020", "EU27_2020", "fx_pop", 2020)] == 9000.0
    assert ("XB", "XB", "fx_pop", 2020) not in got  # no such benchmark in the data: left out, not invented
    assert fixture_export.values.duplicated(list(KEY_COLUMNS)).sum() == 0


def test_headline_only_unless_components_asked(fixture_con):
    selection = Selection(("fixture_b",), ("fx_pop",), 2020, 2021)
    frame = build_export(fixture_con, selection).values
    assert frame["nuts_code"].tolist() == ["XB001+XB002", "XB001+XB002"]
    assert set(frame["series"]) == {"headline"}


@pytest.mark.parametrize("which", EXPORTS)
def test_csv_round_trip(request, which):
    export = request.getfixturevalue(which)
    payload = export_bytes(export, "csv")
    assert payload.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the accents
    assert rows(read_csv(payload)) == rows(neutralise(export.values))


@pytest.mark.parametrize("which", EXPORTS)
def test_parquet_round_trip_keeps_types_and_citation(request, which):
    export = request.getfixturevalue(which)
    payload = export_bytes(export, "parquet")
    back = pd.read_parquet(io.BytesIO(payload))
    assert rows(back) == rows(export.values)
    assert str(back["year"].dtype).startswith("int") and back["value"].dtype == "float64"
    metadata = pq.read_schema(io.BytesIO(payload)).metadata
    assert metadata[b"metrocase.citation"].decode() == export.citation


def xlsx_values(payload: bytes) -> tuple[pd.DataFrame, openpyxl.Workbook]:
    """The data sheet read back, its translated headers mapped to machine ids through the columns sheet."""
    book = openpyxl.load_workbook(io.BytesIO(payload))
    columns = pd.read_excel(io.BytesIO(payload), sheet_name="columns")
    data = pd.read_excel(io.BytesIO(payload), sheet_name="data", dtype={h: str for h in columns["header"]})
    data = data.rename(columns=dict(zip(columns["header"], columns["column"], strict=True)))
    return data, book


@pytest.mark.parametrize("which", EXPORTS)
def test_xlsx_round_trip_with_metadata_and_citation(request, which):
    export = request.getfixturevalue(which)
    data, book = xlsx_values(export_bytes(export, "xlsx"))
    assert book.sheetnames == ["data", "metadata", "columns", "citation"]
    assert rows(data) == rows(neutralise(export.values))
    header = [c.value for c in book["data"][1]]
    assert header == [column_label(c, export.lang) for c in VALUE_COLUMNS]
    metadata = pd.read_excel(io.BytesIO(export_bytes(export, "xlsx")), sheet_name="metadata")
    assert sorted(metadata["indicator_id"]) == sorted(export.selection.indicators)
    assert {"definition", "unit", "source_dataset", "licence"} <= set(metadata.columns)
    citation = [row[1] for row in book["citation"].iter_rows(min_row=2, values_only=True)]
    assert export.citation in citation and RETRIEVED.isoformat() in citation


def test_xlsx_numbers_are_numbers_and_no_cell_is_a_formula(fixture_export):
    book = openpyxl.load_workbook(io.BytesIO(export_bytes(fixture_export, "xlsx")))
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    value_col = VALUE_COLUMNS.index("value") + 1
    numbers = [row[value_col - 1].value for row in book["data"].iter_rows(min_row=2)]
    assert -0.5 in numbers and all(v is None or isinstance(v, int | float) for v in numbers)
    notes = [cell.value for cell in cells if isinstance(cell.value, str) and "HYPERLINK" in cell.value]
    assert notes == ["'" + HOSTILE]


def test_csv_neutralises_formulas_and_keeps_numbers(fixture_export):
    text = export_bytes(fixture_export, "csv").decode("utf-8-sig")
    assert "'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")" in text
    assert "'-fixture: a negative value" in text
    back = read_csv(export_bytes(fixture_export, "csv"))
    assert -0.5 in back["value"].tolist() and back["value"].dtype == "float64"
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in back[TEXT].stack().dropna())


def test_geojson_round_trip_joined_to_boundaries(real_export):
    payload = export_bytes(real_export, "geojson")
    back = gpd.read_file(io.BytesIO(payload))
    assert rows(back) == rows(real_export.values)
    assert back.crs.to_epsg() == 4326
    by_row = back.set_index(["geo", "nuts_code", "indicator_id", "year"])
    warsaw = by_row.loc[("warszawa", "PL911+PL912+PL913", "population_jan1", 2020)]
    assert warsaw["boundary"] == "PL911+PL912+PL913" and warsaw.geometry.geom_type in {"Polygon", "MultiPolygon"}
    component = by_row.loc[("warszawa", "PL911", "population_jan1", 2020)]
    assert component["boundary"] == "PL911" and component.geometry.area < warsaw.geometry.area
    assert by_row.loc[("PL", "PL", "population_jan1", 2020)]["boundary"] == "PL"
    assert by_row.loc[("EU27_2020", "EU27_2020", "population_jan1", 2020)].geometry is None
    collection = json.loads(payload)
    assert "EuroGeographics" in collection["metadata"]["attribution"]
    assert collection["metadata"]["citation"] == real_export.citation


def test_geojson_fixture_has_no_outlines_but_every_row(fixture_export):
    # data/'s boundaries (the fixture folder has none), which know none of the made-up codes
    back = gpd.read_file(io.BytesIO(export_bytes(fixture_export, "geojson", DATA_DIR)))
    assert rows(back) == rows(fixture_export.values)
    assert back.geometry.isna().all()  # made-up NUTS codes: no outline, never a wrong one


def test_geojson_without_boundaries_raises(fixture_export, real_export, tmp_path):
    # Neither folder has geo/; the cache is empty and downloads are off (conftest).
    with pytest.raises(BoundariesUnavailable, match="no NUTS boundary files"):
        export_bytes(fixture_export, "geojson", FIXTURE_DIR)
    with pytest.raises(BoundariesUnavailable, match="no NUTS boundary files"):
        export_bytes(real_export, "geojson", data_without_geo(tmp_path / "data"))


def unzip(payload: bytes, folder: Path) -> Path:
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        archive.extractall(folder)
    return folder


def frictionless_validate(folder: Path) -> subprocess.CompletedProcess[str]:
    """Run the real validator, as a partner would."""
    return subprocess.run(
        [sys.executable, "-m", "frictionless", "validate", "--json", "datapackage.json"],
        cwd=folder, capture_output=True, text=True, timeout=300,
    )


@pytest.mark.parametrize("which", EXPORTS)
def test_zip_is_a_valid_data_package(request, which, tmp_path):
    export = request.getfixturevalue(which)
    folder = unzip(export_bytes(export, "zip"), tmp_path)
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) == [
        "CITATION.txt", "LICENSE.txt", "README.md", "data/indicators.csv", "data/values.csv", "datapackage.json",
    ]
    result = frictionless_validate(folder)
    report = json.loads(result.stdout)
    assert result.returncode == 0 and report["valid"], result.stdout[-3000:]
    assert rows(read_csv((folder / "data/values.csv").read_bytes())) == rows(neutralise(export.values))
    assert (folder / "CITATION.txt").read_text(encoding="utf-8").strip() == export.citation
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    fields = package["resources"][0]["schema"]["fields"]
    assert [f["name"] for f in fields] == list(VALUE_COLUMNS)
    assert all(f["description"] for f in fields)


def test_real_package_is_cc_by_with_eurostat_sources(real_export):
    package = descriptor(real_export)
    assert [lic["name"] for lic in package["licenses"]] == ["CC-BY-4.0"]
    assert {s["title"] for s in package["sources"]} == {"Eurostat demo_r_pjanaggr3", "Eurostat nama_10r_3gdp",
                                                       "Eurostat nama_10r_3empers"}
    assert package["resources"][0]["schema"]["primaryKey"] == list(KEY_COLUMNS)
    assert t("about.citation", "it") in package["citation"]


def test_the_validator_can_fail(fixture_export, tmp_path):
    folder = unzip(export_bytes(fixture_export, "zip"), tmp_path)
    values = folder / "data/values.csv"
    lines = values.read_text(encoding="utf-8").splitlines()
    lines.append(lines[1])  # a duplicate primary key
    values.write_text("\n".join(lines).replace(",100.0,", ",one hundred,") + "\n", encoding="utf-8")
    result = frictionless_validate(folder)
    assert result.returncode != 0
    errors = {task["errors"][0]["type"] for task in json.loads(result.stdout)["tasks"] if task["errors"]}
    assert errors & {"type-error", "primary-key"}


def test_citation_names_date_and_filter(real_export):
    assert real_export.citation.startswith(t("about.citation", "it"))
    assert "2026-01-15" in real_export.citation and "genova,warszawa,bucuresti,tirana" in real_export.citation
    assert "2014-2024" in real_export.citation


@pytest.mark.parametrize(
    ("selection", "message"),
    [
        (Selection(("atlantis",), ("fx_pop",), 2020, 2021), "unknown area 'atlantis'"),
        (Selection(("fixture_a",), ("nope",), 2020, 2021), "unknown indicator 'nope'"),
        (Selection(("fixture_a",), ("fx_pop",), 2022, 2020), "--from 2022 is after --to 2020"),
        (Selection(("fixture_a",), ("fx_pop",), 1990, 2020), "--from 1990 is outside"),
        (Selection(("fixture_a",), ("fx_pop",), 2020, 2021, ("partners",)), "unknown benchmark 'partners'"),
        (Selection((), ("fx_pop",), 2020, 2021), "no area"),
    ],
)
def test_bad_selection_names_the_value(fixture_con, selection, message):
    with pytest.raises(SelectionError, match=message.replace("(", r"\(")):
        build_export(fixture_con, selection)


def test_choices_of_the_fixture(fixture_con):
    options = choices(fixture_con)
    assert options.areas == ("fixture_a", "fixture_b")  # metro_case only; fixture_c is another set
    assert (options.year_min, options.year_max) == (2020, 2023)
    assert options.benchmarks == ("EU27_2020", "XA")


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "parquet"])
def test_any_table_round_trips(fmt):
    frame = pd.DataFrame({"name": ["Genova", HOSTILE], "n": [1, -2], "share": [0.5, None]})
    payload = table_bytes(frame, fmt)
    if fmt == "csv":
        back = pd.read_csv(io.BytesIO(payload), encoding="utf-8-sig")
    elif fmt == "xlsx":
        back = pd.read_excel(io.BytesIO(payload), sheet_name="data")
    else:
        back = pd.read_parquet(io.BytesIO(payload))
    expected = frame if fmt == "parquet" else neutralise(frame)
    assert back["name"].tolist() == expected["name"].tolist()
    assert back["n"].tolist() == [1, -2] and back["share"].iloc[0] == 0.5 and pd.isna(back["share"].iloc[1])


@pytest.mark.parametrize(
    ("name", "fmt", "expected"),
    [("values", "csv", "values.csv"), ("../../etc/passwd", "zip", "etc-passwd.zip"), ("Città 2024", "xlsx",
     "Citt--2024.xlsx"), ("", "parquet", "data.parquet")],
)
def test_file_names_are_safe(name, fmt, expected):
    assert file_name(name, fmt) == expected
