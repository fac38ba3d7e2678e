"""AppTest for /compare: every chart kind and tab in both languages, permalinks, and hostile links never crash."""

from __future__ import annotations

import json
import re

import pytest

from dashboard.i18n import t
from tests import shipped
from tests.conftest import data_without_geo
from tests.test_app import run_app


def figure(at, index: int = 0) -> dict:
    return json.loads(at.get("plotly_chart")[index].proto.spec)


def trace_names(at) -> list[str]:
    return [trace.get("name") for trace in figure(at)["data"]]


@pytest.mark.parametrize("lang", ["en", "it"])
@pytest.mark.parametrize("chart", ["bar", "line", "multiples", "scatter"])
def test_every_chart_kind_renders_with_a_caption(chart, lang):
    at = run_app("compare", chart=chart, lang=lang, bench="partners,country,eu")
    assert at.title[0].value == t("compare.title", lang)
    assert len(at.get("plotly_chart")) == 1
    captions = " ".join(c.value for c in at.caption)
    assert "demo\\_r\\_pjanaggr3" in captions and ("Unit" in captions or "Unità" in captions)
    assert figure(at)["layout"]["separators"] == (",." if lang == "it" else ".,")  # decimal first, then group
    assert not at.warning


@pytest.mark.parametrize("lang", ["en", "it"])
def test_map_tab_draws_regions_with_attribution(lang):
    at = run_app("compare", view="map", lang=lang, areas="torino,genova,barcelona")
    spec = figure(at)
    types = [trace["type"] for trace in spec["data"]]
    assert types[0] == "choroplethmap" and "choropleth" not in types
    assert set(spec["data"][0]["locations"]) == {"ITC11", "ITC33", "ES511"}
    assert spec["layout"]["map"]["style"] == "white-bg"
    assert any(t("map.attribution", lang) in c.value for c in at.caption)


def test_data_page_offers_geojson_from_the_embedded_boundaries():
    at = run_app("data")  # data/geo only: the boundary cache does not exist and downloads are off (conftest)
    assert [b.disabled for b in at.get("download_button") if b.label == "GeoJSON"] == [False]
    assert not any(t("download.geojson_unavailable", "en") in c.value for c in at.caption)


def test_map_falls_back_to_symbols_without_boundaries(tmp_path, monkeypatch):
    from dashboard.data.geo import GEO_DOWNLOAD_ENV
    from dashboard.web.cache import DATA_DIR_ENV

    # A data folder without geo/, downloads off, and an empty boundary cache (conftest).
    monkeypatch.setenv(DATA_DIR_ENV, str(data_without_geo(tmp_path / "data")))
    monkeypatch.setenv(GEO_DOWNLOAD_ENV, "0")
    at = run_app("compare", view="map")
    assert {trace["type"] for trace in figure(at)["data"]} == {"scattermap"}
    assert any(t("compare.notice.no_boundaries", "en") in w.value for w in at.warning)
    at = run_app("data")
    assert [b.disabled for b in at.get("download_button") if b.label == "GeoJSON"] == [True]


def test_table_tab_lists_rows_with_download():
    from dashboard.figures.captions import missing_text
    from dashboard.i18n.fmt import format_number

    at = run_app("compare", view="table", areas="tirana", **{"from": "2023", "to": "2025"})
    table = at.dataframe[0].value
    assert table["Year"].tolist() == ["2023", "2024", "2025"]
    assert set(table["Area or benchmark"]) == {"Tirana"} and set(table["Indicator"]) == {"Population on 1 January"}
    data = shipped.series("tirana", "population_jan1")
    for row in table.to_dict("records"):  # the value as in the file, formatted; where the file has none, its reason
        raw = data[int(row["Year"])]
        if raw["value"]:
            assert row["Value shown"] == format_number(float(raw["value"]), 0, "en")
        else:
            assert row["Value shown"] == f"n/a: {missing_text(raw['note'], 'en')}"
    assert {"Unit", "Producer flag", "Status", "Source", "Note"} <= set(table.columns)
    assert [b.label for b in at.get("download_button")] == ["CSV", "Excel (XLSX)", "Parquet"]


