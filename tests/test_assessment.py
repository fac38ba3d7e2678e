"""Live results of a round: statistics per cell and a ranking whose intervals say how sure it is (made-up scores)."""

from __future__ import annotations

import math

import pandas as pd

from dashboard.transform.assessment import cell_stats, ranking, t975

SCORES = pd.DataFrame({  # made-up fixture scores
    "practice_id": ["A", "A", "A", "B", "B", "B", "C"], "criterion_id": ["x"] * 7, "score": [3, 3, 2, 0, 1, 0, 2],
})


def test_cells_count_mean_and_spread_and_keep_unscored_cells():
    cells = cell_stats(SCORES, ["A", "D"], ["x"]).set_index("practice_id")
    assert cells.loc["A", "n"] == 3 and math.isclose(cells.loc["A", "mean"], 8 / 3)
    assert math.isclose(cells.loc["A", "sd"], math.sqrt(1 / 3))
    assert cells.loc["D", "n"] == 0 and math.isnan(cells.loc["D", "mean"])  # missing stays missing, not 0


def test_the_ranking_carries_its_uncertainty():
    ranked = ranking(SCORES, ["A", "B", "C", "D"], (0, 3)).set_index("practice_id")
    assert list(ranked.index) == ["A", "C", "B", "D"]
    half = t975(2) * math.sqrt(1 / 3) / math.sqrt(3)
    assert math.isclose(ranked.loc["A", "ci_low"], 8 / 3 - half) and ranked.loc["A", "ci_high"] == 3  # clipped
    # one score: its interval is the whole scale, so it could rank anywhere
    assert (ranked.loc["C", "ci_low"], ranked.loc["C", "ci_high"]) == (0, 3)
    assert (ranked.loc["C", "rank_best"], ranked.loc["C", "rank_worst"]) == (1, 3)
    assert pd.isna(ranked.loc["D", "rank"]) and ranked.loc["D", "n"] == 0


def test_separated_intervals_fix_the_order():
    scores = pd.DataFrame({"practice_id": ["A"] * 4 + ["B"] * 4, "criterion_id": ["x"] * 8,
                           "score": [3, 3, 3, 2, 0, 0, 1, 0]})
    ranked = ranking(scores, ["A", "B"], (0, 3)).set_index("practice_id")
    assert (ranked.loc["A", "rank_best"], ranked.loc["A", "rank_worst"]) == (1, 1)
    assert (ranked.loc["B", "rank_best"], ranked.loc["B", "rank_worst"]) == (2, 2)
