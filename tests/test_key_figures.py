"""Overview key figures: one year per indicator chosen from the data, values as in the files, n/a with the reason."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.cards.key_figures import key_figures, shown_year, value_cell
from dashboard.data import queries
from tests import shipped

FIXTURE = (("fx_pop", "overview.key.population"), ("fx_rate", "overview.key.density"))


def figures(con, indicators, lang="en"):
    cards = queries.area_cards(con)
    catalog = queries.indicator_catalog(con).set_index("indicator_id", drop=False)
    ids = cards["area_id"].tolist()
    rows = pd.concat([queries.indicator_series(con, ind, ids, 1900, 2100) for ind, _ in indicators])
    return key_figures(rows, catalog, indicators, cards, lang)


def test_fixture_figures_take_the_year_most_areas_have_and_mark_what_is_derived(fixture_con):
    table, notes = figures(fixture_con, FIXTURE)  # made-up fixture data: areas A and B
    assert list(table.columns) == ["Area", "Population (2021)", "Per km² (2021)", "Body type †"]
    cells = table.set_index("Area")
    assert cells["Population (2021)"].tolist() == ["110 b", "80 e ‡"]  # B: the derived sum of its two regions
    assert cells["Per km² (2021)"].tolist() == ["1.5 ‡", "2.5"]
    assert cells["Body type †"].tolist() == ["Special-status metropolitan city †", "Informal/soft coordination †"]
    assert "Fixture population, 2021: persons; source: Fixture dataset (fixture)." in notes
    assert "Eurostat flags: b = break in time series; e = estimated." in notes
    assert any(note.startswith("‡ Derived") for note in notes) and any("own classification" in n for n in notes)


def test_an_area_without_a_value_in_the_year_shown_is_n_a(fixture_con):
    cards = queries.area_cards(fixture_con)
    catalog = queries.indicator_catalog(fixture_con).set_index("indicator_id", drop=False)
    rows = queries.indicator_series(fixture_con, "fx_pop", ["fixture_a", "fixture_b"], 2022, 2023)
    table, notes = key_figures(rows, catalog, FIXTURE[:1], cards, "it")
    assert table["Popolazione (2023)"].tolist() == ["130", "n.d.: nessun valore nel set di dati"]
    assert not any(note.startswith("‡") for note in notes)  # nothing derived is shown


def test_a_missing_value_shows_its_reason_and_flags_show():
    row = pd.Series({"value": float("nan"), "flag": "", "note": "not available in extract (:); more"})
    assert value_cell(row, 0, "it") == "n.d.: not available in extract (:)"
    assert value_cell(pd.Series({"value": 1234.5, "flag": "p", "note": ""}), 1, "it") == "1.234,5 p"
    assert shown_year(pd.DataFrame({"geo": ["a", "b", "a"], "year": [2020, 2020, 2021], "value": [1.0, 2.0, 3.0]})) \
        == 2020


@pytest.mark.parametrize("lang", ["en", "it"])
def test_real_population_is_the_files_value_for_every_area(real_con, lang):
    table, _ = figures(real_con, (("population_jan1", "overview.key.population"),), lang)
    header = table.columns[1]
    year = int(header.rsplit("(", 1)[1].rstrip(")"))
    for area, cell in zip(shipped.areas(), table[header], strict=True):
        headline = [r for r in shipped.rows(f"indicators/{area['area_id']}.csv")
                    if r["indicator_id"] == "population_jan1" and r["nuts_code"] == area["indicator_geo"]]
        row = {int(r["year"]): r for r in headline}[year]
        if row["value"]:
            assert cell.split(" ")[0].replace(",", "").replace(".", "") == str(int(float(row["value"])))
        else:
            assert cell.startswith("n/a" if lang == "en" else "n.d.")


@pytest.mark.parametrize("lang", ["en", "it"])
def test_overview_shows_the_map_and_key_figures_above_the_cards(lang):
    from dashboard.i18n import t
    from tests.test_app import run_app

    at = run_app(lang=lang)
    (chart,) = at.get("plotly_chart")
    import json

    traces = json.loads(chart.proto.spec)["data"]
    names = [trace.get("name") for trace in traces if trace["type"] == "choroplethmap"]
    assert names == [area[f"short_{lang}"] for area in shipped.areas()]
    table = at.table[0].value
    assert len(table) == len(shipped.areas()) and t("overview.key.body_type", lang) in table.columns
    assert any(t("map.attribution", lang) in c.value for c in at.caption)


def test_an_area_without_governance_research_says_so(real_con):
    cards = queries.area_cards(real_con, "italy_14")
    catalog = queries.indicator_catalog(real_con).set_index("indicator_id", drop=False)
    rows = queries.indicator_series(real_con, "population_jan1", cards["area_id"].tolist(), 1900, 2100)
    table, _ = key_figures(rows, catalog, (("population_jan1", "overview.key.population"),), cards, "en")
    body = dict(zip(table["Area"], table["Body type †"], strict=True))
    assert body["Milano"] == "n/a: not in the governance research" and body["Genova"].endswith("†")
