"""Values this project derives from others (changes, shares, per-inhabitant ratios) and Eurostat flag unions.

One implementation for scripts/build_data.py, `refresh` and partner submissions, so that a corrected input
recomputes its derived values the same way the build made them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

# Derived here, not by the producer or the research: each value's note gives the formula and its inputs.
DERIVED_HERE = ("population_change_1y_pct", "population_change_5y_pct", "gdp_eur_per_inhabitant_change_pct",
                "tourism_nights_foreign_share_pct", "tourism_nights_per_inhabitant")
EUROSTAT = re.compile(r"^(derived from )?Eurostat\b")
WHOLE_COUNTRY = re.compile(r"^([A-Z]{2})00$")  # a NUTS-2 code XX00 is the whole country XX (e.g. MK00 = MK)
Row = dict[str, str]
Add = Callable[[str, Row, float, list[Row], list[str], str, str], None]


@dataclass(frozen=True)
class Rules:
    """What the derivations need to know of a data set: census breaks, and regions of exactly the same territory."""

    census_breaks: tuple[tuple[str, int], ...]  # (country, first year not comparable with earlier ones); '' = all
    same_territory: Mapping[str, str]  # NUTS-2 code -> the code whose population covers exactly its territory

    def break_between(self, code: str, first: int, last: int) -> bool:
        """True if a census break of the code's country lies in (first, last]."""
        return any(geo in ("", code[:2]) and first < year <= last for geo, year in self.census_breaks)

    def population_code(self, code: str) -> str:
        """The code whose population is the population of exactly this region."""
        if code in self.same_territory:
            return self.same_territory[code]
        whole = WHOLE_COUNTRY.match(code)
        return whole.group(1) if whole else code


def rules_from_tables(breaks: Iterable[Row], areas: Iterable[Row]) -> Rules:
    """Read the rules from breaks.csv (population-based breaks) and areas.csv (nuts2_same -> indicator_geo)."""
    census = tuple((b["geo"], int(b["year"])) for b in breaks if b["scope"] == "population_based")
    same = {a["nuts2_same"]: a["indicator_geo"] for a in areas if a.get("nuts2_same")}
    return Rules(census, same)


def union_flags(flags: Iterable[str]) -> str:
    """Return the union of Eurostat flag letters, in b, e, p order."""
    letters = set("".join(flags))
    return "".join(x for x in "bep" if x in letters) + "".join(sorted(letters - set("bep")))


def number_text(value: float) -> str:
    """A derived number as text, rounded to 2 decimals, without a trailing '.0'."""
    text = f"{round(value, 2):.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def join(*parts: str) -> str:
    """Join non-empty note parts with '; '."""
    return "; ".join(p for p in parts if p)


def _source(default: str, inputs: list[Row]) -> str:
    """The derived value's source: the producer's dataset, or the other sources (a partner's) it comes from."""
    others = [r["source"] for r in inputs if not EUROSTAT.match(r["source"])]
    return default if not others else "derived from " + "; ".join(dict.fromkeys(others))


def derive_rows(rows: Iterable[Row], rules: Rules) -> list[Row]:
    """The DERIVED_HERE values from the rows with a value (keys: area_id, geo, indicator_id, nuts_code, year, ...).

    `area_id` is the table a row belongs to (an area, or the benchmark geo). A change is left out where its two
    inputs come from different releases or sources (source_copy) or a census break lies between them.
    """
    have = [r for r in rows if r["value"] != ""]
    by = {(r["indicator_id"], r["area_id"], r["nuts_code"], int(r["year"])): r for r in have}
    # Population by region code alone: MK00's population is the country row MK, held among the benchmarks.
    population = {(r["nuts_code"], int(r["year"])): r for r in have if r["indicator_id"] == "population_jan1"}
    out: list[Row] = []

    def add(iid: str, r: Row, value: float, inputs: list[Row], copies: list[str], note: str, source: str) -> None:
        out.append({"area_id": r["area_id"], "geo": r["geo"], "indicator_id": iid, "nuts_code": r["nuts_code"],
                    "year": r["year"], "value": number_text(value), "flag": union_flags(i["flag"] for i in inputs),
                    "status": "derived", "source": _source(source, inputs),
                    "source_copy": " ; ".join(dict.fromkeys(copies)), "note": note})

    for (iid, area, code, year), r in by.items():
        if iid == "population_jan1":
            for lag, target in ((1, "population_change_1y_pct"), (5, "population_change_5y_pct")):
                old = by.get((iid, area, code, year - lag))
                if old is None or old["source_copy"] != r["source_copy"] or rules.break_between(code, year - lag, year):
                    continue
                add(target, r, (float(r["value"]) / float(old["value"]) - 1) * 100, [r, old], [r["source_copy"]],
                    f"derived: ({r['value']} ÷ {old['value']} − 1) × 100, population_jan1 {year} and {year - lag}",
                    "derived from Eurostat demo_r_pjanaggr3")
        elif iid == "gdp_eur_per_inhabitant":
            old = by.get((iid, area, code, year - 1))
            if old is not None and old["source_copy"] == r["source_copy"]:
                add("gdp_eur_per_inhabitant_change_pct", r, (float(r["value"]) / float(old["value"]) - 1) * 100,
                    [r, old], [r["source_copy"]],
                    f"derived: ({r['value']} ÷ {old['value']} − 1) × 100, gdp_eur_per_inhabitant {year} and {year - 1}",
                    "derived from Eurostat nama_10r_3gdp")
        elif iid == "tourism_nights_total_nr":
            _tourism(add, by, population, rules, r, area, code, year)
    return out


def _tourism(add: Add, by: Mapping[tuple[str, str, str, int], Row], population: Mapping[tuple[str, int], Row],
             rules: Rules, r: Row, area: str, code: str, year: int) -> None:
    """The foreign share of nights and the nights per inhabitant of one region and year."""
    foreign = by.get(("tourism_nights_foreign_nr", area, code, year))
    if foreign is not None and float(r["value"]) > 0:
        add("tourism_nights_foreign_share_pct", r, float(foreign["value"]) / float(r["value"]) * 100, [r, foreign],
            [r["source_copy"], foreign["source_copy"]],
            join(f"derived: {foreign['value']} ÷ {r['value']} × 100, nights by non-residents ÷ all nights, {code}"
                 f" {year}", r["note"]), "derived from Eurostat tour_occ_nin2")
    pop_code = rules.population_code(code)
    pop = population.get((pop_code, year))
    if pop is not None:
        same = "" if pop_code == code else f" ({pop_code}: the same territory as {code})"
        add("tourism_nights_per_inhabitant", r, float(r["value"]) / float(pop["value"]), [r, pop],
            [r["source_copy"], pop["source_copy"]],
            join(f"derived: {r['value']} nights ÷ {pop['value']} inhabitants on 1 January, {code} {year}{same}",
                 r["note"]), "derived from Eurostat tour_occ_nin2 and demo_r_pjanaggr3")
