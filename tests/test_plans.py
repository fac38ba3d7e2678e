"""Strategic-plan layers: queries on fixture data, the timeline and themes figures, cards and comparison text."""

from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard.cards.plan_cards import card_markdown, compare_markdown, default_comparison
from dashboard.data import queries
from dashboard.figures.palette import area_colours, contrast
from dashboard.figures.plans import (
    THEME_ORDER,
    cut_label,
    edition_label,
    plan_labels,
    plan_spans,
    plan_timeline,
    theme_matrix,
)
from tests.figure_checks import axis_text_problems

LINK = re.compile(r"\]\(https?://")


@pytest.mark.parametrize(
    ("plan_ids", "expected"),
    [
        (["fixture_a_plan"], [(1, "Asse uno", "mobility"), (2, "Asse due", "environment_climate"),
                              (2, "Asse due", "spatial_planning")]),
        (["fixture_b_plan"], []),  # a plan without axes has no theme rows
        ([], []),
    ],
)
def test_plan_themes(fixture_con, plan_ids, expected):
    frame = queries.plan_themes(fixture_con, plan_ids)
    assert [(r.axis_no, r.axis_name, r.theme) for r in frame.itertuples()] == expected
    assert (frame["status"] == "classified").all()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ["fixture_a_plan", "fixture_b_plan"]),
        ("piano", ["fixture_a_plan"]),  # local name
        ("PLAN B", ["fixture_b_plan"]),  # English name, any case
        ("progetto", ["fixture_b_plan"]),  # Italian working title
        ("asse DUE", ["fixture_a_plan"]),  # axis name
        ("àsse", ["fixture_a_plan"]),  # accents ignored
        ("%", []),  # plain text: no wildcards
        ("_", []),
        ("x'; DROP TABLE raw_plans; --", []),
    ],
)
def test_plan_search(fixture_con, text, expected):
    assert queries.plan_search(fixture_con, ["fixture_a", "fixture_b"], text)["plan_id"].tolist() == expected
    assert len(queries.plans(fixture_con, ["fixture_a", "fixture_b"])) == 2


def test_plan_search_on_real_data_matches_axes_in_any_language(real_con):
    ids = queries.areas(real_con)["area_id"].tolist()
    assert "tirana_ppv_2030" in queries.plan_search(real_con, ids, "biodiversity")["plan_id"].tolist()
    assert "bucuresti_sidu" in queries.plan_search(real_con, ids, "orasul inovativ")["plan_id"].tolist()


@pytest.mark.parametrize(
    ("adoption", "h_start", "h_end", "shape", "start", "end"),
    [
        (2018, None, 2030, "bar", 2018, 2030),
        (None, 2021, 2027, "bar", 2021, 2027),  # no adoption year: the horizon's first year starts the bar
        (2017, None, None, "start_only", 2017, None),
        (None, None, 2030, "end_only", None, 2030),
        (None, None, None, "none", None, None),
    ],
)
def test_plan_spans(adoption, h_start, h_end, shape, start, end):
    plans = pd.DataFrame([{"plan_id": "p", "adoption_year": adoption, "horizon_start": h_start,
                           "horizon_end": h_end}]).astype({c: "Int32" for c in ("adoption_year", "horizon_start",
                                                                                 "horizon_end")})
    span = plan_spans(plans).iloc[0]
    got = (span["shape"], None if pd.isna(span["start"]) else span["start"],
           None if pd.isna(span["end"]) else span["end"])
    assert got == (shape, start, end)


@pytest.mark.parametrize(("edition", "label"), [("2", "ed. 2"), ("3 (after 1998 and 2005 strategies)", "ed. 3"),
                                                ("version 3", ""), (None, "")])
def test_edition_label(edition, label):
    assert edition_label(edition) == label


@pytest.fixture(scope="module")
def real_plans(real_con):
    areas = queries.areas(real_con)
    plans = queries.plans(real_con, areas["area_id"].tolist())
    ids = plans["plan_id"].tolist()
    return areas, plans, queries.plan_axes(real_con, ids), queries.plan_themes(real_con, ids)


