"""Governance page layers: queries on fixture data, matrix cells on the real data, the competence heatmap."""

from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard.cards.governance_cells import (
    FACT_ATTRIBUTES,
    MATRIX_ATTRIBUTES,
    cell_markdown,
    matrix_cells,
    matrix_markdown,
    profile_markdown,
    share_row,
)
from dashboard.data import queries
from dashboard.figures.governance import LEVEL_COLOURS, competence_heatmap
from dashboard.figures.palette import area_colours
from dashboard.i18n import t
from tests.figure_checks import axis_text_problems

LINK = re.compile(r"\]\(https?://")


@pytest.mark.parametrize(
    ("area_ids", "expected"),
    [
        # same reference year: derived share; different years: no share, both years kept for the reason
        (["fixture_a", "fixture_b"], [("fixture_a", 2023, 2023, 40.0), ("fixture_b", 2020, 2021, None)]),
        (["fixture_c"], [("fixture_c", None, None, None)]),  # an area without facts still gets its row
        ([], []),
    ],
)
def test_core_city_share(fixture_con, area_ids, expected):
    frame = queries.core_city_share(fixture_con, area_ids)
    got = [
        (r.area_id, None if pd.isna(r.core_year) else r.core_year, None if pd.isna(r.population_year)
         else r.population_year, None if pd.isna(r.share_pct) else r.share_pct)
        for r in frame.itertuples()
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("area_ids", "expected"),
    [
        (["fixture_a"], [("fixture_a", "fx_planning", "held", "https://example.org/fixture-a"),
                         ("fixture_a", "fx_transport", "unknown", "https://example.org/fixture-a")]),
        # no competence list in governance.csv: the list source stays missing
        (["fixture_b"], [("fixture_b", "fx_planning", "shared", None), ("fixture_b", "fx_transport", "unknown", None)]),
        (["atlantis"], []),
    ],
)
def test_competence_grid(fixture_con, area_ids, expected):
    frame = queries.competence_grid(fixture_con, area_ids)
    got = [(r.area_id, r.competence, r.level, None if pd.isna(r.list_source_url) else r.list_source_url)
           for r in frame.itertuples()]
    assert got == expected


def _share(core, pop, core_year, pop_year, pct=None):
    return pd.Series({
        "area_id": "x", "core_city_population": core, "population": pop, "core_year": core_year,
        "population_year": pop_year, "share_pct": pct, "core_source_url": "https://a.org/core",
        "population_source_url": "https://a.org/pop",
    })


@pytest.mark.parametrize(
    ("share", "lang", "shown"),
    [
        (_share(400.0, 1000.0, 2023, 2023, 40.0), "en", "40.0 %"),
        (_share(400.0, 1000.0, 2023, 2023, 40.0), "it", "40,0 %"),
        (_share(400.0, 1000.0, 2021, 2023), "en", "n/a: different reference years (2021 vs 2023)"),
        (_share(400.0, 1000.0, 2021, 2023), "it", "n.d.: anni di riferimento diversi (2021 vs 2023)"),
        (_share(None, 1000.0, None, 2023), "en", "n/a: a population figure is missing"),
        (_share(400.0, 1000.0, None, 2023), "en", "n/a: reference year not stated"),
    ],
)
def test_share_is_derived_only_for_the_same_year(share, lang, shown):
    row = share_row(share, lang)
    assert row["shown"] == shown
    assert row["status"] == "derived"
    assert (row["source_url"], row["second_source_url"]) == ("https://a.org/core", "https://a.org/pop")


@pytest.fixture(scope="module")
def real_cells(real_con):
    areas = queries.areas(real_con)
    ids = areas["area_id"].tolist()
    facts = queries.governance_facts(real_con, ids, FACT_ATTRIBUTES)
    return areas, matrix_cells(areas, facts, queries.core_city_share(real_con, ids), "en")


def test_matrix_has_every_area_and_attribute(real_cells):
    areas, cells = real_cells
    assert len(areas) == 8
    assert len(cells) == 8 * len(MATRIX_ATTRIBUTES)
    assert set(cells["attribute"]) == set(MATRIX_ATTRIBUTES)


def test_every_non_empty_cell_leads_to_a_source_and_every_empty_cell_says_why(real_cells):
    areas, cells = real_cells
    for _, cell in cells.iterrows():
        text = cell_markdown(cell, "en")
        if pd.isna(cell["value"]):
            assert text.startswith("n/a\\: ") and len(text) > len("n/a\\: "), (cell["area_id"], cell["attribute"])
        else:
            assert LINK.search(text), (cell["area_id"], cell["attribute"], text)


