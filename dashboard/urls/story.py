"""A story step's parameters through the same URL parsers its page uses: a step can hold no state the page refuses."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

import duckdb
import pandas as pd

from dashboard.data import queries
from dashboard.data.stories import Step
from dashboard.transform.view_state import CompareState, Rules, rules_from
from dashboard.urls.compare import parse_state
from dashboard.urls.parse import parse_int, parse_list, parse_text

# The parameters of Governance and Plans (read there by widgets.url_multiselect / url_text_input with these limits).
LIST_PARAMS = {"governance": {"areas": (2, 3)}, "plans": {"plans": (2, 3)}}
TEXT_PARAMS = {"plans": {"q": 100}}
# Story-wide parameters, set by the story page and never by a step.
STORY_OWNED = ("lang", "set", "present", "id", "step", "notes", "alt")
STEP_PARAM = "step"


@dataclass(frozen=True)
class StoryContext:
    """What the pages validate their URL against, for the default comparison set (hashable: it keys caches)."""

    area_ids: tuple[str, ...]
    indicator_ids: tuple[str, ...]
    years: tuple[tuple[str, tuple[int, ...]], ...]
    rules: Rules
    default_bench: tuple[str, ...]
    plan_ids: tuple[str, ...]


def context_from(
    areas: pd.DataFrame, catalog: pd.DataFrame, years: Mapping[str, Collection[int]], rules: Rules,
    default_bench: Sequence[str], plans: pd.DataFrame,
) -> StoryContext:
    """Build the context from the frames the pages read (areas, catalogue, years per indicator, plans)."""
    return StoryContext(
        tuple(str(a) for a in areas["area_id"]), tuple(str(i) for i in catalog["indicator_id"]),
        tuple((str(k), tuple(sorted(int(y) for y in v))) for k, v in sorted(years.items())), rules,
        tuple(default_bench), tuple(str(p) for p in plans["plan_id"]),
    )


def context_of(con: duckdb.DuckDBPyConnection, set_id: str = queries.METRO_CASE) -> StoryContext:
    """Build the context from a data connection (the command line's way; the app uses its cached calls)."""
    catalog = queries.indicator_catalog(con)
    chosen = queries.comparison_set(con, set_id)
    settings = {str(k): str(v) for k, v in chosen.iloc[0].items()} if len(chosen) else {}
    frame = queries.indicator_years(con, set_id)
    years = {str(i): [int(y) for y in g["year"]] for i, g in frame.groupby("indicator_id")}
    areas = queries.areas(con, set_id)
    bench = tuple(b for b in settings.get("default_bench", "").split(",") if b)
    rules = rules_from(catalog, settings.get("default_indicator", ""))
    return context_from(areas, catalog, years, rules, bench, queries.plans(con, tuple(areas["area_id"])))


def compare_state(step: Step, ctx: StoryContext) -> CompareState:
    """Return the Compare state of a step exactly as the Compare page parses its URL (with its notices)."""
    return parse_state(dict(step.params), list(ctx.indicator_ids), list(ctx.area_ids), dict(ctx.years), ctx.rules,
                       ctx.default_bench)


def step_problems(step: Step, ctx: StoryContext) -> list[str]:
    """Return why the step's parameters are not a state its page accepts as given (empty: the step is valid)."""
    params = dict(step.params)
    problems = [f"parameter {name!r} is set by the story page, not by a step" for name in params if name in STORY_OWNED]
    params = {k: v for k, v in params.items() if k not in STORY_OWNED}
    if step.page == "compare":
        state = compare_state(replace(step, params=tuple(params.items())), ctx)
        for notice in state.notices:
            subject = f"parameter {notice.param!r}" if notice.param else "parameters"
            problems.append(f"{subject}: {notice.key.replace('_', ' ')} ({notice.value})")
        return problems
    lists, texts = LIST_PARAMS.get(step.page, {}), TEXT_PARAMS.get(step.page, {})
    options = {"areas": ctx.area_ids, "plans": ctx.plan_ids}
    for name, raw in params.items():
        if name in lists:
            low, high = lists[name]
            chosen, bad = parse_list(raw, options[name], [], max_items=high)
            if bad is not None or len(chosen) < low:
                problems.append(f"parameter {name!r}: {bad or raw!r} is not {low} to {high} known ids")
        elif name in texts:
            _, bad = parse_text(raw, texts[name])
            if bad is not None:
                problems.append(f"parameter {name!r}: not plain text of at most {texts[name]} characters")
        else:
            known = ", ".join([*lists, *texts]) or "none"
            problems.append(f"unknown parameter {name[:40]!r} of {step.page} (known: {known})")
    return problems


def parse_step(raw: object, n_steps: int) -> tuple[int, str | None]:
    """The step number of the URL (1..n); otherwise step 1 and the rejected text (for a notice)."""
    number, bad = parse_int(raw, 1, n_steps, 1)
    return number or 1, bad