def test_timeline_has_every_area_and_colours_each_plan_by_its_area(real_plans):
    areas, plans, _, _ = real_plans
    figure = plan_timeline(plans, areas, "en")
    assert isinstance(figure, go.Figure)
    drawn = [tr for tr in figure.data if tr.hovertext]
    assert {tr.type for tr in drawn} == {"bar", "scatter"}
    rows = sum(len(tr.y[0]) for tr in drawn)
    assert rows == int((plan_spans(plans)["shape"] != "none").sum())
    short = dict(zip(areas["short_en"], areas["area_id"], strict=True))
    colours = area_colours(areas)
    assert {short[name] for tr in drawn for name in tr.y[0]} == set(areas["area_id"])
    for trace in drawn:
        for name, colour in zip(trace.y[0], trace.marker.color, strict=True):
            assert colour == colours[short[name]]


def test_timeline_hover_gives_adoption_horizon_status_and_source(real_plans):
    areas, plans, _, _ = real_plans
    figure = plan_timeline(plans, areas, "en")
    hovers = [h for tr in figure.data if tr.hovertext for h in tr.hovertext]
    assert hovers and all("source: http" in h and "Adopted:" in h and "Horizon:" in h and "†" in h for h in hovers)
    legend = [tr.name for tr in figure.data if tr.showlegend]
    assert "In force †" in legend and "In preparation †" in legend


def test_theme_matrix_counts_axes_per_theme_and_names_them(real_plans):
    areas, plans, _, themes = real_plans
    figure = theme_matrix(themes, plans, areas, "it")
    trace = figure.data[0]
    assert trace.type == "heatmap" and len(trace.x) == len(THEME_ORDER)
    assert len(trace.y) == themes["plan_id"].nunique()
    assert sum(sum(row) for row in trace.z) == len(themes)
    assert all(label.endswith("†") for label in trace.x) and "Mobilità †" in trace.x
    for z_row, custom_row in zip(trace.z, trace.customdata, strict=True):
        for count, (_, _, axes, source) in zip(z_row, custom_row, strict=True):
            assert (count > 0) == source.startswith("fonte: http")
            assert count == 0 or axes.count(". ") >= count
    assert "classificazione del progetto" in trace.hovertemplate
    assert any(colour in tick for tick in trace.y for colour in area_colours(areas).values())


def test_card_has_every_field_and_links_its_document(real_plans):
    areas, plans, axes, themes = real_plans
    plan = plans[plans["plan_id"] == "genova_psm_2017"].iloc[0]
    text = card_markdown(plan, "Metropolitan City of Genoa", axes, themes, "en")
    for label in ("**Area:**", "**Type:**", "**Edition:**", "**Adopted:** 2017", "**Horizon:**",
                  "**Status:** Unclear †", "**EU-fund links:** n/a", "\\(the source states 5\\)",
                  "**Document and sources:** [source](https://"):
        assert label in text, label
    assert "1\\. «coordinare il cambiamento» \\(IT\\) — *Governance & cooperation †*" in text  # as written, marked


def test_card_without_axes_or_adoption_says_why(real_plans):
    areas, plans, axes, themes = real_plans
    plan = plans[plans["plan_id"] == "skopje_gup_2022_2032"].iloc[0]
    text = card_markdown(plan, "City of Skopje", axes, themes, "it")
    # The research's English text stays as written, marked with its language on the Italian page.
    assert "**Adozione:** n\\.d\\.\\: anno di adozione non indicato nelle fonti lette — «contract signed" in text
    assert "Skopje and Agency for Spatial Planning» \\(EN\\)" in text
    assert "n\\.d\\.\\: assi non rilevati nelle fonti lette" in text


def test_cards_give_a_working_title_in_the_page_language_beside_the_original(real_plans):
    areas, plans, axes, themes = real_plans
    by_id = plans.set_index("plan_id", drop=False)
    skopje = card_markdown(by_id.loc["skopje_gup_2022_2032"], "Skopje", axes, themes, "it").splitlines()
    assert skopje[:2] == ["#### Генерален урбанистички план на Град Скопје 2022\\-2032",
                          "*Piano urbanistico generale della Città di Skopje 2022\\-2032 "
                          "\\(traduzione di lavoro del progetto\\)*"]
    english = card_markdown(by_id.loc["skopje_gup_2022_2032"], "Skopje", axes, themes, "en")
    assert "General Urban Plan of the City of Skopje 2022\\-2032 \\(working translation by the project\\)" in english
    # A plan named in Italian needs no Italian title; its date is said in the page's words.
    torino_it = card_markdown(by_id.loc["torino_psm_2018"], "Torino", axes, themes, "it")
    assert torino_it.splitlines()[1] == ""
    assert "approvato il 16 maggio 2018" in torino_it
    assert "approved 16 May 2018" in card_markdown(by_id.loc["torino_psm_2018"], "Torino", axes, themes, "en")


