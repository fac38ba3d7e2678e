"""The Compare page's URL parameters: untrusted values to one valid CompareState plus notices, and back."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from dashboard.transform.view_state import (
    BENCHMARKS,
    CHARTS,
    COLOURS,
    NORMS,
    VIEWS,
    CompareState,
    Notice,
    Rules,
    default_indicator,
    per_capita_allowed,
)
from dashboard.urls.parse import parse_choice, parse_int, parse_list, shown

# Parameters that other parts of the app own; they are neither parsed nor reported here.
GLOBAL_PARAMS = frozenset({"lang", "present", "set"})
PARAMS = ("ind", "areas", "year", "from", "to", "view", "chart", "x", "bench", "norm", "colour", "hl")
YEAR_LIMITS = (1900, 2100)
NO_BENCHMARK = {"", "none"}


def parse_state(
    params: Mapping[str, object],
    indicator_ids: Sequence[str],
    area_ids: Sequence[str],
    years: Mapping[str, Collection[int]],
    rules: Rules,
    default_bench: Sequence[str] = (),
) -> CompareState:
    """Parse untrusted URL parameters into a valid state; every value not used as given leaves a Notice."""
    notices: list[Notice] = []

    def note(key: str, param: str, raw: object) -> None:
        notices.append(Notice(key, param, shown(raw)))

    unknown = [name for name in params if name not in PARAMS and name not in GLOBAL_PARAMS]
    if unknown:  # one notice for all of them, however many a hostile link carries
        note("unknown_param", "", ", ".join(str(name) for name in unknown))

    ind, bad = parse_choice(params.get("ind"), indicator_ids, default_indicator(indicator_ids, rules))
    if bad is not None:
        note("bad_value", "ind", bad)
    areas, bad = parse_list(params.get("areas"), area_ids, area_ids)
    if bad is not None:
        note("bad_value", "areas", bad)
    highlight, bad = parse_list(params.get("hl"), area_ids, [])
    if bad is not None:
        note("bad_value", "hl", bad)
    highlight = [a for a in highlight if a in areas]  # an area taken out of the selection leaves the highlight too
    view, bad = parse_choice(params.get("view"), VIEWS, "chart")
    if bad is not None:
        note("bad_value", "view", bad)
    chart, bad = parse_choice(params.get("chart"), CHARTS, "line")
    if bad is not None:
        note("bad_value", "chart", bad)
    colour, bad = parse_choice(params.get("colour"), COLOURS, "area")
    if bad is not None:
        note("bad_value", "colour", bad)

    raw_bench = params.get("bench")
    if isinstance(raw_bench, str) and raw_bench.strip().lower() in NO_BENCHMARK:
        bench: list[str] = []
    else:
        bench, bad = parse_list(raw_bench, BENCHMARKS, [b for b in BENCHMARKS if b in default_bench])
        if bad is not None:
            note("bad_value", "bench", bad)

    norm, bad = parse_choice(params.get("norm"), NORMS, "none")
    if bad is not None:
        note("bad_value", "norm", bad)
    if norm == "per_capita" and not per_capita_allowed(ind, rules):
        note("per_capita_unavailable", "norm", norm)
        norm = "none"

    x: str | None = None
    if params.get("x") is not None:
        x, bad = parse_choice(params.get("x"), indicator_ids, "")
        if bad is not None:
            note("bad_value", "x", bad)
            x = None
        elif x == ind:
            note("same_indicator", "x", x)
            x = None

    available = set(years.get(ind, ()))
    chosen: dict[str, int | None] = {}
    for name in ("year", "from", "to"):
        value, bad = parse_int(params.get(name), *YEAR_LIMITS, None)
        if bad is not None:
            note("bad_value", name, bad)
        elif value is not None and value not in available:
            note("year_unavailable", name, value)
            value = None
        chosen[name] = value
    if chosen["from"] is not None and chosen["to"] is not None and chosen["from"] > chosen["to"]:
        note("from_after_to", "from", f"{chosen['from']} > {chosen['to']}")
        chosen["from"] = chosen["to"] = None

    return CompareState(
        ind=ind,
        areas=tuple(areas),
        year=chosen["year"],
        year_from=chosen["from"],
        year_to=chosen["to"],
        view=view,
        chart=chart,
        x=x,
        bench=tuple(bench),
        norm=norm,
        colour=colour,
        highlight=tuple(highlight),
        notices=tuple(notices),
    )


def to_params(state: CompareState, default_bench: Sequence[str] = ()) -> dict[str, str]:
    """Return the state as URL parameters: the core choices always, the data-chosen ones only when set."""
    params = {
        "ind": state.ind,
        "areas": ",".join(state.areas),
        "view": state.view,
        "chart": state.chart,
        "norm": state.norm,
        "colour": state.colour,
    }
    optional = {"year": state.year, "from": state.year_from, "to": state.year_to, "x": state.x}
    params.update({name: str(value) for name, value in optional.items() if value is not None})
    if state.highlight:
        params["hl"] = ",".join(state.highlight)
    if state.bench:
        params["bench"] = ",".join(state.bench)
    elif default_bench:  # no benchmark where the set opens with some: say so, or the next run restores them
        params["bench"] = "none"
    return params
