"""The live ranking of an assessment round: each practice's mean score with its 95% interval (no Streamlit)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.style import SEPARATORS
from dashboard.i18n import t

DOT = "#0072B2"  # Okabe-Ito blue: practices have no fixed colour of their own
ROW_PX, BASE_PX = 34, 140


def ranking_figure(ranked: pd.DataFrame, labels: dict[str, str], scale: tuple[int, int], lang: str) -> go.Figure:
    """Draw ranked practices top-down: a dot at the mean, a bar over the interval; unscored practices left out."""
    scored = ranked[ranked["n"] > 0].iloc[::-1]
    names = [f"{int(r.rank)}. {labels.get(r.practice_id, r.practice_id)}" for r in scored.itertuples()]
    hover = [t("assess.fig.hover", lang, n=int(r.n), best=int(r.rank_best), worst=int(r.rank_worst))
             for r in scored.itertuples()]
    fig = go.Figure(go.Scatter(
        x=scored["mean"], y=names, mode="markers", marker={"size": 11, "color": DOT},
        error_x={"type": "data", "symmetric": False, "array": scored["ci_high"] - scored["mean"],
                 "arrayminus": scored["mean"] - scored["ci_low"], "color": DOT, "thickness": 2},
        customdata=hover, hovertemplate="%{y}: %{x:.2f}<br>%{customdata}<extra></extra>",
    ))
    fig.update_layout(
        title={"text": t("assess.fig.title", lang), "x": 0, "xanchor": "left"},
        xaxis={"title": t("assess.fig.x", lang), "range": [scale[0] - 0.1, scale[1] + 0.1], "dtick": 1},
        height=BASE_PX + ROW_PX * max(len(scored), 1), margin={"l": 10, "r": 10, "t": 50, "b": 40},
        separators=SEPARATORS.get(lang, ",."), showlegend=False,
    )
    return fig
