"""The Good practices page's year filter from untrusted URL parameters (from, to) and back."""

from __future__ import annotations

from dashboard.urls.parse import parse_int


def parse_years(
    raw_from: object, raw_to: object, low: int, high: int
) -> tuple[int | None, int | None, str | None]:
    """Return (from, to, rejected): years within [low, high] with from <= to, else no year filter and the bad text."""
    year_from, bad_from = parse_int(raw_from, low, high, None)
    year_to, bad_to = parse_int(raw_to, low, high, None)
    if bad_from is not None or bad_to is not None:
        return None, None, ", ".join(b for b in (bad_from, bad_to) if b is not None)
    if year_from is not None and year_to is not None and year_from > year_to:
        return None, None, f"{year_from} > {year_to}"
    return year_from, year_to, None


def years_params(year_from: int, year_to: int, low: int, high: int) -> dict[str, str | None]:
    """Return the URL parameters of a year range: None (dropped) where it is the full range's end."""
    return {"from": None if year_from == low else str(year_from), "to": None if year_to == high else str(year_to)}
