"""Good practices: the data as built and checked, the catalogue query's filters, cards, and the /practices page."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.cards.practice_cards import card_markdown, compare_markdown, practices_for_download, years_text
from dashboard.data import queries
from dashboard.data.check import check_data_dir
from dashboard.data.paths import DATA_DIR
from dashboard.exports.registry import table_bytes
from dashboard.figures.maps import practice_map
from dashboard.i18n import t
from dashboard.urls.practices import parse_years
from tests.test_app import APP
from tests.test_check import edit_csv

PAGE = "dashboard/web/pages/practices.py"


def read(rel: str, folder: Path = DATA_DIR) -> list[dict[str, str]]:
    with (folder / rel).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_data_holds_the_29_sourced_practices_and_a_labelled_screening():
    practices = read("practices/practices.csv")
    assert len(practices) == 29 and all(p["source_url"].startswith("http") for p in practices)
    partners = {a["area_id"] for a in read("areas.csv") if "metro_case" in a["comparison_sets"].split(";")}
    assert {p["area_id"] for p in practices} == partners  # the research collected practices of the partner areas
    criteria = {c["criterion_id"] for c in read("practices/criteria.csv")}
    assert {f"IE-{n}" for n in range(1, 9)} <= criteria
    screening = read("practices/screening.csv")
    # the project's reading, never a source's statement: every row classified, with its reason in both languages
    assert {s["status"] for s in screening} == {"classified"}
    assert all(s["reason_en"] and s["reason_it"] for s in screening)
    weak = {s["practice_id"] for s in screening if s["criterion_id"] == "IE-2" and s["result"] == "not_found"}
    assert weak == {"GP-BUC-03", "GP-TIR-02", "GP-WAR-04"}


def test_ongoing_is_its_own_column_and_missing_years_stay_missing():
    rows = {p["practice_id"]: p for p in read("practices/practices.csv")}
    assert rows["GP-GEN-04"]["ongoing"] == "yes" and rows["GP-GEN-04"]["year_end"] == ""
    assert rows["GP-TIR-02"]["year_start"] == "" and rows["GP-TIR-02"]["ongoing"] == "no"


@pytest.mark.parametrize(("rel", "row", "column", "value", "reason"), [
    ("practices/practices.csv", 0, "area_id", "atlantis", "unknown area 'atlantis'"),
    ("practices/practices.csv", 0, "theme", "happiness", "'happiness' is not one of"),
    ("practices/practices.csv", 3, "year_end", "2030", "an ongoing practice has no end year"),
    ("practices/practices.csv", 0, "source_url", "javascript:alert(1)", "not an http(s) address"),
    ("practices/practices.csv", 0, "plan_id", "no_such_plan", "unknown plan 'no_such_plan'"),
    ("practices/screening.csv", 0, "status", "observed", "'observed' is not one of ['classified']"),
    ("practices/screening.csv", 0, "criterion_id", "XX-9", "unknown criterion 'XX-9'"),
    ("practices/screening.csv", 0, "result", "maybe", "'maybe' is not one of"),
])
def test_check_refuses_a_broken_practice_table(tmp_path, rel, row, column, value, reason):
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    line = edit_csv(target / rel, row, column, value)
    problems = [p for p in check_data_dir(target).problems if p.file.endswith(rel)]
    assert any(p.line == line and p.column == column and reason in p.reason for p in problems), problems


def test_search_is_literal_and_ignores_case_and_accents(real_con):
    accented = set(queries.practices(real_con, text="Città")["practice_id"])
    assert accented and accented == set(queries.practices(real_con, text="CITTA")["practice_id"])
    # % and _ are text, not LIKE wildcards
    assert set(queries.practices(real_con, text="_")["practice_id"]) < set(queries.practices(real_con)["practice_id"])
    assert queries.practices(real_con, text="%%%").empty


def test_filters_combine_and_years_overlap(fixture_con):
    assert list(queries.practices(fixture_con)["practice_id"]) == ["FX-A-01", "FX-B-01", "FX-B-02"]
    assert list(queries.practices(fixture_con, area_ids=["fixture_b"], themes=["mobility"])["practice_id"]) == [
        "FX-B-01"]
    # FX-A-01 is ongoing since 2019, FX-B-01 ran 2015-2020, FX-B-02 has no year (left out by any year filter)
    assert list(queries.practices(fixture_con, year_from=2021)["practice_id"]) == ["FX-A-01"]
    assert list(queries.practices(fixture_con, year_to=2016)["practice_id"]) == ["FX-B-01"]
    assert list(queries.practices(fixture_con, levels=["association"])["practice_id"]) == ["FX-B-02"]


def test_years_from_the_url_are_checked():
    assert parse_years("2016", "2020", 2000, 2030) == (2016, 2020, None)
    assert parse_years("2021", "2016", 2000, 2030)[2] == "2021 > 2016"
    assert parse_years("1066", None, 2000, 2030) == (None, None, "1066")
    assert parse_years(None, None, 2000, 2030) == (None, None, None)


def test_cards_say_why_a_value_is_missing_and_escape_data_text(fixture_con):
    rows = queries.practices(fixture_con).set_index("practice_id", drop=False)
    assert years_text(rows.loc["FX-B-02"], "en") == t("na.reason", "en", reason=t("practices.no_years", "en"))
    assert years_text(rows.loc["FX-A-01"], "it") == "2019–in corso"
    criteria, screening = queries.criteria(fixture_con), queries.screening(fixture_con, list(rows.index))
    card = card_markdown(rows.loc["FX-B-01"], "Fixture Area B", screening, criteria, "en")
    assert t("practices.no_evidence", "en") in card and "not found †" in card
    side = compare_markdown(rows.loc[["FX-A-01", "FX-B-01"]], {}, screening, criteria, "it")
    assert side.count("\n") == 10 and "Verifica †" in side


def run(lang: str = "en", **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params["lang"] = lang
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    at.switch_page(PAGE)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def cards(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith("#### ")]


def test_the_page_lists_all_29_practices():
    at = run()
    assert len(cards(at)) == 29
    assert at.caption[0].value == t("practices.count", "en", n=29, total=29)


def test_filters_round_trip_through_the_url():
    params = {"areas": "torino,genova", "theme": "mobility", "from": "2016", "q": "città",
              "compare": "GP-TOR-01,GP-GEN-03"}
    at = run("it", **params)
    assert [c.splitlines()[0] for c in cards(at)] == [
        "#### Piano Urbano della Mobilità Sostenibile di GenovaMetropoli \\(PUMS\\)"]
    # normalised to the display order, and nothing else added or dropped
    assert dict(at.query_params) == {"lang": "it", "areas": "genova,torino", "theme": "mobility", "from": "2016",
                                     "q": "città", "compare": "GP-GEN-03,GP-TOR-01"}
    assert not at.warning


def test_changing_a_filter_writes_the_url():
    at = run()
    at.multiselect(key="url_areas").set_value(["skopje"]).run()
    assert at.query_params["areas"] in ("skopje", ["skopje"])
    assert len(cards(at)) == 2


@pytest.mark.parametrize("params", [
    {"areas": "atlantis"}, {"theme": "=cmd|' /C calc'!A0"}, {"from": "20x6"}, {"from": "2030", "to": "2010"},
    {"compare": "GP-GEN-01"}, {"q": "x" * 300},
])
def test_bad_url_values_fall_back_with_a_notice(params):
    at = run(**params)
    assert at.warning, params
    assert len(cards(at)) == 29


def test_side_by_side_and_links_to_plans_and_governance():
    at = run(compare="GP-GEN-01,GP-BCN-03,GP-WAR-01")
    side = next(m.value for m in at.markdown if m.value.startswith("| "))
    assert side.splitlines()[0].count("|") == 5
    links = {(link.proto.page, link.proto.label) for link in at.get("page_link")}
    assert any(label.startswith("Plan: Piano Strategico") for _, label in links)
    at = run(areas="genova,torino")
    assert any(label == t("practices.link.governance", "en") for _, label in
               {(link.proto.page, link.proto.label) for link in at.get("page_link")})


def test_downloads_hold_the_rows_shown_with_formulas_neutralised(fixture_con):
    frame = practices_for_download(queries.practices(fixture_con, area_ids=["fixture_b"]), {}, "en")
    text = table_bytes(frame, "csv").decode("utf-8-sig")
    assert list(frame["practice_id"]) == ["FX-B-01", "FX-B-02"]
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text


def test_governance_and_plans_link_back_to_the_catalogue():
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params["areas"] = "genova,tirana"
    at.run()
    at.switch_page("dashboard/web/pages/governance.py")
    at.run()
    targets = [link.proto.page for link in at.get("page_link")]
    assert sum(target.endswith("practices") for target in targets) == 2
    at.switch_page("dashboard/web/pages/plans.py")
    at.query_params.clear()
    at.query_params["q"] = "Genova"
    at.run()
    labels = [link.proto.label for link in at.get("page_link")]
    assert t("practices.plan_link", "en", title="Participatory drafting of the first Metropolitan Strategic Plan "
             "of Genoa") in labels
    # the link's q (the practice id) finds exactly that practice
    assert len(cards(run(q="GP-GEN-01"))) == 1


def test_the_practice_map_draws_offline_and_counts_each_area(fixture_con):
    areas = queries.areas(fixture_con)
    counts = queries.practices(fixture_con)["area_id"].value_counts()
    fig = practice_map(counts, areas, None, "en")
    # MapLibre text needs glyphs from a URL: symbols only, the count in the legend and the hover
    assert {trace.mode for trace in fig.data} == {"markers"} and fig.layout.map.style == "white-bg"
    assert sorted(trace.name for trace in fig.data) == ["Fixture A (1)", "Fixture B (2)"]
