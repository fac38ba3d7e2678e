"""The Compare series: complete year grid (gaps kept with their reason), derived values that say how, the new query."""

from __future__ import annotations

import math

import pytest

from dashboard.data import queries
from dashboard.transform import series
from dashboard.transform.view_state import CompareState
from tests import shipped


def years_of(con) -> dict[str, list[int]]:
    frame = queries.indicator_years(con)
    return {ind: sorted(g["year"].tolist()) for ind, g in frame.groupby("indicator_id")}


@pytest.mark.parametrize(
    ("comparison_set", "expected"),
    [
        # fixture_a's 2022 row has no value, so 2022 is not a year with data; fixture_c is another set
        ("metro_case", [("fx_pop", 2020, 2), ("fx_pop", 2021, 2), ("fx_pop", 2023, 1), ("fx_rate", 2021, 2),
                        ("fx_rate", 2022, 1)]),
        ("other_set", [("fx_pop", 2020, 1)]),
        ("no_such_set", []),
    ],
)
def test_indicator_years(fixture_con, comparison_set, expected):
    frame = queries.indicator_years(fixture_con, comparison_set)
    assert [(r.indicator_id, r.year, r.n_areas) for r in frame.itertuples()] == expected


def load(con, **fields) -> series.Prepared:
    areas = queries.areas(con)
    state = CompareState(ind="fx_pop", areas=tuple(areas["area_id"])).with_(**fields)
    return series.load(con, state, areas, years_of(con))


def values(prepared, sid: str) -> list[tuple[int, float | None, str]]:
    rows = prepared.rows[prepared.rows["series"] == sid].sort_values("year")
    return [(int(r.year), None if math.isnan(r.value) else round(r.value, 3), r.missing) for r in rows.itertuples()]


def test_grid_keeps_every_year_and_says_why_a_value_is_missing(fixture_con):
    prepared = load(fixture_con)
    assert values(prepared, "fixture_a") == [
        (2020, 100.0, ""), (2021, 110.0, ""), (2022, None, "not available in extract (:)"), (2023, 130.0, ""),
    ]
    assert values(prepared, "fixture_b") == [(2020, 75.0, ""), (2021, 80.0, ""), (2022, None, "no_row"),
                                             (2023, None, "no_row")]
    assert (prepared.year_from, prepared.year_to) == (2020, 2023)
    assert prepared.year == 2021  # both areas have a value in 2020 and 2021: the later one


def test_flags_are_kept(fixture_con):
    rows = load(fixture_con).rows.set_index(["series", "year"])
    assert rows.loc[("fixture_a", 2021), "flag"] == "b"
    assert rows.loc[("fixture_b", 2021), "flag"] == "e"


def test_index_uses_the_first_year_every_area_has(fixture_con):
    prepared = load(fixture_con, norm="index", bench=("eu",))
    assert prepared.base_year == 2020
    assert values(prepared, "fixture_a")[:2] == [(2020, 100.0, ""), (2021, 110.0, "")]
    assert values(prepared, "fixture_b")[1] == (2021, round(80 / 75 * 100, 3), "")
    # EU-27 has 2020 only: indexed 100 there, other years missing because the data has no row
    assert values(prepared, "eu")[:2] == [(2020, 100.0, ""), (2021, None, "no_row")]


def test_index_without_base_value_goes_missing(fixture_con):
    prepared = load(fixture_con, norm="index", bench=("country",), year_from=2021, year_to=2023)
    assert prepared.base_year == 2021
    assert values(prepared, "country:XA")[1] == (2021, 100.0, "")
    assert values(prepared, "country:XB")[1] == (2021, None, "no_row")  # no benchmark rows for XB at all