@pytest.mark.parametrize("view", ["chart", "map"])
def test_figures_have_image_downloads(view):
    from tests.test_images import require_image_export

    require_image_export()
    at = run_app("compare", view=view, areas="genova,torino", bench="eu")
    assert [b.label for b in at.get("download_button")] == [t("download.png", "en"), t("download.svg", "en")]


@pytest.mark.parametrize("view", ["chart", "map"])
def test_without_chromium_figures_say_so_and_link_to_the_data_page(monkeypatch, view):
    monkeypatch.setenv("BROWSER_PATH", "/no/such/chromium")
    at = run_app("compare", view=view, areas="genova,torino", bench="eu")
    assert [b.label for b in at.get("download_button")] == []
    assert any(t("download.images_unavailable", "en") in c.value for c in at.caption)
    links = [el for el in at.get("page_link")]
    assert links, "no link to the Data & downloads page"
    link = links[0].proto
    assert link.page == "data"
    assert link.query_string == "areas=genova%2Ctorino&ind=population_jan1&from=2016&to=2025&bench=eu"


def test_done_when_link_shows_that_exact_view():
    at = run_app("compare", ind="population_jan1", areas="torino,genova,barcelona", view="chart", chart="line",
                 bench="eu")
    assert trace_names(at) == ["EU-27", "Barcelona", "Torino", "Genova"]  # in order of the last value
    assert figure(at)["data"][0]["type"] == "scatter"
    assert at.query_params["bench"] == "eu" and at.query_params["chart"] == "line"
    link = at.code[-1].value
    assert link.startswith("/compare?ind=population_jan1&areas=genova%2Ctorino%2Cbarcelona")


def test_scatter_with_population_on_x_and_per_capita_is_a_scatter_of_population(real_con):
    # x = population_jan1 with norm=per_capita was taken for the per-capita divisor, so the page drew lines.
    from dashboard.data import queries

    at = run_app("compare", ind="gdp_mio_eur", chart="scatter", x="population_jan1", norm="per_capita")
    areas = [trace for trace in figure(at)["data"] if trace.get("text")]
    assert areas and all(trace["mode"] == "markers+text" and len(trace["x"]) == 1 for trace in areas)
    assert figure(at)["layout"]["xaxis"]["title"]["text"] == queries.indicator_catalog(real_con).set_index(
        "indicator_id").loc["population_jan1", "unit_en"]
    # Every point's x is an area's population, all in one year (the scatter's year).
    ids = list(queries.areas(real_con)["area_id"])
    population = queries.indicator_series(real_con, "population_jan1", ids, 1900, 2100)
    by_year = population.groupby("year")["value"].apply(set)
    shown = {trace["x"][0] for trace in areas}
    assert len(shown) == len(areas) and [year for year, found in by_year.items() if shown <= found]
    # The queries shown are the two plotted: no per-capita divisor for a scatter of published values.
    bound = [json.loads(code.value) for code in at.code if code.value.startswith("{")]
    assert [params["indicator_id"] for params in bound] == ["gdp_mio_eur", "population_jan1"]


def test_show_query_has_the_sql_and_its_parameters():
    at = run_app("compare", areas="skopje")
    codes = [c.value for c in at.code]
    assert any(code.startswith("-- One indicator's headline series") for code in codes)
    params = json.loads(next(code for code in codes if code.startswith("{")))
    assert params["indicator_id"] == "population_jan1" and params["geos"] == ["skopje"]


