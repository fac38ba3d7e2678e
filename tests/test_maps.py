"""Compare maps: NUTS-3 polygons on tile-less MapLibre traces, outlines, attribution; symbols without boundaries."""

from __future__ import annotations

import json

import plotly.graph_objects as go
import pytest

from dashboard.data import geo, queries
from dashboard.data.paths import DATA_DIR
from dashboard.figures import compare_view, maps
from dashboard.figures.captions import KNOWN_MISSING
from dashboard.i18n import t
from dashboard.transform import series
from dashboard.transform.view_state import CompareState
from tests.conftest import data_without_geo
from tests.test_series import years_of

ATTRIBUTION = "© EuroGeographics for the administrative boundaries. Source: Eurostat, GISCO (NUTS 2021)."


@pytest.fixture(scope="module")
def setup(real_con):
    catalog = queries.indicator_catalog(real_con).set_index("indicator_id", drop=False)
    return real_con, catalog, queries.areas(real_con), years_of(real_con)


def embedded(level: str):
    """The boundaries shipped in data/geo."""
    return geo.load_boundaries(DATA_DIR, level, allow_download=False)


def render(setup, regions, countries, lang="en", **fields):
    con, catalog, areas, years = setup
    state = CompareState(ind="population_jan1", areas=tuple(areas["area_id"]), view="map").with_(**fields)
    prepared = series.load(con, state, areas, years)
    return compare_view.map_figure(prepared, catalog, state, areas, {}, lang, regions, countries)


def assert_offline_map(fig: go.Figure) -> None:
    assert fig.layout.map.style == "white-bg"
    assert not any(isinstance(tr, go.Choropleth | go.Scattergeo) for tr in fig.data)
    assert "http" not in json.dumps(fig.layout.map.to_plotly_json())  # inline GeoJSON, no tiles or URLs
    assert any(ATTRIBUTION in (a.text or "") for a in fig.layout.annotations)


@pytest.mark.parametrize(
    ("areas", "codes"),
    [
        (("genova", "torino", "barcelona"), {"ITC33", "ITC11", "ES511"}),
        (("warszawa", "bucuresti", "skopje"), {"PL911", "PL912", "PL913", "RO321", "RO322", "MK008"}),
    ],
)
def test_choropleth_draws_every_region_of_the_areas(setup, areas, codes):
    fig, lines = render(setup, embedded("nuts3"), embedded("nuts0"), areas=areas)
    assert_offline_map(fig)
    shapes = [tr for tr in fig.data if isinstance(tr, go.Choroplethmap)]
    assert {code for tr in shapes for code in tr.locations} == codes
    feature_ids = {f["id"] for f in shapes[0].geojson["features"]}
    assert codes <= feature_ids
    assert [layer.type for layer in fig.layout.map.layers] == ["fill", "line"]  # country context
    assert 2 < fig.layout.map.zoom < 9
    assert ATTRIBUTION in lines and any("approximated by NUTS-3" in line for line in lines)


def test_a_multi_region_area_shows_its_aggregate_on_each_region(setup):
    fig, _ = render(setup, embedded("nuts3"), None, areas=("warszawa",), year=2020)
    trace = fig.data[0]
    assert list(trace.locations) == ["PL911", "PL912", "PL913"]
    assert set(trace.z) == {3082399.0}


def test_missing_regions_are_drawn_grey_with_the_reason(setup):
    fig, lines = render(setup, embedded("nuts3"), None, year=2024)
    gaps = [tr for tr in fig.data if isinstance(tr, go.Choroplethmap) and tr.name.startswith("no data")]
    assert len(gaps) == 1 and list(gaps[0].locations) == ["AL022"]
    assert "not available" in gaps[0].customdata[0]
    assert any("Tirana 2024" in line for line in lines)


def test_fallback_symbols_without_boundaries(setup, tmp_path):
    # A data folder without geo/, an empty cache and no download (conftest): no boundaries at all.
    assert geo.load_boundaries(data_without_geo(tmp_path / "data"), "nuts3") is None
    fig, lines = render(setup, None, None)
    assert_offline_map(fig)
    points = [tr for tr in fig.data if isinstance(tr, go.Scattermap)]
    assert len(points) == 8 and not any(isinstance(tr, go.Choroplethmap) for tr in fig.data)
    sizes = {tr.name: tr.marker.size for tr in points}
    assert sizes["Barcelona"] == maps.MAX_SYMBOL and sizes["Skopje"] < sizes["Torino"]
    assert any("proportional" in line for line in lines)


def test_fit_view_centres_on_the_bounds():
    view = maps.fit_view((7.0, 44.0, 9.0, 46.0))
    assert view["center"]["lon"] == pytest.approx(8.0)
    assert 44.9 < view["center"]["lat"] < 45.1
    wide = maps.fit_view((2.0, 41.0, 26.0, 58.0))
    assert wide["zoom"] < view["zoom"]


