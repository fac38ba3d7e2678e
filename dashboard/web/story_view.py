"""One story step drawn full width from the pages' cached figures: the figure, its source line, its description."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from dashboard.data import geo
from dashboard.data.queries import METRO_CASE
from dashboard.data.stories import Step
from dashboard.figures import compare_view
from dashboard.i18n import t
from dashboard.urls.compare import to_params
from dashboard.urls.story import StoryContext, compare_state, context_from
from dashboard.web import cache, show
from dashboard.web.describe import compare_description, competences_description, plans_description
from dashboard.web.show import FigureSpec

PLOT_CONFIG = {"displayModeBar": False, "responsive": True, "scrollZoom": False}
SOURCE_LINES = 3  # source and unit, year(s), what is missing: always under the figure; the rest folded


@dataclass(frozen=True)
class Drawn:
    """What a step put on screen besides the figure: caption lines, its description, and its page link."""

    lines: list[str]
    description: str
    page: str  # the page's file, for a link that opens this view with every control
    params: dict[str, str]


def context(directory: str) -> StoryContext:
    """The pages' validation context from their cached calls (the default comparison set)."""
    areas = cache.areas(directory, METRO_CASE)
    settings = cache.comparison_set(directory, METRO_CASE)
    bench = tuple(b for b in settings.get("default_bench", "").split(",") if b)
    plans = cache.plans(directory, tuple(areas["area_id"]))
    return context_from(areas, cache.indicator_catalog(directory), cache.indicator_years(directory, METRO_CASE),
                        cache.indicator_rules(directory, METRO_CASE), bench, plans)


def _link(page: str, params: dict[str, str], lang: str) -> tuple[str, dict[str, str]]:
    """The page's own file and URL state for this view (so a presenter can open it with every control)."""
    return f"dashboard/web/pages/{page}.py", {**params, **({"lang": lang} if lang != "en" else {})}


def _compare(step: Step, ctx: StoryContext, directory: str, lang: str) -> Drawn:
    """A Compare step: its chart, map or table, exactly as the Compare page builds it for that state."""
    state = compare_state(step, ctx).with_()
    description = compare_description(directory, state, lang)
    if state.view == "map":
        _, lines, _ = cache.compare_map(directory, state, lang, str(geo.geo_dir()), METRO_CASE)
        _figure(cache.projector_spec(directory, lang, "map", state))
    elif state.view == "table":
        table = cache.compare_table(directory, state, lang, METRO_CASE)
        shown = compare_view.table_display(table, cache.catalog_by_id(directory), state, lang)
        st.dataframe(shown, hide_index=True, height=430)
        lines = []
    else:
        _, lines = cache.compare_chart(directory, state, lang, METRO_CASE)
        _figure(cache.projector_spec(directory, lang, "chart", state))
    return Drawn(lines, description, *_link("compare", to_params(state, ctx.default_bench), lang))


def _governance(step: Step, directory: str, lang: str) -> Drawn:
    """The Governance page's competence heatmap and its caption (the page's own cached view)."""
    view = cache.governance_view(directory, lang, METRO_CASE)
    _figure(cache.projector_spec(directory, lang, "competences"))
    caption = t("story.competences_caption", lang, missing=view.heatmap_missing)  # no table below in a story
    return Drawn([caption], competences_description(directory, lang),
                 *_link("governance", dict(step.params), lang))


def _plans(step: Step, directory: str, lang: str) -> Drawn:
    """The Plans page's timeline or themes matrix and its caption (the page's own cached view)."""
    view = cache.plans_view(directory, lang, METRO_CASE)
    if step.figure == "timeline":
        _figure(cache.projector_spec(directory, lang, "timeline"))
        line = view.timeline_caption
    else:
        _figure(cache.projector_spec(directory, lang, "themes"))
        line = view.matrix_caption
    return Drawn([line], plans_description(directory, step.figure, lang), *_link("plans", dict(step.params), lang))


def _figure(spec: FigureSpec) -> None:
    """Draw a step's figure full width without Plotly's toolbar, from its presenter-view JSON made once (cache)."""
    show.chart(spec, config=PLOT_CONFIG)


def draw_step(step: Step, ctx: StoryContext, directory: str, lang: str) -> Drawn:
    """Draw the step's figure and return its caption lines, description and page link."""
    if step.page == "compare":
        return _compare(step, ctx, directory, lang)
    if step.page == "governance":
        return _governance(step, directory, lang)
    return _plans(step, directory, lang)
