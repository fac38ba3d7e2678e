"""The Compare page's view state: one frozen, valid state, its choices and defaults (no URL parsing here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

VIEWS = ("chart", "map", "table")
CHARTS = ("bar", "line", "multiples", "scatter")
BENCHMARKS = ("partners", "country", "eu")
NORMS = ("none", "index", "per_capita")
COLOURS = ("area", "body_type")


@dataclass(frozen=True)
class PerCapita:
    """A per-capita rule of the catalogue: value × factor ÷ the denominator indicator of the same geo and year."""

    denominator: str
    factor: float
    unit_en: str
    unit_it: str

    def unit(self, lang: str) -> str:
        """Return the unit of the per-capita values in lang."""
        return self.unit_it if lang == "it" else self.unit_en


@dataclass(frozen=True)
class Rules:
    """What the catalogue and the comparison set say about indicators (hashable, so it can key a cache)."""

    default: str = ""
    per_capita: tuple[tuple[str, PerCapita], ...] = ()
    scatter_x: tuple[tuple[str, str], ...] = ()
    summable: frozenset[str] = frozenset()
    population_based: frozenset[str] = frozenset()
    caveats: tuple[tuple[str, str, str], ...] = ()

    def per_capita_rule(self, indicator_id: str) -> PerCapita | None:
        """Return the indicator's per-capita rule, or None if it has none."""
        return dict(self.per_capita).get(indicator_id)

    def caveat(self, indicator_id: str, lang: str) -> str:
        """Return the indicator's caveat in lang ('' if none)."""
        for ind, en, it in self.caveats:
            if ind == indicator_id:
                return it if lang == "it" else en
        return ""


def _text(value: object) -> str:
    """A catalogue cell as text ('' for missing)."""
    return value.strip() if isinstance(value, str) else ""


def _yes(value: object) -> bool:
    """A catalogue yes/no cell (a boolean from the view) as bool; missing is no."""
    return False if value is None or pd.isna(value) else bool(value)


def rules_from(catalog: pd.DataFrame, default: str = "") -> Rules:
    """Build the Rules from the indicator catalogue query and the comparison set's default indicator."""
    records = catalog.to_dict("records")
    per_capita = tuple(
        (r["indicator_id"], PerCapita(_text(r["per_capita_denominator"]), float(r["per_capita_factor"]),
                                      _text(r["per_capita_unit_en"]), _text(r["per_capita_unit_it"])))
        for r in records if _text(r["per_capita_denominator"]) and pd.notna(r["per_capita_factor"])
    )
    return Rules(
        default=default,
        per_capita=per_capita,
        scatter_x=tuple((r["indicator_id"], _text(r["scatter_x"])) for r in records if _text(r["scatter_x"])),
        summable=frozenset(r["indicator_id"] for r in records if _yes(r["summable"])),
        population_based=frozenset(r["indicator_id"] for r in records if _yes(r["population_based"])),
        caveats=tuple((r["indicator_id"], _text(r["caveat_en"]), _text(r["caveat_it"]))
                      for r in records if _text(r["caveat_en"]) or _text(r["caveat_it"])),
    )


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

    ind: str = ""
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
    highlight: tuple[str, ...] = ()  # areas drawn in colour with a direct label on lines; the others greyed
    notices: tuple[Notice, ...] = field(default=(), compare=False, hash=False)

    def with_(self, **changes: object) -> CompareState:
        """Return a copy with some fields changed (and no notices)."""
        values = {name: getattr(self, name) for name in self.__dataclass_fields__ if name != "notices"}
        values.update(changes)
        return CompareState(**values)  # type: ignore[arg-type]


def default_indicator(indicator_ids: Sequence[str], rules: Rules) -> str:
    """Return the comparison set's default indicator if the catalogue has it, else its first indicator."""
    return rules.default if rules.default in indicator_ids else indicator_ids[0]


def default_x(ind: str, indicator_ids: Sequence[str], rules: Rules) -> str:
    """Return the scatter's x indicator when none is chosen: the catalogue's scatter_x, never the y indicator."""
    for candidate in (dict(rules.scatter_x).get(ind, ""), *indicator_ids):
        if candidate != ind and candidate in indicator_ids:
            return candidate
    return ind


def per_capita_allowed(indicator_id: str, rules: Rules) -> bool:
    """True if the catalogue gives this indicator a per-capita rule (a total, not a rate or population itself)."""
    return rules.per_capita_rule(indicator_id) is not None
