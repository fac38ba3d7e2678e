"""Compare view state: URL parameters -> one valid state; anything unusable falls back with a notice, never raises."""

from __future__ import annotations

import pytest

from dashboard.transform.view_state import CompareState, PerCapita, Rules
from dashboard.urls.compare import parse_state, to_params

INDICATORS = ["population_jan1", "gdp_mio_eur", "gdp_pps_per_inhabitant", "share_pop_65plus_pct"]
AREAS = ["genova", "torino", "warszawa", "barcelona"]
YEARS = {
    "population_jan1": list(range(2014, 2026)),
    "gdp_mio_eur": list(range(2014, 2022)),
    "gdp_pps_per_inhabitant": list(range(2014, 2022)),
    "share_pop_65plus_pct": list(range(2016, 2026)),
}
# The rules a catalogue would state (the set's default indicator, one per-capita rule), written out for the test.
RULES = Rules(default="population_jan1", per_capita=(("gdp_mio_eur", PerCapita("population_jan1", 1e6, "a", "b")),))
DEFAULT = CompareState(ind="population_jan1", areas=tuple(AREAS))


def parse(**params: object) -> CompareState:
    return parse_state(params, INDICATORS, AREAS, YEARS, RULES)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, DEFAULT),
        ({"lang": "it", "present": "1"}, DEFAULT),  # owned by other parts of the app: not reported here
        (
            {"ind": "population_jan1", "areas": "torino,genova,barcelona", "view": "chart", "chart": "line",
             "bench": "eu"},
            DEFAULT.with_(areas=("genova", "torino", "barcelona"), bench=("eu",)),
        ),
        ({"ind": "gdp_mio_eur", "norm": "per_capita"}, DEFAULT.with_(ind="gdp_mio_eur", norm="per_capita")),
        ({"chart": "scatter", "x": "gdp_mio_eur"}, DEFAULT.with_(chart="scatter", x="gdp_mio_eur")),
        ({"view": "map", "year": "2020"}, DEFAULT.with_(view="map", year=2020)),
        ({"from": "2016", "to": "2020"}, DEFAULT.with_(year_from=2016, year_to=2020)),
        ({"bench": "eu,partners,country"}, DEFAULT.with_(bench=("partners", "country", "eu"))),
        ({"bench": ""}, DEFAULT),
        ({"bench": "none"}, DEFAULT),
        ({"colour": "body_type", "norm": "index"}, DEFAULT.with_(colour="body_type", norm="index")),
    ],
)
def test_valid_states(params, expected):
    state = parse(**params)
    assert state == expected
    assert state.notices == ()


HOSTILE = [
    {"ind": "unknown_indicator"},
    {"ind": "population_jan1' OR 1=1 --"},
    {"ind": "x" * 10_000},
    {"ind": ["population_jan1", "gdp_mio_eur"]},
    {"areas": "../../etc"},
    {"areas": "../../etc/passwd,genova"},
    {"areas": ",,,"},
    {"areas": "genova," * 2000},
    {"year": "abc"},
    {"year": "1e3"},
    {"year": "1850"},
    {"year": "2099"},
    {"year": "2016; DROP TABLE raw_areas"},
    {"from": "2030", "to": "2010"},
    {"from": "2020", "to": "2016"},
    {"view": "<script>alert(1)</script>"},
    {"view": "MAP"},
    {"chart": "pie"},
    {"chart": "\x00\x01"},
    {"x": "population_jan1"},  # the scatter's x cannot be its y
    {"x": "nope"},
    {"bench": "moon"},
    {"bench": "eu,moon"},
    {"norm": "log"},
    {"norm": "per_capita"},  # not meaningful for population itself
    {"ind": "share_pop_65plus_pct", "norm": "per_capita"},
    {"colour": "red"},
    {"ind": "gdp_mio_eur", "year": "2024"},  # a valid year, but not one with GDP data
    {"foo": "bar"},
    {"x" * 5000: "y"},
    {"ind": "![x](http://example.org/a.png)"},
]


@pytest.mark.parametrize("params", HOSTILE, ids=lambda p: repr(p)[:40])
def test_hostile_states_fall_back_with_a_notice(params):
    state = parse(**params)
    assert state.notices, "every unusable parameter leaves a notice"
    assert state.ind in INDICATORS and set(state.areas) <= set(AREAS) and state.areas
    assert state.view in {"chart", "map", "table"} and state.chart in {"bar", "line", "multiples", "scatter"}
    assert state.year is None or state.year in YEARS[state.ind]
    assert state.x != state.ind
    assert state.norm != "per_capita" or state.ind == "gdp_mio_eur"
    assert all(len(n.value) <= 40 and len(n.param) <= 40 for n in state.notices)


def test_hostile_list_keeps_the_good_items():
    state = parse(areas="torino,../../etc")
    assert state.areas == ("torino",)
    assert [(n.key, n.param, n.value) for n in state.notices] == [("bad_value", "areas", "../../etc")]


def test_many_unknown_parameters_give_one_notice():
    state = parse_state({f"p{i}": "1" for i in range(500)}, INDICATORS, AREAS, YEARS, RULES)
    assert len(state.notices) == 1


@pytest.mark.parametrize(
    "state",
    [
        DEFAULT,
        DEFAULT.with_(ind="gdp_mio_eur", areas=("torino",), year=2020, year_from=2014, year_to=2021, view="map",
                      chart="scatter", x="population_jan1", bench=("partners", "eu"), norm="per_capita",
                      colour="body_type"),
    ],
)
def test_params_round_trip(state):
    params = to_params(state)
    assert parse_state(params, INDICATORS, AREAS, YEARS, RULES) == state
    assert all(isinstance(v, str) for v in params.values())


def test_defaults_chosen_from_data_stay_out_of_the_link():
    assert set(to_params(DEFAULT)) == {"ind", "areas", "view", "chart", "norm", "colour"}


def test_every_link_parameter_is_documented():
    from dashboard.data.paths import ROOT
    from dashboard.urls.compare import PARAMS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Compare indicators (`/compare`)", 1)[1]
    assert [name for name in PARAMS if f"| `{name}`" not in section and f", `{name}`" not in section] == []
