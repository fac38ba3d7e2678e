"""What the Plans page shows for one data folder, language and set, built once (no Streamlit; cache.py caches it).

Every render of /plans used to rebuild the same labels, captions, download tables, default comparison and card
links from the same frames (~100 ms of pandas per render). Built once per (data, language, set), the page only reads
them; nothing here depends on the visitor's URL state.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from dashboard.cards import alt_text
from dashboard.cards.names import area_names as names_of
from dashboard.cards.plan_cards import (
    axis_text,
    axis_themes_for_download,
    card_markdown,
    compare_markdown,
    default_comparison,
    plans_for_download,
)
from dashboard.figures.plans import plan_labels, plan_spans, plan_timeline, theme_matrix
from dashboard.i18n import t
from dashboard.i18n.fmt import in_source_language, md_escape
from dashboard.web.show import FigureSpec, spec_of


@dataclass(frozen=True)
class PlansView:
    """The URL-independent content of /plans; shared between sessions, so never mutated."""

    area_ids: tuple[str, ...]
    area_names: dict[str, str]  # short names: pickers, captions, the downloads' area column
    full_names: dict[str, str]  # cards and the side-by-side table
    plans: pd.DataFrame
    plan_ids: tuple[str, ...]
    axes: pd.DataFrame
    themes: pd.DataFrame
    labels: dict[str, str]
    timeline: go.Figure
    timeline_spec: FigureSpec
    timeline_caption: str
    matrix: go.Figure
    matrix_spec: FigureSpec
    matrix_caption: str
    timeline_description: str  # the figures' text alternatives (screen readers), ~20 ms each to build
    matrix_description: str
    plans_table: pd.DataFrame
    mapping: pd.DataFrame
    default_chosen: tuple[str, ...]
    cards: dict[str, str]
    practice_links: dict[str, tuple[tuple[str, str], ...]]


def build(areas: pd.DataFrame, plans: pd.DataFrame, axes: pd.DataFrame, themes: pd.DataFrame,
          practices: pd.DataFrame, lang: str) -> PlansView:
    """Assemble the Plans page's content from the set's areas, their plans, axes, themes and the good practices."""
    area_names = names_of(areas, lang)
    full_names = names_of(areas, lang, full=True)
    plan_ids = tuple(plans["plan_id"])
    cut = plan_labels(plans, lang)
    labels = {p["plan_id"]: f"{cut[p['plan_id']]} ({area_names[p['area_id']]})" for _, p in plans.iterrows()}
    spans = plan_spans(plans)
    undated = [md_escape(labels[p]) for p in spans.loc[spans["shape"] == "none", "plan_id"]]  # data text
    mapped = set(themes["plan_id"])
    unmapped = [md_escape(labels[p]) for p in plan_ids if p not in mapped]
    none = t("plans.none_missing", lang)
    links = {
        plan_id: tuple((p.practice_id, t("practices.plan_link", lang,
                                             title=md_escape(in_source_language(p.title_en, lang))))
                       for p in practices[practices["plan_id"] == plan_id].itertuples())
        for plan_id in plan_ids
    }
    mapping = axis_themes_for_download(themes, plans, lang)
    timeline, matrix = plan_timeline(plans, areas, lang), theme_matrix(themes, plans, areas, lang)
    return PlansView(
        area_ids=tuple(areas["area_id"]), area_names=area_names, full_names=full_names, plans=plans,
        plan_ids=plan_ids, axes=axes,
        themes=themes, labels=labels,
        timeline=timeline, timeline_spec=spec_of(timeline),
        timeline_caption=t("plans.timeline_caption", lang, missing="; ".join(undated) or none),
        matrix=matrix, matrix_spec=spec_of(matrix),
        matrix_caption=t("plans.themes_caption", lang, missing="; ".join(unmapped) or none),
        timeline_description=alt_text.timeline_alt(spans, lang),
        matrix_description=alt_text.themes_alt(
            themes, len(plans), {code: t(f"theme.{code}", lang) for code in themes["theme"].unique()}, lang
        ),
        plans_table=plans_for_download(plans, area_names, themes),
        mapping=mapping.assign(axis_name=[axis_text(n, language, lang) for n, language in
                                          zip(mapping["axis_name"], themes["language"], strict=True)]),
        default_chosen=tuple(default_comparison(plans, axes)),
        cards={p["plan_id"]: card_markdown(p, full_names[p["area_id"]], axes, themes, lang) for _, p in
               plans.iterrows()},
        practice_links={plan_id: found for plan_id, found in links.items() if found},
    )


def comparison(view: PlansView, chosen: tuple[str, ...], lang: str) -> tuple[str, pd.DataFrame]:
    """The side-by-side Markdown table of two or three chosen plans and its download rows."""
    picked = view.plans.set_index("plan_id").loc[list(chosen)].reset_index()
    return (compare_markdown(picked, view.full_names, view.axes, view.themes, lang),
            plans_for_download(picked, view.area_names, view.themes))
