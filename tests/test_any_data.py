"""Every page runs on any data folder that check accepts: the fixture data, and data/ plus a ninth made-up area."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.data.check import check_data_dir
from dashboard.data.paths import DATA_DIR, ROOT
from dashboard.i18n import STRINGS
from dashboard.i18n.fmt import md_escape
from dashboard.web.cache import DATA_DIR_ENV
from tests.conftest import FIXTURE_DIR
from tests.test_app import APP, PAGES

NINTH = {  # a made-up fixture area: every name says so
    "area_id": "fixture_ninth", "sort_order": "9", "name_en": "Fixture Ninth Area (made up)",
    "name_it": "Area di prova nove (inventata)", "name_local": "Fixture Nine locale", "short_en": "Fixtureville",
    "short_it": "Fixturopoli", "country": "IT", "core_city_en": "Fixture City", "core_city_it": "Città di prova",
    "lat": "45.5", "lon": "9.2", "nuts3": "XX001", "indicator_geo": "XX001", "nuts2_same": "", "colour": "#882255",
    "comparison_sets": "metro_case", "source_url": "https://example.org/fixture-ninth",
    "coord_source_url": "https://example.org/fixture-ninth", "note": "Made-up fixture area for tests.",
}


def append_rows(path: Path, rows: list[dict[str, str]]) -> None:
    """Append rows to a CSV file under its own header (missing columns stay empty)."""
    with path.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    with path.open("a", encoding="utf-8", newline="") as handle:
        csv.DictWriter(handle, header, lineterminator="\n").writerows(rows)


@pytest.fixture(scope="module")
def ninth_area_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of data/ with a ninth made-up area: its row, a source, its indicator values and competence rows."""
    target = tmp_path_factory.mktemp("ninth") / "data"
    shutil.copytree(DATA_DIR, target)
    append_rows(target / "areas.csv", [NINTH])
    append_rows(target / "SOURCES.csv", [{"source_id": "fixture_ninth", "url": NINTH["source_url"],
                                          "title": "Fixture source (made up)", "licence": "fixture"}])
    values = [{"indicator_id": "population_jan1", "nuts_code": "XX001", "year": str(year), "value": str(value),
               "status": "observed", "source": "Fixture dataset (made up)"}
              for year, value in ((2020, 1000), (2021, 1010), (2023, 1030))]
    (target / "indicators" / "fixture_ninth.csv").write_text(
        "indicator_id,nuts_code,year,value,flag,status,source,source_copy,note\n", encoding="utf-8"
    )
    append_rows(target / "indicators" / "fixture_ninth.csv", values)
    with (target / "competence_taxonomy.csv").open(encoding="utf-8", newline="") as handle:
        competences = [row["competence"] for row in csv.DictReader(handle)]
    append_rows(target / "competences.csv", [
        {"area_id": "fixture_ninth", "competence": c, "level": "unknown", "status": "classified",
         "note": "made-up fixture area"} for c in competences
    ])
    report = check_data_dir(target)
    assert [str(p) for p in report.problems] == [] and report.sets["metro_case"] == 9
    return target


def run_page(data_dir: Path, page: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """Render one page on a data folder (through streamlit_app.py, as users reach it); no exception allowed."""
    monkeypatch.setenv(DATA_DIR_ENV, str(data_dir))
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params["lang"] = lang
    at.run()
    at.switch_page(PAGES[page][0])
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def chart_traces(at: AppTest) -> list[str]:
    """The trace names of every Plotly chart on the page."""
    return [trace.get("name", "") for chart in at.get("plotly_chart")
            for trace in json.loads(chart.proto.spec)["data"]]


@pytest.mark.parametrize("lang", ["en", "it"])
@pytest.mark.parametrize("page", sorted(PAGES))
def test_every_page_renders_on_the_fixture_data(page, lang, monkeypatch):
    at = run_page(FIXTURE_DIR, page, lang, monkeypatch)
    if page == "overview":
        assert any(m.value.startswith("#### Fixture Area A" if lang == "en" else "#### Area di prova A")
                   for m in at.markdown)
    if page == "compare":
        assert ({"Fixture A", "Fixture B"} if lang == "en" else {"Prova A", "Prova B"}) <= set(chart_traces(at))


@pytest.mark.parametrize("lang", ["en", "it"])
@pytest.mark.parametrize("page", sorted(PAGES))
def test_every_page_renders_on_data_with_a_ninth_area(ninth_area_data, page, lang, monkeypatch):
    at = run_page(ninth_area_data, page, lang, monkeypatch)
    suffix = "it" if lang == "it" else "en"
    if page == "overview":
        assert any(m.value.startswith(f"#### {md_escape(NINTH[f'name_{suffix}'])}") for m in at.markdown)
        assert at.title[0].value.count("9") == 1  # the title counts the areas of the data
    if page == "compare":
        assert NINTH[f"short_{suffix}"] in chart_traces(at)
    if page == "governance":
        tables = " ".join(m.value.splitlines()[0] for m in at.markdown if m.value.startswith("| "))
        assert NINTH[f"short_{suffix}"] in tables
        assert NINTH[f"short_{suffix}"] in str(json.loads(at.get("plotly_chart")[0].proto.spec)["data"][0]["x"])


def test_the_number_of_areas_is_never_written_as_a_word():
    # Titles and texts take the number of areas from the data; a count written out would be wrong for a new set.
    word = re.compile(r"\b(eight|otto)\b", re.IGNORECASE)
    sources = [*sorted((ROOT / "dashboard").rglob("*.py")), ROOT / "streamlit_app.py",
               *sorted(ROOT.glob("queries/**/*.sql"))]
    found = [f"{p.relative_to(ROOT)}:{n}" for p in sources
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if word.search(line)]
    found += [key for key, texts in STRINGS.items() if any(word.search(text) for text in texts)]
    assert found == []
