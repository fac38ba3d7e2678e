"""URL parameter parsers: hostile input falls back to defaults with a notice, never raises."""

from __future__ import annotations

import pytest

from dashboard.urls.parse import parse_choice, parse_int, parse_list

AREAS = ["genova", "torino", "warszawa"]


@pytest.mark.parametrize(
    ("raw", "expected", "notice"),
    [
        (None, "chart", False),
        ("map", "map", False),
        ("MAP", "chart", True),
        ("../../etc", "chart", True),
        ("x" * 10_000, "chart", True),
        (["map"], "chart", True),
    ],
)
def test_parse_choice(raw, expected, notice):
    value, message = parse_choice(raw, {"chart", "map", "table"}, "chart")
    assert value == expected and (message is not None) is notice


@pytest.mark.parametrize(
    ("raw", "expected", "notice"),
    [
        (None, AREAS, False),
        ("torino,genova", ["genova", "torino"], False),
        ("torino,../../etc", ["torino"], True),
        ("atlantis", AREAS, True),
        ("", AREAS, True),
        (",,,", AREAS, True),
        ("genova" + ",genova" * 3000, AREAS, True),
    ],
)
def test_parse_list(raw, expected, notice):
    value, message = parse_list(raw, AREAS, AREAS)
    assert value == expected and (message is not None) is notice


def test_parse_list_caps_items():
    value, message = parse_list("genova,torino,warszawa", AREAS, ["genova"], max_items=2)
    assert value == ["genova", "torino"] and "warszawa" in message


@pytest.mark.parametrize(
    ("raw", "expected", "notice"),
    [(None, 2020, False), ("2016", 2016, False), ("abc", 2020, True), ("1e3", 2020, True), ("99999", 2020, True),
     ("2016; DROP", 2020, True)],
)
def test_parse_int(raw, expected, notice):
    value, message = parse_int(raw, 1990, 2100, 2020)
    assert value == expected and (message is not None) is notice
