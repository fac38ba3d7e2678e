"""Data tests on the shipped data/: the check passes, and the known traps are handled as documented."""

from __future__ import annotations

import csv
import re

import pytest

from dashboard.cards.area_cards import card_markdown
from dashboard.data import queries
from dashboard.data.check import check_data_dir
from dashboard.data.paths import DATA_DIR

AREAS = ["genova", "torino", "warszawa", "bucuresti", "barcelona", "skopje", "goteborg", "tirana"]


def read(rel: str) -> list[dict[str, str]]:
    with (DATA_DIR / rel).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_check_passes_on_shipped_data():
    report = check_data_dir(DATA_DIR)
    assert [str(p) for p in report.problems] == []
    assert report.areas == len(read("areas.csv"))
    assert report.values_without_source == 0 and report.facts_without_source == 0


def test_the_areas_in_order(real_con):
    assert queries.areas(real_con)["area_id"].tolist() == AREAS


def test_skopje_is_mk008_never_mk004():
    skopje = {r["nuts_code"] for r in read("indicators/skopje.csv")}
    assert "MK008" in skopje
    everything = "".join((DATA_DIR / p).read_text(encoding="utf-8") for p in ("areas.csv", "indicators/skopje.csv"))
    assert "MK004" not in everything.replace("not MK004", "")


@pytest.mark.parametrize(("area", "components"), [("warszawa", ["PL911", "PL912", "PL913"]),
                                                  ("bucuresti", ["RO321", "RO322"])])
def test_aggregate_population_is_the_sum_of_its_regions(area, components):
    rows = [r for r in read(f"indicators/{area}.csv") if r["indicator_id"] == "population_jan1" and r["value"]]
    by = {(r["nuts_code"], r["year"]): float(r["value"]) for r in rows}
    aggregate = "+".join(components)
    years = sorted({y for code, y in by if code == aggregate})
    assert years
    for year in years:
        assert by[(aggregate, year)] == sum(by[(c, year)] for c in components)


def test_missing_values_are_empty_not_zero_and_explained():
    for path in sorted((DATA_DIR / "indicators").glob("*.csv")):
        if path.name == "catalog.csv":
            continue
        for row in read(f"indicators/{path.name}"):
            if not row["value"]:
                assert row["note"], (path.name, row)


def test_every_catalog_indicator_has_values(real_con):
    catalog = queries.indicator_catalog(real_con)["indicator_id"].tolist()
    assert len(catalog) == len(read("indicators/catalog.csv"))
    for indicator in catalog:
        assert not queries.indicator_series(real_con, indicator, AREAS, 1900, 2100).empty, indicator


def test_body_type_is_a_labelled_classification():
    rows = [r for r in read("governance.csv") if r["attribute"] == "body_type"]
    # The governance research covers the Metro Case areas (the Italian set has no governance rows yet).
    metro_case = [r["area_id"] for r in read("areas.csv") if "metro_case" in r["comparison_sets"].split(";")]
    assert sorted(r["area_id"] for r in rows) == sorted(metro_case)
    assert all(r["status"] == "classified" and r["value"] and r["note"] for r in rows)  # a judgement, explained


def test_every_number_on_the_overview_traces_to_a_sourced_row(real_con):
    facts = {(r["area_id"], r["attribute"]): r for r in read("governance.csv")}
    cards = queries.area_cards(real_con)
    checked = filled = 0
    for _, card in cards.iterrows():
        text = card_markdown(card, "en")
        for label, attribute in (("Population", "population"), ("Member municipalities", "n_member_municipalities")):
            line = next(ln for ln in text.splitlines() if ln.startswith(f"**{label}:**"))
            row = facts[(card["area_id"], attribute)]
            filled += bool(row["value"])
            if not row["value"]:
                assert "n/a" in line
                continue
            number = re.search(r"\*\* ([\d,]+)", line).group(1).replace(",", "")
            assert float(number) == float(row["value"])
            assert f"]({row['source_url']})" in line or row["source_url"].replace("(", "%28") in line
            if row["year"]:
                assert f"({row['year']})" in line
            checked += 1
    assert checked == filled > 0  # every filled fact was traced, and there were some


def test_derived_facts_are_marked_on_the_overview_and_in_the_matrix(real_con):
    from dashboard.cards.governance_cells import FACT_ATTRIBUTES, matrix_cells

    rows = read("governance.csv")
    derived = [(r["area_id"], r["attribute"]) for r in rows if r["status"] == "derived" and r["value"]]
    assert ("warszawa", "body_name_en") in derived
    cards = queries.area_cards(real_con).set_index("area_id", drop=False)
    assert "Warsaw Metropolis Association ‡" in card_markdown(cards.loc["warszawa"], "en")
    assert "‡" not in card_markdown(cards.loc["genova"], "en").split("**Population")[0]
    areas = queries.areas(real_con)
    ids = areas["area_id"].tolist()
    cells = matrix_cells(areas, queries.governance_facts(real_con, ids, FACT_ATTRIBUTES),
                         queries.core_city_share(real_con, ids), "en")
    from dashboard.cards.governance_cells import cell_markdown

    for area_id, attribute in derived:
        cell = cells[(cells["area_id"] == area_id) & (cells["attribute"] == attribute)].iloc[0]
        assert "‡" in cell_markdown(cell, "en")
