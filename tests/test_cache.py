"""The Streamlit edge's cache module: one thin wrapper per cached call, and every public function is cached."""

from __future__ import annotations

import inspect

from dashboard.web import cache

# Plain helpers in cache.py that read no data and so need no cache.
UNCACHED = {"data_dir", "data_root"}  # read on every rerun: a new version is served at once


def test_every_public_function_is_cached():
    """st.cache_data / st.cache_resource wrap the function in an object with clear(); a plain def has none."""
    plain = [name for name, fn in vars(cache).items()
             if inspect.isfunction(fn) and fn.__module__ == cache.__name__ and not name.startswith("_")]
    assert sorted(set(plain) - UNCACHED) == []
    cached = [name for name, fn in vars(cache).items() if hasattr(fn, "clear") and not name.startswith("_")]
    assert "indicator_years" in cached and "connection" in cached


# Parameters that take only a few values (the data folder, language, set, NUTS level, settings): a cache keyed by
# nothing else holds a handful of entries. Any other parameter comes from a link, so its cache needs bounds.
FEW_VALUES = {"directory", "lang", "set_id", "level", "folder", "database_url", "state_dir"}


def test_caches_keyed_by_links_are_bounded_in_entries_and_time():
    """A visitor cycling through distinct links (area subsets, search text, view states) cannot grow a cache forever."""
    unbounded = []
    for name, fn in vars(cache).items():
        if not hasattr(fn, "_info") or name.startswith("_"):
            continue
        keyed_by_link = set(inspect.signature(fn._info.func).parameters) - FEW_VALUES
        if keyed_by_link and not (fn._info.max_entries and fn._info.ttl):
            unbounded.append(name)
    assert unbounded == []
    assert cache.compare_map._info.max_entries <= 32
    assert cache.plan_search._info.max_entries and cache.plan_search._info.ttl
