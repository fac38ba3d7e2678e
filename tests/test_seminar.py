"""Seminar stories: their check (shape and page parameters), the presenter page, text alternatives, contrast."""

from __future__ import annotations

import re
import shutil

import pandas as pd
import pytest
import yaml
from streamlit.testing.v1 import AppTest

from dashboard.cards import alt_text
from dashboard.cli.main import main as cli
from dashboard.data.check import check_data_dir
from dashboard.data.paths import DATA_DIR, ROOT
from dashboard.data.stories import load_story, read_story
from dashboard.figures.palette import contrast, needs_outline, readable_text
from dashboard.i18n import t
from dashboard.i18n.fmt import md_escape
from dashboard.urls.story import context_of, step_problems
from dashboard.web.present import BACKGROUND, MUTED, TEXT
from tests import shipped

STORY = "eight-areas"
APP = str(ROOT / "streamlit_app.py")
PAGE = "dashboard/web/pages/story.py"
GOOD_STEP = {"page": "compare", "params": {"ind": "population_jan1", "view": "chart", "chart": "bar"},
             "title": {"en": "A title", "it": "Un titolo"}, "note": {"en": "A note.", "it": "Una nota."}}


@pytest.fixture(scope="module")
def data_copy(tmp_path_factory):
    """A copy of data/ (without its boundaries, which no story check reads) to add stories to."""
    target = tmp_path_factory.mktemp("seminar") / "data"
    shutil.copytree(DATA_DIR, target, ignore=shutil.ignore_patterns("geo"))
    return target


def write_story(folder, name: str, steps: list[dict], **top) -> str:
    """Write a story file (fixture) into the copy's stories/ and return its relative path."""
    body = {"id": name, "title": {"en": "Fixture story", "it": "Racconto di prova"}, "steps": steps, **top}
    text = yaml.safe_dump(body, allow_unicode=True, sort_keys=False)
    (folder / "stories" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return f"stories/{name}.yaml"


def second_step_line(folder, rel: str) -> int:
    """The line where the second step of a story file written by write_story starts ('- ' items of steps)."""
    lines = (folder / rel).read_text(encoding="utf-8").splitlines()
    return [n for n, line in enumerate(lines, 1) if line.startswith("- ")][1]


def test_the_shipped_story_has_ten_views_in_both_languages_and_passes_check():
    story = load_story(DATA_DIR, STORY)
    assert story is not None and len(story.steps) == 10
    assert story.title("en") == "The eight Metro Case areas in ten views"
    assert {s.page for s in story.steps} == {"compare", "governance", "plans"}
    assert all(s.title("it") and s.note("it") and s.title("it") != s.title("en") for s in story.steps)
    assert check_data_dir(DATA_DIR).problems == []


def test_every_shipped_step_is_a_state_its_page_accepts(real_con):
    ctx = context_of(real_con)
    story = load_story(DATA_DIR, STORY)
    assert {s.number: step_problems(s, ctx) for s in story.steps} == {n: [] for n in range(1, 11)}


# (change to the second step, expected place, expected words of the reason): shape problems found by check itself
SHAPE_CASES = [
    ({"page": "nowhere"}, "step 2 page", "unknown page 'nowhere'"),
    ({"title": {"en": "Only English"}}, "step 2 title it", "both languages are required"),
    ({"note": {"en": "One\nTwo", "it": "Uno"}}, "step 2 note en", "not one line"),
    ({"page": "plans", "figure": "pie"}, "step 2 figure", "unknown figure 'pie' of plans"),
    ({"colour": "red"}, "step 2 colour", "unknown key"),
    ({"params": {"ind": [1, 2]}}, "step 2 params ind", "not text or a whole number"),
]


@pytest.mark.parametrize(("change", "place", "words"), SHAPE_CASES)
def test_check_refuses_a_malformed_story_naming_file_and_step(data_copy, change, place, words):
    rel = write_story(data_copy, "bad-shape", [GOOD_STEP, {**GOOD_STEP, **change}])
    line = second_step_line(data_copy, rel)
    try:
        problems = [p for p in check_data_dir(data_copy, "data").problems if p.file == f"data/{rel}"]
    finally:
        (data_copy / rel).unlink()
    assert [(p.column, words in p.reason, p.line) for p in problems] == [(place, True, line)], problems


# Parameters a page would not take as given: found by `check` with the pages' own URL parsers.
PARAM_CASES = [
    ({"page": "compare", "params": {"ind": "population_jan1", "zoom": "3"}}, "unknown param"),
    ({"page": "compare", "params": {"ind": "no_such_indicator"}}, "parameter 'ind': bad value"),
    ({"page": "compare", "params": {"ind": "population_jan1", "year": "1950"}}, "parameter 'year': year unavailable"),
    ({"page": "compare", "params": {"ind": "population_jan1", "norm": "per_capita"}}, "per capita unavailable"),
    ({"page": "compare", "params": {"ind": "population_jan1", "lang": "it"}}, "set by the story page"),
    ({"page": "governance", "figure": "competences", "params": {"areas": "genova,atlantis"}}, "parameter 'areas'"),
    ({"page": "plans", "figure": "timeline", "params": {"q": "x" * 101}}, "parameter 'q'"),
    ({"page": "plans", "figure": "themes", "params": {"ind": "population_jan1"}}, "unknown parameter 'ind' of plans"),
]


@pytest.mark.parametrize(("change", "words"), PARAM_CASES)
def test_check_command_refuses_a_step_its_page_would_refuse(data_copy, capsys, change, words):
    rel = write_story(data_copy, "bad-params", [GOOD_STEP, {**GOOD_STEP, **change}])
    line = second_step_line(data_copy, rel)
    try:
        code = cli(["check", "--data-dir", str(data_copy)])
    finally:
        (data_copy / rel).unlink()
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if "bad-params.yaml" in line]
    assert code == 1 and len(lines) == 1, out
    assert re.search(rf"stories/bad-params\.yaml:{line}: step 2: ", lines[0]) and words in lines[0], lines[0]


