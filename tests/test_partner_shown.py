"""A partner's value is shown as the partner's, beside Eurostat's: a data column, the hover line and the caption."""

from __future__ import annotations

import pytest

from dashboard.data import db
from dashboard.updates import partners
from dashboard.updates.layout import current_data_dir, version_dir
from tests.test_breaks import view
from tests.updates_helpers import new_root

HOVER = {"en": "submitted by the partner, not Eurostat", "it": "inviato dal partner, non da Eurostat"}
CAPTION = {"en": "Submitted by partners, not read from Eurostat: Fixture A 2022", "it": "Inviati dai partner"}
# The source the partner's row cites, as our own code wrote it into the data: in the page's language.
SOURCE = {"en": "Fixture registry (submitted by partner fixture_a)", "it": "(inviato dal partner fixture_a)"}


@pytest.fixture(scope="module")
def cons(tmp_path_factory):
    """Connections to the fixture data before and after fixture_a's partner submits its missing 2022 fx_pop."""
    root = new_root(tmp_path_factory.mktemp("partner"))
    key = partners.new_key(root, "fixture_a")
    outcome = partners.submit(root, "fixture_a", key, b"area_id,indicator_id,year,value,source,note\n"
                              b"fixture_a,fx_pop,2022,120,Fixture registry,made up\n")
    assert outcome.problems == []
    return db.connect(version_dir(root, 1)), db.connect(current_data_dir(root))


@pytest.mark.parametrize("lang", ["en", "it"])
def test_the_partners_value_says_so_in_the_hover_and_the_caption(cons, lang):
    before, after = cons
    prepared, traces, caption = view(after, lang, ind="fx_pop")
    marked = prepared.rows[prepared.rows["partner"]]
    assert list(zip(marked["series"], marked["year"], strict=True)) == [("fixture_a", 2022)]
    trace = next(tr for tr in traces.values() if any("partner fixture_a" in str(text) for text in tr.customdata))
    hover = list(trace.customdata)
    assert HOVER[lang] in hover[list(trace.x).index(2022)] and HOVER[lang] not in hover[list(trace.x).index(2021)]
    assert CAPTION[lang] in caption and SOURCE[lang] in hover[list(trace.x).index(2022)]
    _, _, old_caption = view(before, lang, ind="fx_pop")
    assert CAPTION[lang] not in old_caption


def test_a_value_divided_by_a_partners_population_is_marked_too(cons):
    _, after = cons
    prepared, _, caption = view(after, ind="fx_rate", norm="per_capita")
    marked = prepared.rows[prepared.rows["partner"]]
    assert list(zip(marked["series"], marked["year"], strict=True)) == [("fixture_a", 2022)]
    assert CAPTION["en"] in caption
