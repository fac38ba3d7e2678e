"""Area colours come from areas.csv; a light hue gets a dark outline, decided by its luminance (not by a list)."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.figures import charts
from dashboard.figures.palette import luminance, needs_outline


@pytest.mark.parametrize(
    ("colour", "outlined"),
    [("#F0E442", True), ("#FFFFFF", True), ("#ffff99", True), ("#0072B2", False), ("#56B4E9", False),
     ("#000000", False), ("#E69F00", False)],
)
def test_light_colours_need_an_outline(colour, outlined):
    assert needs_outline(colour) is outlined


def test_luminance_runs_from_black_to_white():
    assert luminance("#000000") == 0 and luminance("#FFFFFF") == pytest.approx(1)


def test_bars_take_the_colour_of_the_row_and_outline_light_ones():
    # Made-up rows: one area with a light fixture colour, one with a dark one.
    rows = pd.DataFrame({
        "series": ["a", "b"], "kind": ["area", "area"], "bench": ["", ""], "year": [2020, 2020],
        "value": [1.0, 2.0], "flag": ["", ""], "status": ["observed"] * 2, "source": ["s", "s"], "note": ["", ""],
        "nuts_code": ["XA1", "XB1"], "n_covered": [pd.NA, pd.NA], "label": ["A", "B"], "country": ["XA", "XB"],
        "region": ["", ""], "colour": ["#FFEE88", "#112233"],
    })
    fig = charts.bar_chart(rows, title="t", unit="u", decimals=0, indicator_id="x", norm="none", lang="en")
    bars = {trace.name: trace.marker for trace in fig.data}
    assert bars["A"].color == "#FFEE88" and bars["A"].line.width == 1
    assert bars["B"].color == "#112233" and bars["B"].line.width == 0