def test_changing_the_indicator_rewrites_the_link_and_drops_its_years():
    at = run_app("compare", year="2025", chart="bar")
    at.selectbox(key="cmp_ind").set_value("gdp_mio_eur").run()
    assert not at.exception
    assert at.query_params["ind"] == "gdp_mio_eur" and "year" not in at.query_params
    assert "(2021)" in figure(at)["layout"]["title"]["text"]


def test_colour_by_body_type_is_a_link_parameter():
    at = run_app("compare", colour="body_type")
    groups = {trace.get("legendgrouptitle", {}).get("text") for trace in figure(at)["data"]} - {None}
    assert len(groups) == len(shipped.body_types()) and all(g.endswith("†") for g in groups)


HOSTILE_LINKS = [
    {"ind": "no_such_indicator"},
    {"ind": "population_jan1' OR '1'='1"},
    {"ind": "x" * 10_000},
    {"areas": "../../etc"},
    {"areas": "../../etc/passwd"},
    {"areas": "genova," * 3000},
    {"year": "abc"},
    {"year": "-1"},
    {"year": "99999999999999999999"},
    {"from": "2030", "to": "1990"},
    {"from": "2020", "to": "2016"},
    {"view": "<img src=x onerror=alert(1)>"},
    {"chart": "pie"},
    {"chart": "bar", "year": "1999"},
    {"x": "population_jan1", "chart": "scatter"},
    {"bench": "moon,../../"},
    {"norm": "per_capita"},
    {"norm": "'; DROP TABLE raw_areas; --"},
    {"colour": "javascript:alert(1)"},
    {"unknown": "1", "another": "2"},
    {"ind": "![x](http://example.org/a.png)"},
    {"view": "map", "year": "%00"},
    {"lang": "xx", "ind": "\u202e\u0000"},
]


@pytest.mark.parametrize("params", HOSTILE_LINKS, ids=lambda p: repr(p)[:40])
def test_hostile_links_fall_back_with_a_notice(params):
    at = run_app("compare", **params)  # run_app asserts no exception
    assert at.title[0].value == t("compare.title", "en")
    assert at.warning, "a visible notice"
    assert at.get("plotly_chart") or at.dataframe
    warnings = " ".join(w.value for w in at.warning)
    # rejected text is shown escaped: no live Markdown link or image, no HTML tag
    assert not re.search(r"(?<!\\)\]\(|(?<!\\)<[a-z]", warnings), warnings
    assert at.query_params["ind"] in {"population_jan1", "gdp_mio_eur"}  # the URL is normalised


def test_language_notice_shows_a_rejected_value_escaped():
    at = run_app(lang="![x](http://example.org/a.png)")  # Markdown here would load a remote image
    warnings = " ".join(w.value for w in at.warning)
    assert "Unknown language" in warnings
    assert not re.search(r"(?<!\\)\]\(", warnings), warnings


def test_map_names_the_proxy_region_of_each_value():
    at = run_app("compare", ind="tertiary_attainment_25_64_pct", view="map")
    spec = figure(at)
    # the outlined regions (the legend's line entry of the same name has no locations)
    (proxy,) = [trace for trace in spec["data"] if trace.get("name") == t("map.proxy", "en") and "locations" in trace]
    hover = dict(zip(proxy["locations"], proxy["customdata"], strict=True))
    assert hover["MK008"].startswith("<b>Skopje</b> (MK00)<br>21.3")
    assert hover["ITC11"].startswith("<b>Torino</b> (ITC1)<br>19.3")
    captions = " ".join(c.value for c in at.caption)
    assert "for Torino for ITC1 (NUTS-2 region)" in captions and "for Skopje for MK00 (the whole country)" in captions
    assert t("map.proxy_note", "en") in captions


