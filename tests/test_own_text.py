"""Text our own code writes into the data (derive.py notes and sources, submission.py sources) speaks Italian."""

from __future__ import annotations

import pytest

from dashboard.data.paths import DATA_DIR
from dashboard.i18n.fmt import in_source_language
from tests import shipped
from tests.test_italian import english_in


def _derived_texts() -> list[str]:
    """Every note and source of the shipped derived values (derive.py wrote them)."""
    texts: dict[str, None] = {}
    for path in sorted((DATA_DIR / "indicators").glob("*.csv")):
        for row in shipped.rows(f"indicators/{path.name}"):
            if row.get("status") == "derived":
                texts.update({row.get("note", ""): None, row.get("source", ""): None})
    return [text for text in texts if text]


def test_every_derivation_note_and_source_the_data_holds_is_rendered_in_italian():
    texts = _derived_texts()
    assert sum(text.startswith("derived: ") for text in texts) > 50  # changes, tourism shares, nights per inhabitant
    for text in texts:
        # Ours translated, the research's marked «…» (EN): the Italian pages' own check finds no English
        assert english_in(iter([in_source_language(text, "it")])) == [], text
        assert in_source_language(text, "en") == text  # English pages show the data as written


@pytest.mark.parametrize(
    ("text", "italian"),
    [
        ("derived: (842249 ÷ 846211 − 1) × 100, population_jan1 2017 and 2016",
         "derivato: (842249 ÷ 846211 − 1) × 100, population_jan1 2017 e 2016"),
        ("derived from Eurostat tour_occ_nin2 and demo_r_pjanaggr3",
         "derivato da Eurostat tour_occ_nin2 e demo_r_pjanaggr3"),
        ("derived: 3 nights ÷ 2 inhabitants on 1 January, PL91 2020 (PL911+PL912: the same territory as PL91)",
         "derivato: 3 notti ÷ 2 abitanti al 1º gennaio, PL91 2020 (PL911+PL912: lo stesso territorio di PL91)"),
        ("ISTAT DEMO (submitted by partner genova)", "ISTAT DEMO (inviato dal partner genova)"),
        ("derived from City yearbook (submitted by partner genova)",
         "derivato da «City yearbook» (EN) (inviato dal partner genova)"),
        # the research's own text stays as written, marked; our part beside it is translated
        ("derived: 1 ÷ 2 × 100, nights by non-residents ÷ all nights, ITC33 2019; break in 2020",
         "derivato: 1 ÷ 2 × 100, notti dei non residenti ÷ tutte le notti, ITC33 2019; «break in 2020» (EN)"),
        ("gap: no Albanian rows in the file read", "«gap: no Albanian rows in the file read» (EN)"),
        ("Eurostat nama_10r_3gdp", "Eurostat nama_10r_3gdp"),
    ],
)
def test_our_templates_are_translated_and_the_rest_marked(text, italian):
    assert in_source_language(text, "it") == italian
