"""Text of one table cell as Markdown: missing values with their reason, source links, and Markdown tables."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import pandas as pd

from dashboard.i18n import t
from dashboard.i18n.fmt import md_escape, md_link

MAX_REASON = 120
CLASSIFIED_MARK, DERIVED_MARK = "†", "‡"
_CLAUSE_END = re.compile(r";|\.\s")


def is_missing(value: object) -> bool:
    """True for None, NaN, pandas NA and empty text."""
    if value is None or value is pd.NA:
        return True
    if isinstance(value, float) and pd.isna(value):
        return True
    return isinstance(value, str) and not value.strip()


def short_reason(note: object) -> str:
    """Return the first clause of a note (up to 120 characters) as the short reason a value is missing."""
    if is_missing(note):
        return ""
    text = _CLAUSE_END.split(str(note), maxsplit=1)[0].strip()
    return text if len(text) <= MAX_REASON else text[: MAX_REASON - 1].rstrip() + "…"


def na_text(reason: str, lang: str) -> str:
    """Return 'n/a' or 'n/a: reason' (plain text, not yet escaped)."""
    return t("na.reason", lang, reason=reason) if reason else t("na", lang)


def origin_text(partner: object, lang: str) -> str:
    """Return 'submitted by the partner, not Eurostat' for a partner's value (or one derived from it), else ''."""
    return t("value.partner", lang) if partner is True or partner == "True" else ""


def year_text(year: object, lang: str) -> str:
    """Return a reference year as shown beside a value: 2021, or 'year not stated'."""
    return t("card.no_year", lang) if is_missing(year) else str(int(float(str(year))))


def fact_markdown(
    value_text: object,
    lang: str,
    *,
    year: object = None,
    timeless: bool = False,
    reason: str = "",
    sources: Iterable[object] = (),
    derived: bool = False,
) -> str:
    """Return one fact as Markdown, the same on every page: 'value ‡ (year) · source' or 'n/a: reason · source'.

    value_text is the value as displayed (plain text, escaped here) or missing; timeless facts (names, legal acts,
    classifications) show a year only where the data gives one; ‡ marks a value derived from its source.
    """
    if is_missing(value_text):
        text = md_escape(na_text(reason, lang))
    else:
        text = md_escape(value_text) + (f" {DERIVED_MARK}" if derived else "")
        if not timeless or not is_missing(year):
            text += f" ({md_escape(year_text(year, lang))})"
    return text + source_links(sources, lang)


def source_links(urls: Iterable[object], lang: str) -> str:
    """Return ' · [source](url)' for each distinct http(s) URL, in order; empty if there is none."""
    seen: list[str] = []
    for url in urls:
        if not is_missing(url) and str(url) not in seen:
            seen.append(str(url))
    return "".join(f" · {md_link(t('source.link', lang), url)}" for url in seen)


def markdown_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """Return a Markdown table; header and cells must already be escaped Markdown (pipes are escaped by md_escape)."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def escaped(text: object) -> str:
    """md_escape for any value, with missing values as the empty string."""
    return "" if is_missing(text) else md_escape(text)

def status_label(status_class: str, lang: str) -> str:
    """Return the translated plan status class, marked † as the project's classification."""
    return f"{t(f'plan_status.{status_class}', lang)} †"
