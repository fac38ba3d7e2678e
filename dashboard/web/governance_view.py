"""What the Governance page shows for one data folder, language and set, built once (no Streamlit; cache.py caches it).

Every render of /governance used to rebuild the same Markdown matrix, profiles, tables and heatmap caption from the
same frames (~70 ms of pandas per render); built once per (data, language, set), the page only reads them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from dashboard.cards import alt_text
from dashboard.cards.governance_cells import (
    cells_for_download,
    competence_table,
    matrix_markdown,
    profile_markdown,
)
from dashboard.cards.names import area_names
from dashboard.figures.governance import competence_heatmap
from dashboard.i18n import code_label, t
from dashboard.web.show import FigureSpec, spec_of


@dataclass(frozen=True)
class GovernanceView:
    """The URL-independent content of /governance; shared between sessions, so never mutated."""

    area_ids: tuple[str, ...]
    names: dict[str, str]
    matrix_tables: tuple[str, ...]
    matrix_table: pd.DataFrame
    matrix_shown: pd.DataFrame
    heatmap: go.Figure
    heatmap_spec: FigureSpec
    heatmap_caption: str
    heatmap_missing: str  # "n of total cells unknown", for captions worded elsewhere (the story's)
    heatmap_description: str  # the heatmap's text alternative (screen readers)
    competences: pd.DataFrame
    profiles: dict[str, str]


def build(areas: pd.DataFrame, cells: pd.DataFrame, grid: pd.DataFrame, lang: str) -> GovernanceView:
    """Assemble the Governance page's content from the set's areas, their matrix cells and competence grid."""
    matrix_table = cells_for_download(cells, areas, lang)
    names = area_names(areas, lang)  # short names on pickers, links and the text alternative
    heatmap = competence_heatmap(grid, areas, lang)
    unknown = int((grid["level"] == "unknown").sum())
    missing = t("gov.competences_missing", lang, n=unknown, total=len(grid))
    return GovernanceView(
        area_ids=tuple(areas["area_id"]),
        names=names,  # profiles are headed by the full name
        matrix_tables=tuple(matrix_markdown(cells, areas, lang)),
        matrix_table=matrix_table,
        matrix_shown=matrix_table.assign(status_label=[code_label("status", s, lang) for s in matrix_table["status"]]),
        heatmap=heatmap, heatmap_spec=spec_of(heatmap),
        heatmap_caption=t("gov.competences_caption", lang, missing=missing), heatmap_missing=missing,
        heatmap_description=alt_text.competences_alt(grid, names, lang),
        competences=competence_table(grid, areas, lang),
        profiles={area["area_id"]: profile_markdown(area, cells, grid, lang) for _, area in areas.iterrows()},
    )
