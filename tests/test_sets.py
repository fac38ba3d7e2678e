"""Comparison sets: set= on every page, --set in export, check's per-set counts, sets.csv default benchmarks."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest

from dashboard.data.check import check_data_dir
from dashboard.figures.charts import GREYED
from dashboard.i18n import t
from dashboard.i18n.fmt import md_escape
from dashboard.transform.view_state import Rules
from dashboard.urls.compare import parse_state, to_params
from tests import shipped
from tests.conftest import FIXTURE_DIR
from tests.test_app import PAGES, run_app
from tests.test_app_compare import figure, trace_names
from tests.test_check import edit_csv, run_cli

ITALY = "italy_14"


def test_check_counts_the_areas_of_each_set_on_the_fixture_data():
    report = check_data_dir(FIXTURE_DIR)
    with (FIXTURE_DIR / "areas.csv").open(encoding="utf-8", newline="") as handle:
        memberships = [s for row in csv.DictReader(handle) for s in row["comparison_sets"].split(";")]
    assert report.problems == []
    assert report.sets == {s: memberships.count(s) for s in dict.fromkeys(memberships)}


@pytest.mark.parametrize(("rel", "column", "value", "reason"), [
    ("sets.csv", "default_bench", "country,moon", "unknown benchmark 'moon'"),
    ("areas.csv", "lat", "", "coordinates need lat, lon, coord_source_url together"),
])
def test_check_refuses_a_bad_default_bench_and_half_given_coordinates(tmp_path, rel, column, value, reason):
    target = tmp_path / "data"
    shutil.copytree(FIXTURE_DIR, target)
    line = edit_csv(target / rel, 0, column, value)
    assert [str(p) for p in check_data_dir(target, "d").problems] == [f"d/{rel}:{line}: {column}: {reason}"]


def test_coordinates_may_be_missing_together(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(FIXTURE_DIR, target)
    for column in ("lat", "lon", "coord_source_url"):
        edit_csv(target / "areas.csv", 0, column, "")
    assert check_data_dir(target).problems == []


def test_a_set_with_default_benchmarks_opens_with_them_and_keeps_their_removal_in_the_link():
    rules = Rules.__new__(Rules)  # no rule is read by the bench parameter
    state = parse_state({"ind": "x"}, ["x"], ["a"], {}, rules, default_bench=("country",))
    assert state.bench == ("country",)
    assert to_params(state, ("country",))["bench"] == "country"
    cleared = parse_state({"ind": "x", "bench": "none"}, ["x"], ["a"], {}, rules, default_bench=("country",))
    assert cleared.bench == () and to_params(cleared, ("country",))["bench"] == "none"
    assert "bench" not in to_params(cleared)  # a set without default benchmarks needs no 'none'


@pytest.mark.parametrize("lang", ["en", "it"])
@pytest.mark.parametrize("page", sorted(PAGES))
def test_every_page_renders_the_italian_set(page, lang):
    at = run_app(page, lang=lang, set=ITALY)  # no exception (run_app asserts it)
    assert not at.warning, [w.value for w in at.warning]
    assert at.query_params["set"] in (ITALY, [ITALY])  # the set stays in the link


def test_overview_shows_a_card_for_each_of_the_set_areas():
    at = run_app("overview", set=ITALY)
    cards = [m.value for m in at.markdown if m.value.startswith("#### ")]
    assert len(cards) == len(shipped.areas(ITALY))
    name = next(r["name_en"] for r in shipped.rows("sets.csv") if r["set_id"] == ITALY)
    assert at.title[0].value == t("overview.title_set", "en", name=md_escape(name), n=len(cards))


@pytest.mark.parametrize("lang", ["en", "it"])
def test_compare_opens_the_italian_set_with_every_city_and_italy_as_benchmark(lang):
    at = run_app("compare", lang=lang, set=ITALY, ind="population_jan1")
    names = trace_names(at)
    assert {a[f"short_{lang}"] for a in shipped.areas(ITALY)} <= set(names)
    italy = {"en": "Italy", "it": "Italia"}[lang]
    assert any(italy in str(name) for name in names), names
    assert not any(a["short_en"] in names for a in shipped.areas() if a["area_id"] not in shipped.area_ids(ITALY))
    link = " ".join(c.value for c in at.code)
    assert "set=italy_14" in link and "bench=country" in link


def test_compare_map_of_the_italian_set_draws_its_regions_fitted_to_italy():
    at = run_app("compare", set=ITALY, ind="population_jan1", view="map")
    spec = figure(at)
    drawn = {code for trace in spec["data"] if trace["type"] == "choroplethmap" for code in trace["locations"]}
    assert drawn == {a["nuts3"] for a in shipped.areas(ITALY)}
    centre = spec["layout"]["map"]["center"]
    assert 36 < centre["lat"] < 47 and 6 < centre["lon"] < 19  # inside Italy's bounding box


def test_areas_from_another_set_fall_back_with_a_notice():
    at = run_app("compare", set=ITALY, areas="warszawa,torino")
    assert any("warszawa" in w.value for w in at.warning)
    assert "warszawa" not in trace_names(at)


def test_plans_page_of_the_italian_set_shows_each_city_plan_status():
    at = run_app("plans", set=ITALY)
    cards = [m.value for m in at.markdown if m.value.startswith("#### ")]
    assert len(cards) == len(shipped.plans(ITALY))
    assert {p["area_id"] for p in shipped.plans(ITALY)} == set(shipped.area_ids(ITALY))


def test_an_unknown_set_falls_back_to_the_default_with_a_notice():
    at = run_app(set="<b>nope</b>")  # the Overview, the page a link without a path opens
    default = md_escape(next(r["name_en"] for r in shipped.rows("sets.csv") if r["set_id"] == "metro_case"))
    assert [w.value for w in at.warning] == [t("notice.bad_set", "en", value=md_escape("<b>nope</b>"), default=default)]
    cards = [m.value for m in at.markdown if m.value.startswith("#### ")]
    assert len(cards) == len(shipped.area_ids())


def test_export_set_writes_the_set_areas_with_sources():
    result = run_cli("export", "--set", ITALY, "--indicators", "population_jan1", "--format", "csv", "-o", "-")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert {r["geo"] for r in rows if r["geo_kind"] == "area"} == set(shipped.area_ids(ITALY))
    assert all(r["source"] for r in rows if r["value"])


def test_export_refuses_an_unknown_set():
    result = run_cli("export", "--set", "nope", "--format", "csv", "-o", "-")
    assert result.returncode == 2 and "unknown comparison set 'nope'" in result.stderr


def test_check_json_reports_the_shipped_sets():
    report = json.loads(run_cli("check", "--json").stdout)
    assert report["sets"] == {s: len(shipped.area_ids(s)) for s in ("metro_case", ITALY)}


def test_torino_and_genova_keep_their_colour_and_colours_are_unique_in_each_set():
    for set_id in ("metro_case", ITALY):
        colours = [a["colour"].upper() for a in shipped.areas(set_id)]
        assert len(colours) == len(set(colours)), set_id
    both = {a["area_id"] for a in shipped.areas(ITALY)} & set(shipped.area_ids())
    assert both == {"torino", "genova"}  # one row each, so one colour in both sets


def test_highlight_greys_the_other_areas_and_labels_the_chosen_lines_at_their_end():
    at = run_app("compare", set=ITALY, ind="population_jan1", chart="line", hl="it_milano,torino")
    spec = figure(at)
    colours = {trace["name"]: trace["line"]["color"] for trace in spec["data"]}
    own = {a["short_en"]: a["colour"] for a in shipped.areas(ITALY)}
    assert colours["Milano"] == own["Milano"] and colours["Torino"] == own["Torino"]
    assert {colours[name] for name in own if name not in ("Milano", "Torino")} == {GREYED}
    assert sorted(a["text"] for a in spec["layout"]["annotations"] if a["text"].startswith("<b>")) == [
        "<b>Milano</b>", "<b>Torino</b>"]
    assert "hl=torino%2Cit_milano" in " ".join(c.value for c in at.code)  # in the areas' order, in the permalink


def test_highlight_drops_unknown_areas_with_a_notice_and_unselected_ones_silently():
    rules = Rules.__new__(Rules)
    state = parse_state({"ind": "x", "areas": "a,b", "hl": "b,c,zz"}, ["x"], ["a", "b", "c"], {}, rules)
    assert state.highlight == ("b",)  # c is an area of the set, not selected: dropped without a notice
    assert [(n.param, n.value) for n in state.notices] == [("hl", "zz")]
