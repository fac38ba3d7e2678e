"""The Data page's URL parameters: a permalink round-trips; hostile values fall back with a notice naming them."""

from __future__ import annotations

import pytest

from dashboard.exports.table import Selection, choices
from dashboard.urls.data_page import selection_from_params, selection_to_params


@pytest.fixture(scope="module")
def options(fixture_con):
    return choices(fixture_con)


@pytest.mark.parametrize(
    ("params", "expected", "rejected"),
    [
        ({}, Selection(("fixture_a", "fixture_b"), ("fx_pop", "fx_rate"), 2020, 2023), []),
        (
            {"areas": "fixture_b", "ind": "fx_rate", "from": "2021", "to": "2022", "bench": "eu,country",
             "components": "1"},
            Selection(("fixture_b",), ("fx_rate",), 2021, 2022, ("country", "eu"), True),
            [],
        ),
        ({"areas": "fixture_b,atlantis"}, Selection(("fixture_b",), ("fx_pop", "fx_rate"), 2020, 2023), ["areas"]),
        ({"from": "2023", "to": "2021"}, Selection(("fixture_a", "fixture_b"), ("fx_pop", "fx_rate"), 2020, 2023),
         ["from"]),
        ({"from": "1999", "to": "20 23"}, Selection(("fixture_a", "fixture_b"), ("fx_pop", "fx_rate"), 2020, 2023),
         ["from", "to"]),
        ({"bench": "partners"}, Selection(("fixture_a", "fixture_b"), ("fx_pop", "fx_rate"), 2020, 2023), []),
        ({"bench": "partners,moon", "components": "true"},
         Selection(("fixture_a", "fixture_b"), ("fx_pop", "fx_rate"), 2020, 2023), ["bench", "components"]),
        ({"ind": ["fx_pop"]}, Selection(("fixture_a", "fixture_b"), ("fx_pop", "fx_rate"), 2020, 2023), ["ind"]),
    ],
)
def test_selection_from_params(options, params, expected, rejected):
    selection, notices = selection_from_params(params, options)
    assert selection == expected
    assert [param for param, _ in notices] == rejected


def test_permalink_round_trip_and_defaults_left_out(options):
    selection = Selection(("fixture_b",), ("fx_pop",), 2021, 2023, ("eu",), True)
    params = selection_to_params(selection, options)
    assert params == {"areas": "fixture_b", "ind": "fx_pop", "from": "2021", "bench": "eu", "components": "1"}
    assert selection_from_params(params, options) == (selection, [])
    assert selection_to_params(options.default_selection(), options) == {}
