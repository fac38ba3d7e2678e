"""Untrusted URL parameters to valid values: each parser returns (value, notice) and never raises."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

MAX_PARAM_LENGTH = 500
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")  # ids such as GP-GEN-01


def _clean(raw: object) -> str | None:
    """Return raw as a stripped string, or None if it is absent, not text, or too long."""
    if not isinstance(raw, str):
        return None
    text = raw.strip()
    return text if len(text) <= MAX_PARAM_LENGTH else None


def parse_choice(raw: object, allowed: Collection[str], default: str) -> tuple[str, str | None]:
    """One value from a fixed set; otherwise the default and the rejected text (for a notice)."""
    if raw is None:
        return default, None
    text = _clean(raw)
    if text is not None and text in allowed:
        return text, None
    return default, _shown(raw)


def parse_list(
    raw: object, allowed: Sequence[str], default: Sequence[str], max_items: int | None = None
) -> tuple[list[str], str | None]:
    """A comma list of values from a fixed set, order kept as in allowed; unknown items are dropped with a notice."""
    if raw is None:
        return list(default), None
    text = _clean(raw)
    if text is None:
        return list(default), _shown(raw)
    items = [item.strip() for item in text.split(",") if item.strip()]
    bad = [item for item in items if item not in allowed or not _TOKEN.match(item)]
    good = [value for value in allowed if value in items]
    if max_items is not None and len(good) > max_items:
        good, bad = good[:max_items], [*bad, *good[max_items:]]
    if not good:
        return list(default), _shown(raw)
    return good, (", ".join(_shown(b) for b in bad) if bad else None)


def parse_int(raw: object, low: int, high: int, default: int | None) -> tuple[int | None, str | None]:
    """An integer within [low, high]; otherwise the default and the rejected text."""
    if raw is None:
        return default, None
    text = _clean(raw)
    if text is not None and re.fullmatch(r"-?\d{1,6}", text) and low <= int(text) <= high:
        return int(text), None
    return default, _shown(raw)


def shown(raw: object) -> str:
    """Return a short, printable form of a rejected value for a notice."""
    return _shown(raw)


def _shown(raw: object) -> str:
    """A short, printable form of a rejected value for the notice."""
    text = str(raw)
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= 40 else text[:37] + "..."


def parse_text(raw: object, max_length: int = 100) -> tuple[str, str | None]:
    """Free search text: printable, at most max_length characters; otherwise empty and the rejected text."""
    if raw is None:
        return "", None
    if not isinstance(raw, str) or len(raw) > max_length or not all(ch.isprintable() for ch in raw):
        return "", _shown(raw)
    return raw.strip(), None
