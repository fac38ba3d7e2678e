"""The Compare page's view state: one frozen, valid state, its choices and defaults (no URL parsing here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

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