def test_matrix_tables_link_every_filled_cell(real_cells):
    areas, cells = real_cells
    tables = matrix_markdown(cells, areas, "en")
    assert len(tables) == 2
    shown_cells = [
        cell.strip() for table in tables for line in table.splitlines()[2:] for cell in line.strip("|").split(" | ")[1:]
    ]
    assert len(shown_cells) == 8 * len(MATRIX_ATTRIBUTES)
    for cell in shown_cells:
        assert cell.startswith("n/a") or LINK.search(cell), cell


@pytest.mark.parametrize(
    ("area_id", "attribute", "shown", "year", "status"),
    [
        ("genova", "core_city_share", "69.0 %", 2023, "derived"),  # 562,422 / 815,532, both 2023
        ("tirana", "core_city_share", "65.1 %", 2023, "derived"),
        ("warszawa", "core_city_share", "n/a: different reference years (2021 vs 2023)", None, "derived"),
        ("bucuresti", "core_city_share", "n/a: different reference years (2021 vs 2011)", None, "derived"),
        ("genova", "population", "815,532", 2023, "observed"),
        ("genova", "area_km2", "1,839.20", None, "observed"),  # precision as written in the source
        ("barcelona", "body_type", "Supra-municipal authority", None, "classified"),
        ("bucuresti", "budget_eur", "n/a: ADIZMB budget not found in sources searched (adizmb.ro 'Despre noi' lists "
         "only management)", None, "observed"),
    ],
)
def test_matrix_cell_values(real_cells, area_id, attribute, shown, year, status):
    _, cells = real_cells
    cell = cells[(cells["area_id"] == area_id) & (cells["attribute"] == attribute)].iloc[0]
    assert (cell["shown"], None if pd.isna(cell["year"]) else cell["year"], cell["status"]) == (shown, year, status)


def test_classified_rows_are_marked(real_cells):
    areas, cells = real_cells
    labels = [line.split(" | ")[0] for line in matrix_markdown(cells, areas, "en")[0].splitlines()]
    assert any("Body type" in label and "†" in label for label in labels)
    assert any("leadership" in label and "†" in label for label in labels)
    assert any("share" in label and "‡" in label for label in labels)


def test_profile_lists_competences_with_sources(real_con, real_cells):
    areas, cells = real_cells
    grid = queries.competence_grid(real_con, areas["area_id"].tolist())
    text = profile_markdown(areas[areas["area_id"] == "warszawa"].iloc[0], cells, grid, "it")
    assert "**Competenze condivise †:**" in text and "Fondi UE" in text
    assert LINK.search(text.split("Competenze condivise")[1])


@pytest.fixture(scope="module")
def heatmap(real_con):
    areas = queries.areas(real_con)
    grid = queries.competence_grid(real_con, areas["area_id"].tolist())
    return grid, competence_heatmap(grid, areas, "en"), areas


def test_heatmap_is_one_heatmap_with_text_labels_and_a_level_legend(heatmap):
    grid, figure, areas = heatmap
    assert isinstance(figure, go.Figure) and [trace.type for trace in figure.data] == ["heatmap"]
    trace = figure.data[0]
    assert len(trace.x) == len(areas) and len(trace.y) == grid["competence"].nunique()
    assert {label for row in trace.text for label in row} <= {"held", "shared", "not held", "unknown"}
    assert list(trace.colorbar.ticktext) == ["held", "shared", "not held", "unknown"]
    assert {c for _, c in trace.colorscale} == set(LEVEL_COLOURS.values())


def test_heatmap_columns_carry_the_fixed_area_colours(heatmap):
    _, figure, areas = heatmap
    colours = area_colours(areas)
    for area_id, tick in zip(areas["area_id"], figure.data[0].x, strict=True):
        assert colours[area_id] in tick


def test_heatmap_hover_gives_the_source_of_every_classified_cell(heatmap):
    grid, figure, _ = heatmap
    trace = figure.data[0]
    cells = [c for row in trace.customdata for c in row]
    for level, _note, source, _area in cells:
        if level in {"held", "shared", "not held"}:
            assert source.startswith("source: http"), (level, source)
        else:
            assert source.startswith(("not in the list read: http", "no source")), source
    assert t("gov.heat.classified", "en") in trace.hovertemplate


def test_heatmap_axis_text_is_dark_and_large_enough_for_a_projector(heatmap):
    _, figure, _ = heatmap
    assert not axis_text_problems(figure), axis_text_problems(figure)
