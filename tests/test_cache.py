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
