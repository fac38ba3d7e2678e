"""Known breaks in the series (census revisions, a change of Eurostat release), from data/README.md's caveats."""

from __future__ import annotations

# Country -> years whose population-based values are not comparable with earlier years (census revisions).
# AL 2025 carries no producer flag, RO 2021 and MK 2021 only show as net-migration adjustments: hence this list.
CENSUS_BREAKS: dict[str, tuple[int, ...]] = {
    "AL": (2025,),
    "PL": (2021,),
    "MK": (2021, 2022),
    "RO": (2021,),
}
# Indicators computed from population counts, so a census revision breaks them too.
POPULATION_BASED = frozenset({
    "population_jan1", "population_jan1_prev_release", "share_pop_65plus_pct", "old_age_dependency_ratio",
    "population_density_derived", "net_migration_crude_rate",
})
# nama_10r_3gdp: 2014-2020 from the release of 21/02/2023, 2021-2022 from a newer one that revises earlier years.
RELEASE_BREAK_INDICATORS = frozenset({
    "gdp_mio_eur", "gdp_eur_per_inhabitant", "gdp_pps_per_inhabitant", "gdp_pps_per_inhabitant_index_eu27",
})
RELEASE_BREAK_YEARS = (2020, 2021)


def census_affected(indicator_id: str, per_capita: bool = False) -> bool:
    """True if census revisions break this indicator (or its per-capita form, through the population)."""
    return indicator_id in POPULATION_BASED or per_capita


def is_census_break(country: str, year: int) -> bool:
    """True if year is a census break for the country."""
    return year in CENSUS_BREAKS.get(country, ())


def release_break_shown(indicator_id: str, first: int, last: int) -> bool:
    """True if the years shown span the GDP release break (2020 -> 2021)."""
    low, high = RELEASE_BREAK_YEARS
    return indicator_id in RELEASE_BREAK_INDICATORS and first <= low and last >= high
