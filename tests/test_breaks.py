"""Series breaks come from the data folder's breaks.csv: census breaks mark points, release breaks the caption."""

from __future__ import annotations

from dashboard.data import queries
from dashboard.figures import compare_view
from dashboard.i18n.fmt import md_escape
from dashboard.transform import series
from dashboard.transform.view_state import CompareState
from tests.test_series import years_of

# Captions are Markdown: notes from the data arrive escaped.
CENSUS = md_escape("Fixture country A 2021 (made-up census break)")
RELEASE = md_escape("Fixture rate release break 2021-2022 (made up)")


def view(con, lang: str = "en", **fields):
    """The fixture areas' chart and its caption for a state (made-up fixture data)."""
    areas = queries.areas(con)
    catalog = queries.indicator_catalog(con).set_index("indicator_id", drop=False)
    state = CompareState(ind="fx_pop", areas=tuple(areas["area_id"])).with_(**fields)
    prepared = series.load(con, state, areas, years_of(con))
    fig, lines = compare_view.chart(prepared, catalog, state, areas, {}, lang)
    return prepared, {trace.name: trace for trace in fig.data}, " ".join(lines)


def test_a_census_break_marks_the_rows_of_its_country_and_year_only(fixture_con):
    prepared, traces, caption = view(fixture_con, bench=("country",))
    marked = prepared.rows[prepared.rows["break_en"] != ""]
    assert sorted(zip(marked["series"], marked["year"], strict=True)) == [("country:XA", 2021), ("fixture_a", 2021)]
    years = list(traces["Fixture A"].x)
    assert traces["Fixture A"].marker.symbol[years.index(2021)] == "diamond"
    assert "Fixture country A 2021 (made-up census break)" in traces["Fixture A"].customdata[years.index(2021)]
    assert "diamond" not in traces["Fixture B"].marker.symbol
    assert CENSUS in caption


def test_a_census_break_applies_to_population_based_indicators_and_per_capita_values(fixture_con):
    _, _, caption = view(fixture_con, ind="fx_rate")
    assert CENSUS not in caption  # fx_rate is not population-based
    prepared, _, caption = view(fixture_con, ind="fx_rate", norm="per_capita")
    assert CENSUS in caption  # divided by the population (the catalogue's denominator), so the census breaks it
    assert "fixture rate per 1000 persons" in caption  # the catalogue's per-capita unit
    _, _, italian = view(fixture_con, "it", ind="fx_rate", norm="per_capita")
    assert md_escape("Paese di prova A 2021 (censimento inventato)") in italian
    assert "tasso di prova per 1000 persone" in italian


def test_a_release_break_is_said_only_when_the_years_shown_span_it(fixture_con):
    _, _, caption = view(fixture_con, ind="fx_rate")
    assert RELEASE in caption  # 2021-2022 shown
    _, _, caption = view(fixture_con, ind="fx_rate", chart="bar", year=2022)
    assert RELEASE not in caption
    _, _, caption = view(fixture_con, ind="fx_pop")
    assert RELEASE not in caption  # another indicator


def test_the_catalogue_caveat_is_in_the_caption(fixture_con):
    assert md_escape("Fixture caveat (made up)") in view(fixture_con, ind="fx_rate")[2]
    assert md_escape("Avvertenza di prova (inventata)") in view(fixture_con, "it", ind="fx_rate")[2]
    assert "Fixture caveat" not in view(fixture_con, ind="fx_pop")[2]


def test_scatter_against_the_population_with_per_capita_asked_stays_a_scatter(real_con):
    # The x indicator may be the per-capita denominator itself: it is still the x of the scatter.
    areas = queries.areas(real_con)
    state = CompareState(ind="gdp_mio_eur", areas=tuple(areas["area_id"]), chart="scatter", x="population_jan1",
                         norm="per_capita")
    prepared = series.load(real_con, state, areas, years_of(real_con))
    assert prepared.x_indicator == "population_jan1" and prepared.x_rows is not None
    assert [c.params["indicator_id"] for c in prepared.calls] == ["gdp_mio_eur", "population_jan1"]
