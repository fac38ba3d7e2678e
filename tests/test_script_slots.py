"""The app runs at most METROCASE_SCRIPT_RUNS pages at once (default the cores, at least 2); bad values fall back."""

from __future__ import annotations

import os

import pytest

from dashboard.web import cache


def _slots(monkeypatch: pytest.MonkeyPatch, value: str | None) -> int:
    """How many runs the process's semaphore admits at once for an environment value (then frees them)."""
    if value is None:
        monkeypatch.delenv(cache.SCRIPT_RUNS_ENV, raising=False)
    else:
        monkeypatch.setenv(cache.SCRIPT_RUNS_ENV, value)
    cache.script_slots.clear()
    slots = cache.script_slots()
    taken = 0
    while taken < 64 and slots.acquire(blocking=False):
        taken += 1
    for _ in range(taken):
        slots.release()
    cache.script_slots.clear()
    return taken


def test_the_setting_bounds_concurrent_runs(monkeypatch):
    """3 admits three runs; 1 admits one."""
    assert _slots(monkeypatch, "3") == 3
    assert _slots(monkeypatch, "1") == 1


def test_unset_or_invalid_means_the_cores_and_at_least_two(monkeypatch):
    """Unset, zero, negative or not a number: the number of cores, never fewer than 2."""
    expected = max(2, os.cpu_count() or 2)
    assert [_slots(monkeypatch, v) for v in (None, "0", "-2", "many", "")] == [expected] * 5