def test_italian_table_shows_words_where_downloads_keep_codes(real_con):
    from dashboard.data import queries
    from dashboard.figures import compare_view
    from dashboard.figures.captions import KNOWN_MISSING
    from dashboard.transform import series
    from dashboard.transform.view_state import CompareState
    from tests.test_series import years_of

    at = run_app("compare", view="table", norm="index", bench="partners,eu", lang="it")
    table = at.dataframe[0].value
    columns = ("series", "indicator", "year", "value", "raw_value", "unit", "nuts", "flag_meaning", "status",
               "source", "note")
    assert list(table.columns) == [t(f"col.{c}", "it") for c in columns]
    values = set(table[t("col.value", "it")])
    assert not any(code in v for v in values for code in KNOWN_MISSING)
    assert f"n.d.: {t('caption.missing.incomplete', 'it')}" in values
    assert "817.628" in set(table[t("col.raw_value", "it")])  # Genova 2024 as published, Italian digit groups
    assert not set(table[t("col.status", "it")]) & {"observed", "derived"}
    assert {t("status.observed", "it"), t("status.derived", "it")} <= set(table[t("col.status", "it")])
    # No id, None or NaN reaches the reader: names, formatted numbers, n.d. with the reason, empty cells.
    cells = {str(c) for c in table.to_numpy().ravel()}
    assert not cells & {"None", "nan", "<NA>", "genova", "population_jan1", "partners"}
    assert "Genova" in set(table[t("col.series", "it")])
    # The files beside the table keep the machine ids (same columns, codes not words).
    areas = queries.areas(real_con)
    catalog = queries.indicator_catalog(real_con).set_index("indicator_id", drop=False)
    state = CompareState(
        ind="population_jan1", areas=tuple(areas["area_id"]), view="table", norm="index", bench=("partners", "eu")
    )
    rows = compare_view.table(series.load(real_con, state, areas, years_of(real_con)), catalog, state, areas, "it")
    assert list(rows.columns) == compare_view.TABLE_COLUMNS
    assert "incomplete" in set(rows["missing"]) and "derived" in set(rows["status"])


def test_coming_back_to_compare_in_a_session_keeps_the_view_and_its_link():
    from tests.test_app import PAGES

    at = run_app("compare", ind="gdp_mio_eur", chart="bar", areas="genova,torino")
    at.switch_page(PAGES["governance"][0])
    for name in list(at.query_params):  # the menu opens a page without the link's parameters
        del at.query_params[name]
    at.run()
    at.switch_page(PAGES["compare"][0])
    for name in list(at.query_params):  # governance wrote its own areas= into the URL
        del at.query_params[name]
    at.run()
    assert not at.exception
    assert set(trace_names(at)) == {"Genova", "Torino"} and "(2021)" in figure(at)["layout"]["title"]["text"]
    assert at.query_params["ind"] == "gdp_mio_eur" and at.query_params["chart"] == "bar"  # the URL reproduces it
    at = run_app("compare")  # a new session opens the default view
    assert at.query_params["ind"] == "population_jan1"


def test_caption_under_the_chart_is_two_lines_and_the_rest_is_folded():
    at = run_app("compare", ind="tertiary_attainment_25_64_pct", chart="bar")
    chart_tab = at.tabs[0]
    under = [c.value for c in chart_tab.caption if "Source" in c.value]
    assert len(under) == 1 and len(under[0].split("\n\n")) == 2
    details = at.expander[0]
    assert details.label == t("compare.details", "en")
    text = " ".join(c.value for c in details.caption)
    assert "for Skopje for MK00 (the whole country)" in text and text.count("approximated by NUTS-3") <= 1


def test_chart_axis_text_is_dark_and_large_for_a_projector():
    from dashboard.figures.style import AXIS_TEXT

    spec = figure(run_app("compare", chart="multiples"))["layout"]
    axes = [value for name, value in spec.items() if name.startswith(("xaxis", "yaxis"))]
    assert len(axes) > 2 and all(axis["tickfont"] == AXIS_TEXT for axis in axes)
    assert AXIS_TEXT["color"] == "#333333" and AXIS_TEXT["size"] >= 14  # 12.6:1 on white; the theme's grey ~3.6:1