def test_check_refuses_stray_files_in_stories(data_copy):
    (data_copy / "stories" / "notes.txt").write_text("x\n", encoding="utf-8")
    try:
        problems = [str(p) for p in check_data_dir(data_copy, "data").problems]
    finally:
        (data_copy / "stories" / "notes.txt").unlink()
    assert problems == ["data/stories/notes.txt:0: -: unexpected file (stories are <id>.yaml, id of a-z, 0-9 and -)"]


def test_a_story_file_must_be_named_for_its_id(tmp_path):
    (tmp_path / "other.yaml").write_text(yaml.safe_dump({"id": "eight-areas", "title": GOOD_STEP["title"],
                                                         "steps": [GOOD_STEP]}), encoding="utf-8")
    story, problems = read_story(tmp_path / "other.yaml")
    assert story is None and [(p.place, "file's name" in p.reason) for p in problems] == [("id", True)]


# Text alternatives, written from a small made-up table (a fixture, never shown as data).
FIXTURE_ROWS = pd.DataFrame({
    "label": ["Alpha", "Alpha", "Beta", "Beta", "Gamma", "Gamma", "EU"],
    "kind": ["area"] * 6 + ["benchmark"],
    "year": [2020, 2021, 2020, 2021, 2020, 2021, 2021],
    "value": [10.0, 12.5, 30.0, 20.0, None, 5.0, 99.0],
})


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Fixture, 2021: 3 areas with a value. Highest: Beta, 20.0 u. Lowest: Gamma, 5.0 u."),
    ("it", "Fixture, 2021: 3 aree con un valore. Valore più alto: Beta, 20,0 u. Valore più basso: Gamma, 5,0 u."),
])
def test_ranking_alt_says_highest_and_lowest_of_the_areas(lang, expected):
    rows = FIXTURE_ROWS[FIXTURE_ROWS["year"] == 2021]
    assert alt_text.ranking_alt(rows, "Fixture", "u", 1, 2021, lang) == expected


def test_ranking_alt_names_the_areas_without_a_value():
    rows = FIXTURE_ROWS[FIXTURE_ROWS["year"] == 2020]
    assert alt_text.ranking_alt(rows, "Fixture", "u", 0, 2020, "en").endswith("No value: Gamma.")


def test_change_alt_says_the_period_and_the_largest_and_smallest_change():
    assert alt_text.change_alt(FIXTURE_ROWS, "Fixture", "u", 1, "en") == (
        "Fixture, 2020 to 2021. Highest in 2021: Beta, 20.0 u. Lowest: Gamma, 5.0 u. "
        "Largest change: Alpha, +2.5 u (2020 to 2021). Smallest change: Beta, −10.0 u (2020 to 2021)."
    )


def test_competences_alt_counts_held_and_unknown_cells():
    grid = pd.DataFrame({"area_id": ["a", "a", "b", "b"], "competence": ["x", "y", "x", "y"],
                         "level": ["held", "held", "unknown", "shared"]})
    assert alt_text.competences_alt(grid, {"a": "Alpha", "b": "Beta"}, "en") == (
        "Competences of the metropolitan bodies of 2 areas over 2 fields (project classification). "
        "Most held: Alpha, 2 fields. Fewest held: Beta, 0 fields. Unknown: 1 of 4 cells."
    )


