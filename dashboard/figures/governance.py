"""Governance figures (Plotly, no Streamlit): the competence heatmap, areas × competences."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.cards.celltext import is_missing
from dashboard.cards.names import area_names
from dashboard.data import vocab
from dashboard.figures.palette import area_colours
from dashboard.figures.style import AXIS_TEXT, area_tick, readable_axes, short_names
from dashboard.i18n import t
from dashboard.i18n.fmt import in_source_language

# Sequential blues for what the body holds (ColorBrewer Blues, colour-blind safe) and a neutral grey for unknown;
# every cell also carries its level as text, so colour is never the only cue.
LEVEL_COLOURS: dict[str, str] = {
    "held": "#08519C",
    "shared": "#6BAED6",
    "not_held": "#EFF3FF",
    "unknown": "#BDBDBD",
}
LEVEL_INDEX = {level: i for i, level in enumerate(vocab.COMPETENCE_LEVELS)}



def _discrete_colourscale() -> list[list[object]]:
    """One flat band of colour per level index 0..n-1 (z is the level's index)."""
    n = len(vocab.COMPETENCE_LEVELS)
    scale: list[list[object]] = []
    for i, level in enumerate(vocab.COMPETENCE_LEVELS):
        scale += [[i / n, LEVEL_COLOURS[level]], [(i + 1) / n, LEVEL_COLOURS[level]]]
    return scale


def _hover_source(cell: pd.Series, lang: str) -> str:
    if not is_missing(cell["source_url"]):
        return t("gov.heat.source", lang, url=cell["source_url"])
    if not is_missing(cell["list_source_url"]):
        return t("gov.heat.list_read", lang, url=cell["list_source_url"])
    return t("gov.heat.no_source", lang)


def competence_heatmap(grid: pd.DataFrame, areas: pd.DataFrame, lang: str) -> go.Figure:
    """Return a heatmap of classified competence levels (rows: competences, columns: areas) with text labels."""
    area_ids = [a for a in areas["area_id"] if a in set(grid["area_id"])]
    # Short names keep one column label per area legible; the hover gives the area's full name.
    short = short_names(areas, lang)
    colours = area_colours(areas)
    names = area_names(areas, lang, full=True)
    competences = grid.drop_duplicates("competence").sort_values("sort_order")
    name_col = "name_it" if lang == "it" else "name_en"
    cells = {(c["competence"], c["area_id"]): c for _, c in grid.iterrows()}
    z, text, custom = [], [], []
    for competence in competences["competence"]:
        z_row, text_row, custom_row = [], [], []
        for area_id in area_ids:
            cell = cells.get((competence, area_id))
            level = "unknown" if cell is None else cell["level"]
            z_row.append(LEVEL_INDEX[level])
            text_row.append(t(f"level.{level}", lang))
            note = "" if cell is None or is_missing(cell["note"]) else in_source_language(str(cell["note"])[:160], lang)
            source = t("gov.heat.no_source", lang) if cell is None else _hover_source(cell, lang)
            custom_row.append([t(f"level.{level}", lang), note, source, names[area_id]])
        z.append(z_row)
        text.append(text_row)
        custom.append(custom_row)
    ticks = [area_tick(short[a], colours[a]) for a in area_ids]
    n = len(vocab.COMPETENCE_LEVELS)
    figure = go.Figure(
        go.Heatmap(
            z=z,
            x=ticks,
            y=competences[name_col].tolist(),
            text=text,
            texttemplate="%{text}",
            customdata=custom,
            hovertemplate=(
                "%{customdata[3]}<br>%{y}<br><b>%{customdata[0]}</b> † " + t("gov.heat.classified", lang)
                + "<br>%{customdata[1]}<br>%{customdata[2]}<extra></extra>"
            ),
            colorscale=_discrete_colourscale(),
            zmin=-0.5,
            zmax=n - 0.5,
            xgap=2,
            ygap=2,
            colorbar={
                "title": {"text": t("gov.heat.legend", lang), "font": AXIS_TEXT},
                "tickfont": AXIS_TEXT,  # the level names are the key to the colours: as readable as the axes
                "tickvals": list(range(n)),
                "ticktext": [t(f"level.{level}", lang) for level in vocab.COMPETENCE_LEVELS],
                "lenmode": "pixels",
                "len": 160,
            },
        )
    )
    figure.update_layout(
        height=120 + 32 * len(competences),
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        xaxis={"side": "top", "tickangle": 0},
        yaxis={"autorange": "reversed"},
        plot_bgcolor="white",
    )
    return readable_axes(figure)
