"""The Compare caches' key for a view state tells apart states that differ in any field, and ignores notices."""

from __future__ import annotations

import dataclasses

from dashboard.transform.view_state import CompareState, Notice
from dashboard.web.cache import STATE_HASH

KEY = STATE_HASH[CompareState]
BASE = CompareState(ind="population_jan1", areas=("genova", "torino"), year=2020)
# One changed value per field (types matter: the year 2020 is not the text "2020").
CHANGED = {
    "ind": "gdp_mio_eur", "areas": ("torino", "genova"), "year": "2020", "year_from": 2010, "year_to": 2020,
    "view": "map", "chart": "bar", "x": "gdp_mio_eur", "bench": ("eu",), "norm": "index", "colour": "body_type",
    "highlight": ("genova",),
}


def test_every_field_changes_the_key():
    """Each field of CompareState but notices is in the key; a field added later must be added here too."""
    fields = {f.name for f in dataclasses.fields(CompareState)} - {"notices"}
    assert set(CHANGED) == fields
    keys = {KEY(dataclasses.replace(BASE, **{name: value})) for name, value in CHANGED.items()}
    assert len(keys) == len(CHANGED) and KEY(BASE) not in keys


def test_notices_do_not_change_the_key():
    """The same view reached from a bad link and from a clean one shares its cached rows and figures."""
    noted = dataclasses.replace(BASE, notices=(Notice("notice.bad_ind", "ind", "x"),))
    assert KEY(noted) == KEY(BASE)