def test_text_colours_meet_wcag_aa_and_light_area_colours_get_a_second_cue():
    ratios = {"text": contrast(TEXT, BACKGROUND), "muted": contrast(MUTED, BACKGROUND)}
    print("presenter text contrast:", {k: round(v, 2) for k, v in ratios.items()})
    assert min(ratios.values()) >= 4.5
    for area in shipped.areas():
        colour = area["colour"]
        label = readable_text(colour)
        print(f"{area['area_id']}: {colour} {contrast(colour, '#FFFFFF'):.2f}:1, label {label} "
              f"{contrast(label, '#FFFFFF'):.2f}:1")
        assert contrast(label, "#FFFFFF") >= 4.5  # direct labels are text
        assert contrast(colour, "#FFFFFF") >= 3 or needs_outline(colour) or colour != label  # WCAG 1.4.11 or a cue


def test_readable_text_keeps_a_dark_enough_colour_and_darkens_a_light_one():
    assert readable_text("#0072B2") == "#0072B2"
    assert readable_text("#F0E442") != "#F0E442" and contrast(readable_text("#F0E442"), "#FFFFFF") >= 4.5


def run_story(**params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params.update(params)
    at.run()
    at.switch_page(PAGE)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("lang", ["en", "it"])
def test_story_page_steps_with_next_and_keeps_the_step_in_the_url(lang):
    story = load_story(DATA_DIR, STORY)
    at = run_story(id=STORY, step="1", lang=lang)
    for number in range(1, len(story.steps) + 1):
        assert at.query_params["step"] == str(number)
        assert [el.value for el in at.title] == [story.steps[number - 1].title(lang)]
        assert t("story.counter", lang, n=number, total=10) in at.caption[0].value
        assert len(at.get("plotly_chart")) == 1 and not at.error
        if number < 10:
            at.button(key="story-next").click().run()
    assert at.button(key="story-next").disabled
    at.button(key="story-prev").click().run()
    assert at.query_params["step"] == "9"


@pytest.mark.parametrize(("lang", "page_words", "table_words"), [
    ("en", "linked on the Governance page", "table below"), ("it", "nella pagina Governance", "tabella sotto"),
])
def test_story_governance_caption_points_to_the_page_not_to_a_table_the_story_does_not_show(lang, page_words,
                                                                                           table_words):
    at = run_story(id=STORY, step="6", lang=lang)
    captions = " ".join(c.value for c in at.caption)
    assert page_words in captions and table_words not in captions, captions
    assert not at.get("arrow_data_frame")  # indeed no table in the story


def test_speaker_view_shows_the_note_and_the_description_is_always_in_the_page():
    story = load_story(DATA_DIR, STORY)
    at = run_story(id=STORY, step="2", notes="1")
    assert md_escape(story.steps[1].note("en")) in at.info[0].value
    description = [m.value for m in at.markdown if t("story.description", "en") in m.value]
    assert len(description) == 1 and md_escape("Highest: Barcelona") in description[0]
    at.button(key="story-describe").click().run()
    assert at.query_params["alt"] == "1"


@pytest.mark.parametrize(("params", "notice"), [
    ({"id": STORY, "step": "99"}, "story.bad_step"),
    ({"id": "../etc/passwd"}, "story.unknown"),
    ({"id": "no-such-story"}, "story.unknown"),
])
def test_story_page_hostile_links_fall_back_with_a_notice(params, notice):
    at = run_story(**params)
    assert any(t(notice, "en", value="", n=10)[:12] in w.value for w in at.warning), [w.value for w in at.warning]


def test_story_list_links_every_story():
    at = run_story()
    assert [el.value for el in at.title] == [t("story.title", "en")]


@pytest.mark.parametrize(("page", "n"), [("compare", 1), ("governance", 1), ("plans", 2)])
def test_pages_put_a_text_alternative_of_each_figure_in_the_page(page, n):
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.switch_page(f"dashboard/web/pages/{page}.py")
    at.run()
    assert not at.exception
    label = f"**{t('story.description', 'en')}:**"
    described = [m.value for m in at.markdown if m.value.startswith(label)]
    assert len(described) == n and all(len(text) > len(label) + 20 for text in described), described


def test_prewarm_renders_every_step_and_reports_a_time_for_each(capfd):
    assert cli(["prewarm", "--story", STORY, "--lang", "it"]) == 0
    lines = capfd.readouterr().out.splitlines()
    steps = [line for line in lines if re.match(r"it step +\d+/10 +\d+\.\d\d s  ", line)]
    assert len(steps) == 10 and not [line for line in lines if "FAILED" in line], lines
    assert lines[-1].startswith("it all 10 steps")


def test_prewarm_refuses_an_unknown_story(capfd):
    assert cli(["prewarm", "--story", "no-such-story"]) == 2
    assert "no story 'no-such-story'" in capfd.readouterr().err
