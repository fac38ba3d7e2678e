"""AppTest smoke tests: each page renders without exception, in English and Italian, with its headings."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.cards.governance_cells import MATRIX_ATTRIBUTES
from dashboard.data.paths import ROOT
from dashboard.i18n import t
from dashboard.i18n.fmt import format_number
from tests import shipped

APP = str(ROOT / "streamlit_app.py")
AREAS = shipped.areas()  # the default set's areas: titles and lists take their number from it
PAGES = {
    "overview": ("dashboard/web/pages/overview.py", ["overview.title"], ["overview.areas_heading"]),
    "about": ("dashboard/web/pages/about.py", ["about.title"], ["about.data_heading", "about.cite_heading"]),
    "data": (
        "dashboard/web/pages/data.py",
        ["data.title"],
        ["data.filters_heading", "data.preview_heading", "data.download_heading", "data.cite_heading"],
    ),
    "governance": (
        "dashboard/web/pages/governance.py",
        ["gov.title"],
        ["gov.matrix_heading", "gov.competences_heading", "gov.profile_heading"],
    ),
    "plans": (
        "dashboard/web/pages/plans.py",
        ["plans.title"],
        ["plans.timeline_heading", "plans.themes_heading", "plans.compare_heading", "plans.cards_heading"],
    ),
    "compare": ("dashboard/web/pages/compare.py", ["compare.title"], []),
    "practices": (
        "dashboard/web/pages/practices.py",
        ["practices.title"],
        ["practices.filters_heading", "practices.cards_heading", "practices.compare_heading",
         "practices.criteria_heading"],
    ),
    "assess": ("dashboard/web/pages/assess.py", ["assess.title"], ["assess.open_heading", "assess.rounds_heading"]),
}


def run_app(page: str | None = None, **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(PAGES[page][0])
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("lang", ["en", "it"])
@pytest.mark.parametrize("page", sorted(PAGES))
def test_page_renders_with_headings(page, lang):
    at = run_app(page, lang=lang)
    _, titles, headers = PAGES[page]
    assert [t(k, lang, n=len(AREAS)) for k in titles] == [el.value for el in at.title]
    shown = [el.value for el in at.header]
    for key in headers:
        assert t(key, lang, n=len(AREAS)) in shown


def test_overview_shows_every_area_with_sourced_population():
    at = run_app()
    cards = [el.value for el in at.markdown if el.value.startswith("#### ")]
    assert len(cards) == len(shipped.area_ids())
    for card in cards:
        population = next(line for line in card.splitlines() if line.startswith("**Population:**"))
        assert "(20" in population and "](http" in population, population


def test_overview_in_italian_formats_numbers():
    at = run_app(lang="it")
    text = "\n".join(el.value for el in at.markdown)
    assert "**Popolazione:** 815\\.532 (2023)" in text
    assert "**Città capoluogo:** Genova" in text and "**Città capoluogo:** Varsavia" in text


@pytest.mark.parametrize("bad", ["xx", "../../etc/passwd", "<script>", "it" * 5000])
def test_bad_language_falls_back_with_notice(bad):
    at = run_app(lang=bad)
    assert at.title[0].value == t("overview.title", "en", n=len(AREAS))
    assert any("Unknown language" in w.value for w in at.warning)


def test_language_switch_updates_url():
    at = run_app()
    at.sidebar.radio[0].set_value("it").run()
    assert at.query_params["lang"] == "it"
    assert at.title[0].value == t("overview.title", "it", n=len(AREAS))


def test_about_lists_every_source(real_con):
    from dashboard.data import queries

    at = run_app("about")
    frames = [el.value for el in at.dataframe]
    expected = len(queries.sources(real_con))
    assert any(len(frame) == expected for frame in frames)
    assert t("about.sources_heading", "en", n=expected) in [el.value for el in at.header]


def test_data_page_arrives_with_filters_and_shows_their_rows(real_con):
    from dashboard.exports.table import Selection, build_export

    at = run_app("data", areas="torino,genova", ind="population_jan1", **{"from": "2016", "to": "2020"}, bench="eu")
    assert not at.warning
    (preview,) = at.dataframe
    expected = build_export(real_con, Selection(("genova", "torino"), ("population_jan1",), 2016, 2020, ("eu",)))
    # The preview shows names and the locale's numbers; the files keep ids and raw values (expected.values)
    assert "geo_name" in preview.proto.column_order
    assert not {"geo", "indicator_id"} & set(preview.proto.column_order)
    assert preview.value[["geo_name", "year", "value"]].values.tolist() == [
        [name, str(year), format_number(value, 0, "en")]
        for name, year, value in expected.values[["geo_name", "year", "value"]].itertuples(index=False)
    ]
    assert [b.label for b in at.get("download_button")] == [
        "CSV", "Excel (XLSX)", "Parquet", "GeoJSON", "Data package (ZIP)",
    ]
    assert any("2016-2020" in el.value for el in at.code)  # the citation names the filter


def test_data_page_writes_its_state_to_the_url():
    at = run_app("data", lang="it")
    assert dict(at.query_params) == {"lang": "it"}  # defaults stay out of the permalink
    at.multiselect(key="data_areas").set_value(["skopje", "genova"]).run()
    at.slider(key="data_years").set_value((2018, 2022)).run()
    assert dict(at.query_params) == {"lang": "it", "areas": "genova,skopje", "from": "2018", "to": "2022"}
    assert set(at.dataframe[0].value["geo"]) == {"genova", "skopje"}


@pytest.mark.parametrize(
    "params",
    [
        {"areas": "atlantis", "ind": "x" * 5000, "from": "abc", "to": "1900", "bench": "moon", "components": "yes"},
        {"areas": "genova'; DROP TABLE raw_areas; --", "ind": "<script>alert(1)</script>"},
        {"from": "2024", "to": "2016"},
        {"areas": ",,,", "ind": ""},
    ],
)
def test_data_page_hostile_params_fall_back_with_notice(params):
    at = run_app("data", **params)
    assert at.title[0].value == t("data.title", "en")
    assert at.warning and all(w.value.startswith("Ignored ") for w in at.warning)
    assert len(at.dataframe) == 1 and len(at.dataframe[0].value) > 0


def test_data_page_partners_bench_from_other_pages_is_accepted_quietly():
    at = run_app("data", areas="genova", ind="population_jan1", bench="partners,country")
    assert not at.warning
    assert set(at.dataframe[0].value["geo"]) == {"genova", "IT"}


def test_data_page_without_choices_says_so():
    at = run_app("data", areas="genova")
    at.multiselect(key="data_ind").set_value([]).run()
    assert not at.exception and not at.dataframe
    assert t("data.no_rows", "en") in [el.value for el in at.info]
    assert at.query_params["ind"] == ""


def test_about_tables_have_downloads():
    at = run_app("about", lang="it")
    # partners, events (data/project/), indicators, sources, facts on weak sources
    assert [b.label for b in at.get("download_button")] == ["CSV", "Excel (XLSX)"] * 5
def test_governance_matrix_shows_every_area_with_sources():
    at = run_app("governance")
    tables = [el.value for el in at.markdown if el.value.startswith("| ")]
    headers = " ".join(table.splitlines()[0] for table in tables)
    for area in AREAS:
        assert area["short_en"] in headers
    cells = [c for table in tables for line in table.splitlines()[2:] for c in line.strip("| ").split(" | ")[1:]]
    assert len(cells) == len(shipped.area_ids()) * len(MATRIX_ATTRIBUTES)  # one cell per area and attribute
    assert all(c.startswith("n/a") or "](http" in c for c in cells)
    assert len(at.get("plotly_chart")) == 1
    labels = [b.label for b in at.get("download_button")]
    assert labels[:3] == ["CSV", "Excel (XLSX)", "Parquet"]  # beside the matrix
    assert labels.count("CSV") >= 3  # matrix, competences, profiles


def test_governance_sources_show_status_in_italian_and_keep_the_code_for_downloads():
    at = run_app("governance", lang="it")
    sources = at.dataframe[0]
    assert "status_label" in sources.proto.column_order and "status" not in sources.proto.column_order
    labels = set(sources.value["status_label"])
    assert {t("status.observed", "it"), t("status.classified", "it"), t("status.derived", "it")} <= labels
    assert not labels & {"observed", "derived", "classified"}
    assert {"observed", "classified"} <= set(sources.value["status"])  # the machine column the CSV carries


def test_data_page_in_italian_shows_words_and_the_short_area_names():
    at = run_app("data", lang="it", areas="warszawa", ind="population_jan1", components="1", bench="eu")
    preview = at.dataframe[0].value
    assert set(preview["geo_kind"]) == {t("geo_kind.area", "it"), t("geo_kind.benchmark", "it")}
    assert set(preview["series"]) == {t("series.headline", "it"), t("series.component", "it")}
    assert set(preview["status"]) == {t("status.observed", "it"), t("status.derived", "it")}
    assert all(re.fullmatch(r"\d{1,3}(\.\d{3})+|n\.d\..*", value) for value in preview["value"])  # 1.780.000
    options = at.multiselect(key="data_areas").options
    assert "Varsavia" in options and "Bucarest" in options and "Warsaw metropolitan area" not in options


def test_governance_profiles_follow_the_link_and_write_it_back():
    at = run_app("governance", areas="tirana,warszawa")
    assert at.multiselect[0].value == ["warszawa", "tirana"]
    profiles = [el.value for el in at.markdown if el.value.startswith("#### ")]
    assert [p.splitlines()[0] for p in profiles] == ["#### Warsaw metropolitan area", "#### Municipality of Tirana"]
    assert at.query_params["areas"] == "warszawa,tirana"  # normalised to display order, a permalink
    at.multiselect[0].select("skopje").run()
    assert at.query_params["areas"] == "warszawa,skopje,tirana"
    assert not at.warning


@pytest.mark.parametrize(
    "bad",
    ["atlantis", "genova", "genova,torino,warszawa,barcelona", "<script>alert(1)</script>", "genova,../../etc",
     "x" * 5000, "genova,torino'; DROP TABLE raw_areas; --"],
)
def test_governance_hostile_areas_fall_back_with_notice(bad):
    at = run_app("governance", areas=bad)
    assert at.title[0].value == t("gov.title", "en")
    assert any("Ignored areas in the link" in w.value for w in at.warning), [w.value for w in at.warning]
    assert 2 <= len(at.multiselect[0].value) <= 3
    assert at.query_params["areas"] == ",".join(at.multiselect[0].value)  # the link is repaired


def test_governance_notice_is_translated():
    at = run_app("governance", areas="atlantis", lang="it")
    assert any("Aree ignorate nel link" in w.value for w in at.warning)


def test_plans_page_shows_every_area_and_every_plan_card_links_its_document(real_con):
    from dashboard.data import queries

    at = run_app("plans")
    charts = at.get("plotly_chart")
    assert len(charts) == 2
    cards = [el.value for el in at.markdown if el.value.startswith("#### ")]
    plans = queries.plans(real_con, queries.areas(real_con)["area_id"].tolist())
    assert len(cards) == len(plans) == len(shipped.plans())
    assert set(plans["area_id"]) == {row["area_id"] for row in shipped.plans()}
    assert all("**Document and sources:** [source](http" in card for card in cards)
    assert at.query_params["plans"] == "genova_psm_2017,torino_psm_2021"


def test_plans_search_and_comparison_follow_the_link():
    at = run_app("plans", q="climat", plans="tirana_ppv_2030,barcelona_cm_2030,torino_psm_2024")
    assert at.text_input[0].value == "climat"
    cards = [el.value.splitlines()[0] for el in at.markdown if el.value.startswith("#### ")]
    assert 1 <= len(cards) < 25 and any("Torino" in c or "Genova" in c for c in cards)
    table = next(el.value for el in at.markdown if el.value.startswith("| Plan |"))
    assert "Compromís Metropolità 2030" in table and "Tirana 2030" in table
    assert at.query_params["q"] == "climat"
    assert at.query_params["plans"] == "torino_psm_2024,barcelona_cm_2030,tirana_ppv_2030"
    at.text_input[0].set_value("").run()
    assert "q" not in at.query_params


@pytest.mark.parametrize(
    ("params", "notice"),
    [
        ({"plans": "no_such_plan"}, "Ignored plans in the link"),
        ({"plans": "tirana_ppv_2030"}, "Ignored plans in the link"),
        ({"plans": "a,b,c,d,e,f" * 200}, "Ignored plans in the link"),
        ({"q": "x" * 101}, "Ignored search text in the link"),
        ({"q": "bad\x00text"}, "Ignored search text in the link"),
        ({"q": "%' OR 1=1; --", "plans": "<img src=x>"}, "Ignored plans in the link"),
    ],
)
def test_plans_hostile_params_fall_back_with_notice(params, notice):
    at = run_app("plans", **params)
    assert at.title[0].value == t("plans.title", "en")
    assert any(notice in w.value for w in at.warning), [w.value for w in at.warning]


def test_plans_search_is_plain_text():
    at = run_app("plans", q="%' OR 1=1; --")
    assert not at.warning
    assert [el.value for el in at.markdown if el.value.startswith("#### ")] == []
    from dashboard.i18n.fmt import md_escape

    # shown escaped: the search text is echoed into Markdown
    assert any(t("plans.search_none", "en", q=md_escape("%' OR 1=1; --")) == el.value for el in at.info)


@pytest.mark.parametrize(("lang", "query"), [("en", ""), ("it", "lang=it")])
def test_overview_points_to_the_other_pages_keeping_the_language(lang, query):
    at = run_app(lang=lang)
    links = [(el.proto.page, el.proto.query_string, el.proto.label) for el in at.get("page_link")]
    assert [page for page, _, _ in links] == ["compare", "governance", "plans", "data"]
    assert all(q == query for _, q, _ in links)
    assert links[0][2] == t("nav.compare", lang)


IMAGE_PAYLOAD = "![x](https://evil.example/pixel.png)"


@pytest.mark.parametrize(
    ("page", "param"),
    [("governance", "areas"), ("plans", "plans"), ("plans", "q"), ("data", "areas"), ("data", "ind"),
     ("data", "from"), ("compare", "areas"), (None, "lang")],
)
def test_url_text_echoed_in_notices_is_escaped(page, param):
    at = run_app(page, **{param: IMAGE_PAYLOAD})
    shown = [el.value for el in [*at.warning, *at.info]]
    assert any("evil" in text for text in shown), shown  # the rejected value is named ...
    assert not any("![x](" in text or "](https://evil" in text for text in shown)  # ... but never as Markdown


@pytest.mark.parametrize("lang", ["en", "it"])
def test_an_unloadable_data_dir_gives_a_clear_message(tmp_path, monkeypatch, lang):
    monkeypatch.setenv("METROCASE_DATA_DIR", str(tmp_path / "nothing-here"))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception
    from dashboard.i18n.fmt import md_escape

    (error,) = at.error
    expected = t("error.data_refused", lang, path=md_escape(tmp_path / "nothing-here"), n=1, shown=10)
    assert error.value.startswith(expected)
    assert "not a directory" in error.value
    assert not at.title  # the page itself is not drawn


@pytest.mark.parametrize("lang", ["en", "it"])
def test_about_weak_facts_show_a_reason_for_a_missing_year_and_words_for_codes(real_con, lang):
    from dashboard.data import queries

    weak = queries.weak_facts(real_con)
    assert weak["year"].isna().any()  # the case this guards: facts without a reference year
    at = run_app("about", lang=lang)
    (shown,) = [el.value for el in at.dataframe if {"kind", "attribute"} <= set(el.value.columns)]
    years = shown["year"].tolist()
    assert all(isinstance(y, str) and y not in ("None", "nan", "<NA>") for y in years)
    assert sum(y.startswith(t("na", lang)) for y in years) == int(weak["year"].isna().sum())
    assert not set(shown["value"]) & {"special_status_city", "directly_elected"}  # coded values in words
