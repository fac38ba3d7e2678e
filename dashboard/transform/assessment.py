"""Live results of an assessment round: mean, spread and count per practice and criterion, a ranking with intervals."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd

# Student's t, 97.5th percentile, for 1-30 degrees of freedom (a 95% interval); beyond 30 the normal 1.96.
T975 = (12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042)
CELL_COLUMNS = ["practice_id", "criterion_id", "n", "mean", "sd", "low", "high"]
RANK_COLUMNS = ["practice_id", "n", "mean", "sd", "ci_low", "ci_high", "rank", "rank_best", "rank_worst"]


def t975(df: int) -> float:
    """The two-sided 95% Student t quantile for df degrees of freedom."""
    return T975[df - 1] if 1 <= df <= len(T975) else 1.96


def cell_stats(scores: pd.DataFrame, practice_ids: Sequence[str], criterion_ids: Sequence[str]) -> pd.DataFrame:
    """One row per practice and criterion of the round (n = 0 where nobody scored it): n, mean, sd, lowest, highest."""
    rows = []
    for practice in practice_ids:
        for criterion in criterion_ids:
            values = scores.loc[(scores["practice_id"] == practice) & (scores["criterion_id"] == criterion), "score"]
            n = len(values)
            rows.append({"practice_id": practice, "criterion_id": criterion, "n": n,
                         "mean": float(values.mean()) if n else math.nan,
                         "sd": float(values.std(ddof=1)) if n > 1 else math.nan,
                         "low": float(values.min()) if n else math.nan, "high": float(values.max()) if n else math.nan})
    return pd.DataFrame(rows, columns=CELL_COLUMNS)


def ranking(scores: pd.DataFrame, practice_ids: Sequence[str], scale: tuple[int, int]) -> pd.DataFrame:
    """Practices by mean score over every criterion, with a 95% t interval and the ranks that interval allows.

    The interval is clipped to the scale; one score says nothing of the spread, so its interval is the whole scale.
    rank_best/rank_worst: the best and worst rank consistent with the intervals (a practice whose interval lies
    wholly above another's ranks before it); practices without a score come last, without a rank.
    """
    rows = []
    for practice in practice_ids:
        values = scores.loc[scores["practice_id"] == practice, "score"].astype(float)
        n = len(values)
        mean = float(values.mean()) if n else math.nan
        sd = float(values.std(ddof=1)) if n > 1 else math.nan
        half = t975(n - 1) * sd / math.sqrt(n) if n > 1 else math.inf
        rows.append({"practice_id": practice, "n": n, "mean": mean, "sd": sd,
                     "ci_low": max(scale[0], mean - half) if n else math.nan,
                     "ci_high": min(scale[1], mean + half) if n else math.nan})
    out = pd.DataFrame(rows, columns=RANK_COLUMNS[:6])
    scored = out[out["n"] > 0].sort_values(["mean", "n", "practice_id"], ascending=[False, False, True])
    low, high = scored["ci_low"], scored["ci_high"]
    scored = scored.assign(
        rank=range(1, len(scored) + 1),
        rank_best=[1 + int((low > h).sum()) for h in high],
        rank_worst=[len(scored) - int((high < lo).sum()) for lo in low],
    )
    unscored = out[out["n"] == 0].assign(rank=pd.NA, rank_best=pd.NA, rank_worst=pd.NA)
    return pd.concat([scored, unscored], ignore_index=True)[RANK_COLUMNS] if len(unscored) else \
        scored.reset_index(drop=True)[RANK_COLUMNS]