def test_partner_average_only_where_every_area_has_a_value(fixture_con):
    prepared = load(fixture_con, bench=("partners",))
    assert values(prepared, "partners") == [
        (2020, 87.5, ""), (2021, 95.0, ""), (2022, None, "incomplete"), (2023, None, "incomplete"),
    ]
    rows = prepared.rows.set_index(["series", "year"])
    assert rows.loc[("partners", 2021), "flag"] == "be"  # the inputs' flags travel with the mean
    assert rows.loc[("partners", 2023), "n_covered"] == 1


def test_partner_average_needs_two_areas(fixture_con):
    prepared = load(fixture_con, areas=("fixture_a",), bench=("partners",))
    assert {m for _, _, m in values(prepared, "partners")} == {"one_area"}


def test_per_capita_divides_by_population_of_the_same_geo_and_year(real_con):
    areas = queries.areas(real_con)
    state = CompareState(ind="gdp_mio_eur", areas=("torino", "warszawa"), norm="per_capita")
    prepared = series.load(real_con, state, areas, years_of(real_con))
    rows = prepared.rows.set_index(["series", "year"])
    gdp = queries.indicator_series(real_con, "gdp_mio_eur", ["torino"], 2020, 2020)["value"].iloc[0]
    pop = queries.indicator_series(real_con, "population_jan1", ["torino"], 2020, 2020)["value"].iloc[0]
    assert rows.loc[("torino", 2020), "value"] == pytest.approx(gdp * 1e6 / pop)
    assert rows.loc[("torino", 2020), "status"] == "derived"
    assert "demo_r_pjanaggr3" in rows.loc[("torino", 2020), "source"]
    assert rows.loc[("torino", 2014), "missing"] == "no_population"  # Italian population starts in 2016
    assert [(c.params["indicator_id"], c.role) for c in prepared.calls] == [
        ("gdp_mio_eur", series.MAIN), ("population_jan1", series.DIVISOR)]


def test_scatter_x_population_is_the_x_not_the_per_capita_divisor(real_con):
    areas = queries.areas(real_con)
    state = CompareState(ind="gdp_mio_eur", areas=("torino", "warszawa"), chart="scatter", x="population_jan1",
                         norm="per_capita")
    prepared = series.load(real_con, state, areas, years_of(real_con))
    assert prepared.x_indicator == "population_jan1" and prepared.x_rows is not None
    assert [c.role for c in prepared.calls] == [series.MAIN, series.X]
    rows = prepared.rows.set_index(["series", "year"])
    gdp = queries.indicator_series(real_con, "gdp_mio_eur", ["torino"], 2020, 2020)["value"].iloc[0]
    assert rows.loc[("torino", 2020), "value"] == gdp  # as published: the scatter never normalises


def test_real_population_gaps_are_not_filled(real_con):
    areas = queries.areas(real_con)
    state = CompareState(ind="population_jan1", areas=tuple(areas["area_id"]))
    prepared = series.load(real_con, state, areas, years_of(real_con))
    rows = prepared.rows.set_index(["series", "year"])
    data = shipped.series("tirana", "population_jan1")
    assert any(not row["value"] for row in data.values())  # the test needs a gap
    for year, row in data.items():  # the file's value, or NaN with the file's reason: never filled in
        if row["value"]:
            assert rows.loc[("tirana", year), "value"] == float(row["value"])
        else:
            assert math.isnan(rows.loc[("tirana", year), "value"])
            assert rows.loc[("tirana", year), "missing"] == row["note"]
    # The default year is the latest of those in which the most areas have a value.
    counts = prepared.rows[prepared.rows["kind"] == "area"].dropna(subset=["value"]).groupby("year")["series"].nunique()
    assert prepared.year == max(counts[counts == counts.max()].index)


def test_scatter_year_is_the_latest_with_both(real_con):
    areas = queries.areas(real_con)
    state = CompareState(
        ind="population_jan1", areas=tuple(areas["area_id"]), chart="scatter", x="gdp_pps_per_inhabitant"
    )
    prepared = series.load(real_con, state, areas, years_of(real_con))
    assert prepared.x_indicator == "gdp_pps_per_inhabitant"
    assert prepared.year == 2021
