"""The derived values (dashboard/updates/derive.py): the shipped data re-derives to itself; breaks and sources hold."""

from __future__ import annotations

from dashboard.data.paths import DATA_DIR
from dashboard.updates.derive import Rules, derive_rows
from dashboard.updates.values import changed_tables, rederive, rules_of, value_tables


def test_the_shipped_value_tables_re_derive_to_exactly_their_bytes():
    new = rederive(value_tables(DATA_DIR), rules_of(DATA_DIR))
    assert len(new) == 21 and changed_tables(DATA_DIR, new) == {}


def pop(year: int, value: str, copy: str = "release-1", source: str = "Eurostat demo_r_pjanaggr3") -> dict[str, str]:
    """A made-up fixture row of population_jan1 of region XA1 (country XA)."""
    return {"area_id": "fixture", "geo": "XA1", "indicator_id": "population_jan1", "nuts_code": "XA1",
            "year": str(year), "value": value, "flag": "", "status": "observed", "source": source,
            "source_copy": copy, "note": ""}


def test_changes_never_span_a_census_break_or_two_releases_and_name_a_partner_source():
    rules = Rules(census_breaks=(("XA", 2021),), same_territory={})
    rows = [pop(2019, "100"), pop(2020, "110"), pop(2021, "120"), pop(2022, "121", "release-2"),
            pop(2023, "130", "partner-submitted:sha256:ab", "Registry (submitted by partner fixture)"),
            pop(2024, "117", "partner-submitted:sha256:ab", "Registry (submitted by partner fixture)")]
    out = {(r["indicator_id"], r["year"]): r for r in derive_rows(rows, rules)}
    assert out[("population_change_1y_pct", "2020")]["value"] == "10"
    assert ("population_change_1y_pct", "2021") not in out  # the census break of 2021
    assert ("population_change_1y_pct", "2022") not in out and ("population_change_1y_pct", "2023") not in out
    partner = out[("population_change_1y_pct", "2024")]
    assert partner["value"] == "-10" and partner["source"] == "derived from Registry (submitted by partner fixture)"
    assert partner["source_copy"] == "partner-submitted:sha256:ab"
    assert out[("population_change_1y_pct", "2020")]["source"] == "derived from Eurostat demo_r_pjanaggr3"
