"""The Compare page's view state: untrusted URL parameters to one frozen, valid state plus notices (no Streamlit)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from dashboard.urlstate import parse_choice, parse_int, parse_list, shown

VIEWS = ("chart", "map", "table")
CHARTS = ("bar", "line", "multiples", "scatter")
BENCHMARKS = ("partners", "country", "eu")
NORMS = ("none", "index", "per_capita")
COLOURS = ("area", "body_type")
DEFAULT_INDICATOR = "population_jan1"
# Scatter x when the link names none: the first of these that is not the y indicator.
DEFAULT_X = ("gdp_pps_per_inhabitant", "population_density_derived", "population_jan1")
# Per capita only where dividing by resident population means something: a total (not a rate, not population
# itself, not an area). value -> (factor applied to value / population, unit key in the catalogue of strings).
PER_CAPITA: dict[str, tuple[float, str]] = {
    "gdp_mio_eur": (1e6, "eur_per_inhabitant"),  # million EUR -> EUR per inhabitant
    "employment_thousand": (1e6, "per_1000_inhabitants"),  # thousand persons -> per 1,000 inhabitants
}
# Totals (not rates): country and EU-27 values dwarf the areas', so the caption suggests the index.
TOTALS = frozenset({
    "population_jan1", "population_jan1_prev_release", "gdp_mio_eur", "employment_thousand", "area_km2",
})
# Parameters that other parts of the app own; they are neither parsed nor reported here.
GLOBAL_PARAMS = frozenset({"lang", "present"})
PARAMS = ("ind", "areas", "year", "from", "to", "view", "chart", "x", "bench", "norm", "colour")
YEAR_LIMITS = (1900, 2100)
NO_BENCHMARK = {"", "none"}


@dataclass(frozen=True)
class Notice:
    """Why a URL parameter was not used as given: a message key of strings/compare.py and its values."""

    key: str
    param: str
    value: str = ""

    def values(self) -> dict[str, str]:
        """Return the placeholders of the message."""
        return {"param": self.param, "value": self.value}


@dataclass(frozen=True)
class CompareState:
    """Everything the Compare page shows; None for year/from/to/x means 'chosen from the data' (documented)."""

    ind: str = DEFAULT_INDICATOR
    areas: tuple[str, ...] = ()
    year: int | None = None
    year_from: int | None = None
    year_to: int | None = None
    view: str = "chart"
    chart: str = "line"
    x: str | None = None
    bench: tuple[str, ...] = ()
    norm: str = "none"
    colour: str = "area"
    notices: tuple[Notice, ...] = field(default=(), compare=False, hash=False)

    def with_(self, **changes: object) -> CompareState:
        """Return a copy with some fields changed (and no notices)."""
        values = {name: getattr(self, name) for name in self.__dataclass_fields__ if name != "notices"}
        values.update(changes)
        return CompareState(**values)  # type: ignore[arg-type]


def default_indicator(indicator_ids: Sequence[str]) -> str:
    """Return population_jan1 if the catalogue has it, else its first indicator."""
    return DEFAULT_INDICATOR if DEFAULT_INDICATOR in indicator_ids else indicator_ids[0]


def default_x(ind: str, indicator_ids: Sequence[str]) -> str:
    """Return the scatter's x indicator when none is chosen: a fixed preference, never the y indicator."""
    for candidate in (*DEFAULT_X, *indicator_ids):
        if candidate != ind and candidate in indicator_ids:
            return candidate
    return ind


def per_capita_allowed(indicator_id: str) -> bool:
    """True if per capita values of this indicator are meaningful (a total, not a rate or population itself)."""
    return indicator_id in PER_CAPITA


def parse_state(
    params: Mapping[str, object],
    indicator_ids: Sequence[str],
    area_ids: Sequence[str],
    years: Mapping[str, Collection[int]],
) -> CompareState:
    """Parse untrusted URL parameters into a valid state; every value not used as given leaves a Notice."""
    notices: list[Notice] = []

    def note(key: str, param: str, raw: object) -> None:
        notices.append(Notice(key, param, shown(raw)))

    unknown = [name for name in params if name not in PARAMS and name not in GLOBAL_PARAMS]
    if unknown:  # one notice for all of them, however many a hostile link carries
        note("unknown_param", "", ", ".join(str(name) for name in unknown))

    ind, bad = parse_choice(params.get("ind"), indicator_ids, default_indicator(indicator_ids))
    if bad is not None:
        note("bad_value", "ind", bad)
    areas, bad = parse_list(params.get("areas"), area_ids, area_ids)
    if bad is not None:
        note("bad_value", "areas", bad)
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
        bench, bad = parse_list(raw_bench, BENCHMARKS, [])
        if bad is not None:
            note("bad_value", "bench", bad)

    norm, bad = parse_choice(params.get("norm"), NORMS, "none")
    if bad is not None:
        note("bad_value", "norm", bad)
    if norm == "per_capita" and not per_capita_allowed(ind):
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
        notices=tuple(notices),
    )


def to_params(state: CompareState) -> dict[str, str]:
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
    if state.bench:
        params["bench"] = ",".join(state.bench)
    return params
