"""Table-driven query tests on the made-up fixture data: each case is input -> expected rows."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.data import db, queries


@pytest.mark.parametrize(
    ("comparison_set", "expected"),
    [
        ("metro_case", ["fixture_a", "fixture_b"]),  # ordered by sort_order, not file order
        ("other_set", ["fixture_c"]),
        ("no_such_set", []),
    ],
)
def test_areas_by_comparison_set(fixture_con, comparison_set, expected):
    assert queries.areas(fixture_con, comparison_set)["area_id"].tolist() == expected


@pytest.mark.parametrize(
    ("indicator", "geos", "years", "expected"),
    [
        # headline series only: fixture_b's components XB001/XB002 are left out, its aggregate kept
        ("fx_pop", ["fixture_b"], (2000, 2030), [("fixture_b", 2020, 75.0), ("fixture_b", 2021, 80.0)]),
        # year range is inclusive; a missing value stays a row with no value
        ("fx_pop", ["fixture_a"], (2021, 2022), [("fixture_a", 2021, 110.0), ("fixture_a", 2022, None)]),
        # benchmarks by geo code, areas first
        ("fx_pop", ["fixture_a", "EU27_2020"], (2020, 2020), [("fixture_a", 2020, 100.0), ("EU27_2020", 2020, 9000.0)]),
        # a NUTS-2 proxy row is the headline series (not a component)
        ("fx_rate", ["fixture_b"], (2000, 2030), [("fixture_b", 2021, 2.5)]),
        ("fx_pop", [], (2000, 2030), []),
        ("unknown_indicator", ["fixture_a"], (2000, 2030), []),
        ("fx_pop", ["fixture_a"], (2030, 2000), []),
    ],
)
def test_indicator_series(fixture_con, indicator, geos, years, expected):
    frame = queries.indicator_series(fixture_con, indicator, geos, *years)
    got = [(r.geo, r.year, None if r.value != r.value else r.value) for r in frame.itertuples()]
    assert got == expected


def test_indicator_series_keeps_flags_and_sources(fixture_con):
    frame = queries.indicator_series(fixture_con, "fx_pop", ["fixture_a", "XA"], 2021, 2021).set_index("geo")
    assert frame.loc["fixture_a", "flag"] == "b"
    assert frame.loc["XA", "flag"] == "p"
    assert frame["source"].notna().all()


@pytest.mark.parametrize(
    ("areas", "attributes", "expected"),
    [
        (["fixture_a"], ["population"], [("fixture_a", "population", "1000", 2023)]),
        (["fixture_b", "fixture_a"], ["population"], [("fixture_a", "population", "1000", 2023),
                                                      ("fixture_b", "population", "2000", 2021)]),
        (["fixture_a"], ["no_such_attribute"], []),
    ],
)
def test_governance_facts(fixture_con, areas, attributes, expected):
    frame = queries.governance_facts(fixture_con, areas, attributes)
    assert [(r.area_id, r.attribute, r.value, r.year) for r in frame.itertuples()] == expected


def test_area_cards_keep_year_source_and_missing(fixture_con):
    cards = queries.area_cards(fixture_con).set_index("area_id")
    assert cards.loc["fixture_a", "population__value_num"] == 1000
    assert cards.loc["fixture_a", "population__year"] == 2023
    assert cards.loc["fixture_a", "population__source_url"] == "https://example.org/fixture-a"
    assert pd.isna(cards.loc["fixture_b", "n_member_municipalities__value"])
    assert cards.loc["fixture_b", "n_member_municipalities__note"].startswith("single municipality")


def test_competences_plans_axes(fixture_con):
    comp = queries.competences(fixture_con, ["fixture_b"])
    assert comp[["competence", "level"]].values.tolist() == [["fx_planning", "shared"], ["fx_transport", "unknown"]]
    plans = queries.plans(fixture_con, ["fixture_a", "fixture_b"])
    assert plans["plan_id"].tolist() == ["fixture_a_plan", "fixture_b_plan"]
    assert plans.loc[1, "horizon_end"] == 2030
    axes = queries.plan_axes(fixture_con, ["fixture_a_plan"])
    assert axes["name"].tolist() == ["Asse uno", "Asse due"]


@pytest.mark.parametrize("name", ["../secrets", "areas; drop", "AREAS", "", "x" * 100, "no_such_query"])
def test_query_names_are_checked(fixture_con, name):
    with pytest.raises(ValueError):
        db.run_query(fixture_con, name)


def test_hostile_values_are_bound_not_executed(fixture_con):
    hostile = "fixture_a'; DROP TABLE raw_areas; --"
    assert queries.indicator_series(fixture_con, hostile, [hostile], 2000, 2030).empty
    assert len(queries.areas(fixture_con)) == 2


def test_no_file_access_after_loading(fixture_con):
    with pytest.raises(Exception, match="(?i)disabled|permission"):
        fixture_con.cursor().execute("SELECT * FROM read_csv('/etc/passwd')").fetchall()
