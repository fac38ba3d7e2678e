"""Compare figures: trace types, fixed area colours, grey benchmarks, flags marked, gaps never bridged, captions."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard.data import queries
from dashboard.figures import charts, compare_view
from dashboard.figures.captions import (
    LARGER,
    OTHER,
    OWN,
    SAME,
    caption_lines,
    nuts_level,
    proxy_lines,
    region_kind,
    with_labels,
)
from dashboard.figures.palette import BENCHMARK_GREYS, BODY_TYPE_COLOURS, BODY_TYPE_MARKS, area_colours
from dashboard.i18n import t
from dashboard.transform import series
from dashboard.transform.view_state import CompareState
from tests import figure_checks, shipped
from tests.test_series import years_of

ALL = ("genova", "torino", "warszawa", "bucuresti", "barcelona", "skopje", "goteborg", "tirana")


@pytest.fixture(scope="module")
def real(real_con):
    catalog = queries.indicator_catalog(real_con).set_index("indicator_id", drop=False)
    areas = queries.areas(real_con)
    facts = queries.governance_facts(real_con, list(ALL), ["body_type"])
    return real_con, catalog, areas, years_of(real_con), dict(zip(facts["area_id"], facts["value"], strict=True))


def chart(real, lang="en", **fields):
    con, catalog, areas, years, body_types = real
    state = CompareState(ind="population_jan1", areas=ALL).with_(**fields)
    prepared = series.load(con, state, areas, years)
    return compare_view.chart(prepared, catalog, state, areas, body_types, lang)


def by_name(fig: go.Figure) -> dict[str, go.BaseTraceType]:
    return {trace.name: trace for trace in fig.data}


def test_line_chart_areas_keep_their_colour_and_benchmarks_are_grey_dashed(real):
    fig, _ = chart(real, areas=("genova", "torino", "barcelona"), bench=("eu", "partners"))
    traces = by_name(fig)
    assert all(isinstance(tr, go.Scatter) for tr in fig.data)
    assert list(traces) == ["EU-27", "Barcelona", "Partner average", "Torino", "Genova"]  # by last value
    colours = area_colours(real[2])
    assert traces["Genova"].line.color == colours["genova"] == "#0072B2"  # areas.csv colour, not a fallback
    assert traces["Barcelona"].line.color == colours["barcelona"]
    assert traces["EU-27"].line.color == BENCHMARK_GREYS["eu"] and traces["EU-27"].line.dash != "solid"
    assert traces["Partner average"].line.color == BENCHMARK_GREYS["partners"]


def test_line_chart_gaps_are_none_and_never_bridged(real):
    fig, lines = chart(real)
    tirana = by_name(fig)["Tirana"]
    years = list(tirana.x)
    assert tirana.connectgaps is False
    data = shipped.series("tirana", "population_jan1")
    gaps = [year for year in years if year in data and not data[year]["value"]]
    assert gaps  # the test needs a gap inside the series
    for year in years:  # a value where the file has one, None (a gap, not a line through it) where it has none
        has = year in data and data[year]["value"]
        assert tirana.y[years.index(year)] == (float(data[year]["value"]) if has else None), year
    genova = by_name(fig)["Genova"]
    assert genova.y[years.index(2014)] is None  # Italian series start in 2016 in this release
    assert any("Tirana 2024" in line for line in lines)


def test_flags_and_census_breaks_are_marked(real):
    fig, lines = chart(real, bench=("eu",))
    traces = by_name(fig)
    years = list(traces["Skopje"].x)
    assert traces["Skopje"].marker.symbol[years.index(2022)] == "diamond"  # flag b (2021 census)
    assert traces["Tirana"].marker.symbol[years.index(2025)] == "diamond"  # census break without a flag
    assert traces["EU-27"].marker.symbol[years.index(2016)] == "square"  # flag e: filled, never hollow
    assert "estimated" in traces["EU-27"].customdata[years.index(2016)]
    text = " ".join(lines)
    assert "b = break in time series" in text and "Albania 2025" in text and "Poland 2021" in text


def test_every_caption_names_source_unit_and_years(real):
    for chart_kind in ("bar", "line", "multiples", "scatter"):
        _, lines = chart(real, chart=chart_kind)
        text = " ".join(lines)
        assert "demo\\_r\\_pjanaggr3" in text, chart_kind
        assert "Unit: persons" in text, chart_kind
        assert "Year" in text, chart_kind
        assert "NUTS-3" in text, chart_kind


def test_bar_chart_ranks_one_year_and_says_n_a(real):
    fig, lines = chart(real, chart="bar", year=2024)
    assert all(isinstance(tr, go.Bar) and tr.orientation == "h" for tr in fig.data)
    categories = list(fig.layout.yaxis.categoryarray)
    assert categories[0] == "Tirana (n/a)"  # missing goes to the bottom, labelled
    assert categories[-1] == "Barcelona"  # the largest on top
    assert "Year: 2024." in lines


def test_multiples_one_panel_per_area_with_its_own_country(real):
    fig, _ = chart(real, chart="multiples", ind="gdp_pps_per_inhabitant", bench=("country",))
    assert len(fig.layout.annotations) == len(ALL)  # one title per panel
    names = [tr.name for tr in fig.data if tr.line.color == BENCHMARK_GREYS["country"]]
    assert len(names) == len(ALL)


def test_scatter_one_point_per_area(real):
    fig, lines = chart(real, chart="scatter", x="gdp_pps_per_inhabitant")
    assert len(fig.data) == len(ALL) and all(len(tr.x) == 1 for tr in fig.data)
    assert by_name(fig)["Torino"].marker.color == area_colours(real[2])["torino"]
    assert "(2021)" in fig.layout.title.text
    assert any("nama\\_10r\\_3gdp" in line for line in lines)


def test_colour_by_body_type_is_labelled_as_the_projects_classification(real):
    fig, lines = chart(real, colour="body_type")
    traces = {name.split(" ")[0]: trace for name, trace in by_name(fig).items()}  # names end with the type's shape
    assert traces["Genova"].line.color == BODY_TYPE_COLOURS["special_status_city"]
    assert traces["Torino"].line.color == traces["Genova"].line.color
    assert traces["Warszawa"].line.color == BODY_TYPE_COLOURS["soft_coordination"]
    titles = {tr.legendgrouptitle.text for tr in fig.data if tr.legendgrouptitle.text}
    assert all(title.endswith("†") for title in titles) and len(titles) == len(set(real[4].values()))
    assert any("project's own classification" in line for line in lines)


def test_index_and_per_capita_say_how(real):
    _, lines = chart(real, norm="index")
    assert any("value ÷ value in 2016 × 100" in line for line in lines)
    fig, lines = chart(real, ind="gdp_mio_eur", norm="per_capita")
    assert fig.layout.yaxis.title.text == "EUR per inhabitant"
    assert any("population on 1 January" in line for line in lines)


def test_italian_separators_and_labels(real):
    fig, lines = chart(real, "it", chart="bar")
    assert fig.layout.separators == ",."  # Plotly reads the decimal symbol first: 28,6 and 5.959.941 in Italian
    assert any(tr.text[0] == "5.959.941" for tr in fig.data)
    assert lines[0].startswith("**Popolazione al 1° gennaio**")


def test_figures_never_use_plotly_express():
    import ast
    import inspect

    from dashboard.figures import maps

    for module in (charts, maps, compare_view):
        tree = ast.parse(inspect.getsource(module))
        imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom) for a in n.names}
        assert "plotly.express" not in imported and "express" not in imported


def test_caption_lists_missing_per_series(fixture_con):
    areas = queries.areas(fixture_con)
    catalog = queries.indicator_catalog(fixture_con).set_index("indicator_id", drop=False)
    state = CompareState(ind="fx_pop", areas=("fixture_a", "fixture_b"))
    prepared = series.load(fixture_con, state, areas, years_of(fixture_con))
    rows = with_labels(series.in_range(prepared), areas, "en")
    lines = caption_lines(rows, catalog.loc["fx_pop"], state, areas, "en", years=(2020, 2023))
    missing = next(line for line in lines if line.startswith("Missing"))
    assert "Fixture A 2022 (not available in extract" in missing  # the short name of areas.csv
    assert "Fixture B 2022–2023 (no value in the data set)" in missing


@pytest.mark.parametrize(
    ("code", "nuts3", "indicator_geo", "nuts2_same", "kind", "level"),
    [
        ("ITC11", ["ITC11"], "ITC11", "", OWN, "nuts3"),
        ("PL911+PL912+PL913", ["PL911", "PL912", "PL913"], "PL911+PL912+PL913", "PL91", OWN, "nuts3"),
        ("ITC1", ["ITC11"], "ITC11", "", LARGER, "nuts2"),
        ("MK00", ["MK008"], "MK008", "", LARGER, "country"),
        ("PL91", ["PL911", "PL912", "PL913"], "PL911+PL912+PL913", "PL91", SAME, "nuts2"),
        ("PL91", ["PL911", "PL912", "PL913"], "PL911+PL912+PL913", "", LARGER, "nuts2"),  # same only if the data says
        ("RO3", ["RO321", "RO322"], "RO321+RO322", "RO32", LARGER, "nuts1"),
        ("ES52", ["ES511"], "ES511", "", OTHER, "nuts2"),
    ],
)
def test_region_kind_says_what_territory_a_value_is_for(code, nuts3, indicator_geo, nuts2_same, kind, level):
    assert region_kind(code, nuts3, indicator_geo, nuts2_same) == kind
    assert nuts_level(code) == level


def test_caption_names_proxy_regions_per_area(real):
    _, lines = chart(real, ind="tertiary_attainment_25_64_pct")
    larger = [line for line in lines if "a larger territory than the area" in line]
    assert len(larger) == 1
    assert larger[0].startswith("Values for Genova are for ITC3 (NUTS-2 region), for Torino for ITC1 (NUTS-2 region)")
    assert "for Skopje for MK00 (the whole country)" in larger[0]
    same = [line for line in lines if "so the same territory" in line]
    assert same == [
        "Values for Warszawa are for PL91 (NUTS-2 region), for București for RO32 (NUTS-2 region): the NUTS-2 "
        "region made of exactly the area's NUTS-3 regions, so the same territory."
    ]
    assert not any("approximated by NUTS-3" in line for line in lines)  # no value shown is a NUTS-3 value
    _, lines = chart(real, ind="tertiary_attainment_25_64_pct", lang="it")
    assert any("di Skopje di MK00 (l'intero paese)" in line and "un territorio più ampio dell'area" in line
               for line in lines)


def test_caption_claims_nuts3_only_for_areas_with_nuts3_values(real):
    _, lines = chart(real)  # population: every value is the area's own NUTS-3 region(s)
    assert not any("proxy" in line or "Values for" in line for line in lines)
    (nuts,) = [line for line in lines if "approximated by NUTS-3" in line]  # one sentence names them all
    assert "Skopje MK008" in nuts and "Genova ITC33" in nuts
    (territories,) = [line for line in lines if line.startswith("Each area's territory")]
    assert "Skopje: MK008 Skopski" in territories  # areas.csv's note, once per area
    _, lines = chart(real, ind="employment_thousand", areas=("warszawa", "skopje"))
    nuts = next(line for line in lines if "approximated by NUTS-3" in line)
    assert "Skopje" in nuts and "Warszawa" not in nuts  # Warsaw employment is PL91, said in its own line
    assert any(line.startswith("Values for Warszawa are for PL91") for line in lines)


def test_proxy_caption_gives_years_when_an_area_mixes_territories():
    areas = pd.DataFrame({
        "area_id": ["a"], "short_en": ["Aville"], "country": ["XA"], "nuts3": [["XA011"]],
        "indicator_geo": ["XA011"],
    })
    rows = pd.DataFrame({
        "series": ["a"] * 3, "kind": ["area"] * 3, "year": [2020, 2021, 2022], "value": [1.0, 2.0, 3.0],
        "nuts_code": ["XA01", "XA01", "XA011"],
    })
    assert proxy_lines(rows, areas, "en") == [
        "Values for Aville 2020–2021 are for XA01 (NUTS-2 region): a larger territory than the area (a proxy, not "
        "its NUTS-3 regions)."
    ]


def test_chart_hovers_name_the_values_code_and_translate_status(real):
    fig, _ = chart(real, ind="tertiary_attainment_25_64_pct")
    skopje = [text for text in by_name(fig)["Skopje"].customdata if not text.startswith("n/a")]
    assert skopje and all("NUTS MK00<br>proxy: value for MK00 (the whole country)" in text for text in skopje)
    fig, _ = chart(real, ind="tertiary_attainment_25_64_pct", chart="bar")
    assert "NUTS ITC1<br>proxy" in by_name(fig)["Torino"].customdata[0]
    fig, _ = chart(real, "it", norm="index")
    hovers = [text for tr in fig.data for text in tr.customdata]
    assert any(f"<br>{t('status.derived', 'it')}" in text for text in hovers)
    assert not any("derived" in text for text in hovers)
    fig, _ = chart(real, chart="scatter", ind="tertiary_attainment_25_64_pct", x="gdp_pps_per_inhabitant")
    assert "y: NUTS MK00<br>y: proxy" in by_name(fig)["Skopje"].customdata[0]
    assert "x: NUTS MK008" in by_name(fig)["Skopje"].customdata[0]


@pytest.mark.parametrize(
    "fields",
    [
        {"chart": "bar", "ind": "gdp_pps_per_inhabitant", "bench": ("eu", "country")},  # flags p, e on bars
        {"chart": "bar"},  # Tirana (#F0E442, a light colour) with a census break
        {"chart": "bar", "ind": "gdp_pps_per_inhabitant", "bench": ("eu", "country"), "colour": "body_type"},
    ],
)
def test_every_bar_with_a_value_is_filled(real, fields):
    fig, _ = chart(real, **fields)
    bars = [tr for tr in fig.data if isinstance(tr, go.Bar) and tr.x and tr.x[0] is not None]
    assert len(bars) >= 8
    empty = [tr.name for tr in bars if not figure_checks.bar_fill_visible(tr)]
    assert not empty, f"bars drawn without a visible fill: {empty}"
    flagged = [tr for tr in bars if tr.marker.pattern.shape]
    assert flagged  # the flags are still shown, as a pattern over the colour


def test_lines_are_labelled_at_their_end_in_value_order_without_a_legend(real):
    fig, _ = chart(real, ind="gdp_pps_per_inhabitant", bench=("eu", "country", "partners"))
    last = {tr.name: [v for v in tr.y if v is not None][-1] for tr in fig.data}
    assert list(last.values()) == sorted(last.values(), reverse=True)  # legend and drawing order: last value
    assert all(tr.showlegend is False for tr in fig.data)  # direct labels instead of a long legend
    labelled = {note.text.removeprefix("<b>").removesuffix("</b>") for note in fig.layout.annotations}
    assert set(last) <= labelled  # every line, each country benchmark by its name
    assert {"Italy (country)", "Spain (country)", "Albania (country)"} <= labelled
    low, high = fig.layout.yaxis.range
    at_px = sorted((note.y - low) / (high - low) * charts.PLOT_PX - note.ay for note in fig.layout.annotations)
    assert min(b - a for a, b in zip(at_px, at_px[1:], strict=False)) >= 14  # spread apart, never on each other


@pytest.mark.parametrize("kind", ["line", "bar"])
def test_level_totals_get_their_own_panel_so_areas_are_not_flattened(real, kind):
    fig, lines = chart(real, chart=kind, bench=("eu", "country"))
    areas = [tr for tr in fig.data if tr.name in ("Genova", "Tirana")]
    totals = [tr for tr in fig.data if tr.name in ("EU-27", "Italy (country)")]
    assert areas and totals
    axis = "yaxis" if kind == "line" else "xaxis"
    own = {getattr(tr, axis) or axis[0] for tr in areas}
    assert own.isdisjoint({getattr(tr, axis) or axis[0] for tr in totals})  # a separate panel
    if kind == "line":
        values = [v for tr in fig.data if tr.yaxis == "y" for v in tr.y if v is not None]
        assert fig.layout.yaxis.range[1] < max(values) * 1.2  # the areas' panel is scaled to the areas


def test_small_multiples_share_one_y_axis_from_zero(real):
    fig, lines = chart(real, chart="multiples", ind="gdp_pps_per_inhabitant", bench=("eu", "country"))
    axes = [fig.layout[name] for name in fig.layout if name.startswith("yaxis")]
    assert len(axes) == len(ALL)
    assert len({axis.matches for axis in axes} - {None}) == 1 and sum(axis.matches is None for axis in axes) == 1
    assert all(axis.rangemode == "tozero" for axis in axes)
    assert "All panels share one y-axis, starting at zero." in lines
    fig, lines = chart(real, chart="multiples", norm="index")
    assert all(fig.layout[name].rangemode == "normal" for name in fig.layout if name.startswith("yaxis"))
    assert any("an index is read around 100" in line for line in lines)
    fig, lines = chart(real, chart="multiples", bench=("eu", "country"))  # population: totals left out, said so
    assert not [tr for tr in fig.data if tr.name in ("EU-27", "Country")]
    assert any("not drawn in the panels" in line for line in lines)


@pytest.mark.parametrize("kind", ["bar", "line", "multiples", "scatter"])
def test_colour_by_body_type_has_a_second_cue_a_shape_in_every_label(real, kind):
    """Each body type shown gets its own shape, in its legend entry and beside every area of that type."""
    extra = {"chart": kind} | ({"x": "population_jan1", "ind": "gdp_pps_per_inhabitant"} if kind == "scatter" else {})
    fig, _ = chart(real, colour="body_type", **extra)
    body_types = real[4]
    shown = set(body_types.values())
    entries = {tr.name for tr in fig.data if tr.showlegend} | {tr.legendgrouptitle.text for tr in fig.data}
    for code in shown:
        assert [e for e in entries if e and e.startswith(BODY_TYPE_MARKS[code] + " ")], (code, entries)
    assert len({BODY_TYPE_MARKS[code] for code in shown}) == len(shown)  # distinct shapes, not only colours
    texts = " ".join(str(a.text) for a in fig.layout.annotations) + " ".join(
        str(v) for tr in fig.data for v in [*(tr.y if kind == "bar" else ()), *(tr.text or ())])
    for area, code in body_types.items():
        label = real[2].set_index("area_id").loc[area, "short_en"]
        assert f"{label} {BODY_TYPE_MARKS[code]}" in texts, (area, texts[:300])


def test_a_body_types_legend_swatch_is_unhatched_where_one_of_its_bars_is():
    """Fixture rows: the flagged bar comes first, yet the legend entry is carried by the type's plain bar."""
    rows = pd.DataFrame({
        "series": ["a", "b", "c"], "kind": "area", "bench": "", "label": ["A", "B", "C"], "value": [3.0, 2.0, 1.0],
        "flag": ["e", "", "e"], "year": 2020, "source": "fixture", "colour": "", "country": "IT", "nuts_code": "",
        "region": "", "status": "", "n_covered": None,
    })
    fig = charts.bar_chart(rows, title="Fixture", unit="u", decimals=0, indicator_id="fixture", norm="none",
                           lang="en", colour="body_type", body_types={"a": "inter_municipal", "b": "inter_municipal",
                                                                      "c": "supra_municipal"})
    carriers = {tr.name: tr for tr in fig.data if tr.showlegend}
    assert len(carriers) == 2
    inter = carriers[charts.type_title("inter_municipal", BODY_TYPE_MARKS["inter_municipal"], "en")]
    assert inter.y == ("B ■",) and not inter.marker.pattern.shape
    supra = carriers[charts.type_title("supra_municipal", BODY_TYPE_MARKS["supra_municipal"], "en")]
    assert supra.marker.pattern.shape == "/"  # its only bar is flagged: the swatch cannot be otherwise