def test_comparison_puts_plans_side_by_side_with_sources(real_plans):
    areas, plans, axes, themes = real_plans
    names = dict(zip(areas["area_id"], areas["name_en"], strict=True))
    chosen = plans[plans["plan_id"].isin(default_comparison(plans, axes))]
    table = compare_markdown(chosen, names, axes, themes, "en")
    lines = table.splitlines()
    assert len(lines[0].split(" | ")) == 3 and len(lines) == 2 + 11
    assert all(LINK.search(cell) for cell in lines[-1].strip("| ").split(" | ")[1:])
    assert default_comparison(plans, axes) == ["genova_psm_2017", "torino_psm_2021"]


@pytest.mark.parametrize("lang", ["en", "it"])
def test_timeline_and_matrix_text_is_dark_and_large_enough_for_a_projector(real_plans, lang):
    areas, plans, _, themes = real_plans
    for figure in (plan_timeline(plans, areas, lang), theme_matrix(themes, plans, areas, lang)):
        assert not axis_text_problems(figure), axis_text_problems(figure)
        legend = figure.layout.legend.font
        assert legend.color is None or contrast(legend.color, "#FFFFFF") >= 4.5


def test_timeline_shows_the_years_on_top_as_well(real_plans):
    areas, plans, _, _ = real_plans
    figure = plan_timeline(plans, areas, "en")
    top = [name for name, axis in figure.to_plotly_json()["layout"].items()
           if name.startswith("xaxis") and axis.get("side") == "top"]
    assert top, "no year axis on top"
    (name,) = top
    axis = figure.layout[name]
    assert axis.matches == "x" and axis.dtick == figure.layout.xaxis.dtick  # the same years as below
    assert any(getattr(trace, "xaxis", None) == name.replace("axis", "") for trace in figure.data)  # else not drawn
    # Compact rows: with about 20 plans the top years fall in the first screen of a 1280x720 projector.
    assert figure.layout.height <= 160 + 26 * len(plans)


@pytest.mark.parametrize("lang", ["en", "it"])
def test_timeline_rows_are_one_per_plan_with_labels_cut_between_words(real_plans, lang):
    areas, plans, _, _ = real_plans
    figure = plan_timeline(plans, areas, lang)
    rows = list(zip(*figure.data[0].y, strict=True))
    assert len(set(rows)) == len(rows)  # two editions never share a row
    titles = dict(zip(plans["plan_id"], plans[f"name_{lang}"], strict=True))
    labels = plan_labels(plans, lang)
    assert set(labels) == set(titles)
    for plan_id, title in titles.items():
        label = labels[plan_id]
        if label.endswith("…"):
            assert title.startswith(label[:-1]) and title[len(label) - 1] in " ,-–(:"
        else:
            assert label == title
    hovers = " ".join(h for trace in figure.data if trace.hovertext for h in trace.hovertext)
    drawn = plan_spans(plans).query("shape != 'none'")["plan_id"]
    assert all(titles[p] in hovers for p in drawn)  # the full title, never cut, in the hover


@pytest.mark.parametrize(
    ("name", "width", "label"),
    [
        ("Short name", 40, "Short name"),
        ("Concetto Strategico Bucarest 2035 (CSB2035) - Strategia di sviluppo", 48,
         "Concetto Strategico Bucarest 2035 (CSB2035)…"),
        ("Strategia di sviluppo della città di Varsavia fino al 2030", 40, "Strategia di sviluppo della città di…"),
        ("Averyveryverylongsingleword", 10, "Averyvery…"),
    ],
)
def test_cut_label_cuts_at_a_clause_or_a_word(name, width, label):
    assert cut_label(name, width) == label