def test_proxy_values_name_their_own_code_and_are_outlined(setup):
    fig, lines = render(setup, embedded("nuts3"), None, ind="tertiary_attainment_25_64_pct", year=2019)
    proxies = [tr for tr in fig.data if isinstance(tr, go.Choroplethmap) and tr.name == t("map.proxy", "en")]
    assert len(proxies) == 1 and proxies[0].marker.line.color == maps.PROXY_OUTLINE
    # The legend entry draws a swatch: a choropleth's is its fill, transparent here, so a line of the outline's
    # colour stands for it, in the same legend group (clicking it toggles the outlines).
    (entry,) = [tr for tr in fig.data if tr.showlegend is not False and tr.name == t("map.proxy", "en")]
    assert isinstance(entry, go.Scattermap) and entry.mode == "lines" and entry.legendgroup == proxies[0].legendgroup
    assert entry.line.color == maps.PROXY_OUTLINE and entry.line.width >= 2
    hover = dict(zip(proxies[0].locations, proxies[0].customdata, strict=True))
    # The polygon is MK008, but 21.3 is the value of MK00 (all of North Macedonia).
    assert hover["MK008"].startswith("<b>Skopje</b> (MK00)<br>21.3")
    assert "proxy: value for MK00 (the whole country), larger than the area" in hover["MK008"]
    assert hover["ITC11"].startswith("<b>Torino</b> (ITC1)<br>19.3") and "ITC11" not in hover["ITC11"]
    assert "PL91 (NUTS-2 region), the same territory" in hover["PL911"]
    assert t("map.proxy_note", "en") in lines


def test_own_nuts3_values_are_not_marked_as_proxies(setup):
    fig, lines = render(setup, embedded("nuts3"), None, year=2020)
    assert not any(tr.name == t("map.proxy", "en") for tr in fig.data)
    hover = {code: text for tr in fig.data for code, text in zip(tr.locations, tr.customdata, strict=True)}
    assert hover["MK008"].startswith("<b>Skopje</b> (MK008)<br>")
    assert hover["PL912"].startswith("<b>Warszawa</b> (PL911+PL912+PL913)<br>")  # the aggregate, on each part
    assert not any("proxy" in text for text in hover.values())
    assert t("map.proxy_note", "en") not in lines


def test_italian_map_hover_says_why_in_words(setup):
    fig, _ = render(setup, embedded("nuts3"), None, lang="it", ind="employment_thousand",
                    norm="per_capita", year=2014)
    hovers = " ".join(text for tr in fig.data if isinstance(tr, go.Choroplethmap) for text in tr.customdata)
    assert t("caption.missing.no_population", "it") in hovers
    assert not any(code in hovers for code in KNOWN_MISSING)


def test_one_sequential_scale_in_quantile_classes_and_no_second_colour_scheme(setup):
    fig, lines = render(setup, embedded("nuts3"), embedded("nuts0"), ind="gdp_pps_per_inhabitant", year=2021)
    assert not any(isinstance(tr, go.Scattermap) for tr in fig.data)  # no area dots in a second colour scheme
    classes = [tr for tr in fig.data if isinstance(tr, go.Choroplethmap) and tr.legendgroup == "classes"]
    assert len(classes) == maps.MAX_CLASSES and all(tr.showlegend for tr in classes)
    colours = [tr.colorscale[0][1] for tr in classes]
    assert colours == maps.class_colours(len(classes))  # one hue, light to dark
    lows = [min(tr.z) for tr in classes]
    assert lows == sorted(lows)  # classes in value order
    assert "quantiles" in classes[0].legendgrouptitle.text.lower()
    assert "Colours: 4 classes by quantiles" in " ".join(lines)


def test_quantile_classes_hold_every_value_once():
    values = [13800.0, 18900.0, 32600.0, 35000.0, 36100.0, 39200.0, 53800.0, 55800.0]
    classes = maps.quantile_classes(values)
    assert len(classes) == 4 and classes[0][0] == min(values) and classes[-1][1] == max(values)
    counts = [sum(maps.class_of(v, classes) == i for v in values) for i in range(len(classes))]
    assert counts == [2, 2, 2, 2]
    assert maps.quantile_classes([5.0]) == [(5.0, 5.0)] and maps.quantile_classes([]) == []


def test_every_area_is_labelled_with_its_value_beside_it(setup):
    fig, _ = render(setup, embedded("nuts3"), embedded("nuts0"), ind="gdp_pps_per_inhabitant", year=2021)
    notes = [a.text for a in fig.layout.annotations if a.showarrow]
    assert len(notes) == 8
    assert "<b>Genova</b><br>36,100" in notes and "<b>Tirana</b><br>13,800" in notes


def test_map_fits_the_areas_and_says_which_benchmarks_it_cannot_show(setup):
    fig, lines = render(setup, embedded("nuts3"), embedded("nuts0"), ind="gdp_pps_per_inhabitant", year=2021,
                        areas=("genova", "torino", "barcelona"), bench=("eu", "country"))
    assert fig.layout.map.zoom > 4  # three areas in the western Mediterranean, not the whole of Europe
    said = next(line for line in lines if "not drawn on the map" in line)
    assert "EU-27" in said and "Italy (country)" in said and "32,700" in said
    _, lines = render(setup, embedded("nuts3"), embedded("nuts0"), lang="it", ind="gdp_pps_per_inhabitant",
                      year=2021, bench=("eu",))
    assert any("non sono disegnati sulla mappa" in line and "UE-27" in line for line in lines)
