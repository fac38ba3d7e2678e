"""Locale formatting from one place (Babel's CLDR data: numbers, dates, Plotly separators) and safe Markdown text."""

from __future__ import annotations

import datetime as dt
import math
import re

from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol

from dashboard.i18n.own_text import own_text

_PROSE = re.compile(r"\b[^\W\d_A-Z]{2,}\b")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")
# The CLDR locale behind each UI language; en_GB writes dates day first ("16 May 2018"), as European sources do.
LOCALES = {"en": "en_GB", "it": "it_IT"}


def locale_of(lang: str) -> str:
    """Return the CLDR locale of a UI language (English for an unknown one)."""
    return LOCALES.get(lang, LOCALES["en"])


def _missing(value: object) -> bool:
    """True for None and NaN (pandas NA included)."""
    if value is None:
        return True
    try:
        return bool(math.isnan(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return value is not None and str(value) in ("<NA>", "NaT")


def format_number(value: float | int | None, decimals: int = 0, lang: str = "en") -> str | None:
    """Return value with the locale's group and decimal symbols ('1,234.5' / '1.234,5'); None if missing."""
    if _missing(value):
        return None
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(float(value), format=pattern, locale=locale_of(lang))  # type: ignore[arg-type]


def format_date(value: dt.date | str, lang: str = "en") -> str:
    """Return a date in the locale's long form: '16 May 2018' / '16 maggio 2018' (ISO text accepted)."""
    day = dt.date.fromisoformat(value) if isinstance(value, str) else value
    return _babel_date(day, format="long", locale=locale_of(lang))


def plotly_separators(lang: str) -> str:
    """Return Plotly's layout.separators for lang: the decimal symbol first, then the group symbol (from CLDR)."""
    locale = locale_of(lang)
    return get_decimal_symbol(locale) + get_group_symbol(locale)


def in_source_language(text: object, lang: str, source: str = "en") -> str:
    """Return source text untranslated, marked with its language where the UI speaks another: «text» (EN)."""
    shown = "" if _missing(text) else str(text).strip()
    if not shown or lang == source:
        return shown
    # What our own code wrote into the data ("derived: …", "derived from …") is translated; the rest is marked.

    def mark(part: str) -> str:
        # Codes and proper names ("Eurostat demo_r_pjanaggr3", "ITC33") read the same in every language: only
        # text with a lower-case word in it is prose to mark.
        return f"«{part}» ({source.upper()})" if _PROSE.search(part) else part

    parts = shown.split("; ")
    own = [own_text(part, lang, mark) for part in parts]
    if not any(own):
        return mark(shown)
    return "; ".join(o or mark(p) for o, p in zip(own, parts, strict=True))


def md_escape(text: object) -> str:
    """Escape data text so Streamlit Markdown shows it literally (no links, HTML or formatting)."""
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")


def md_link(label: str, url: object) -> str:
    """Return a Markdown link to an http(s) URL, or the escaped label alone if the URL is not http(s)."""
    url = str(url or "")
    if not re.match(r"^https?://", url):
        return md_escape(label)
    safe = url.replace("(", "%28").replace(")", "%29").replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
    return f"[{md_escape(label)}]({safe})"


def md_to_plain(text: str) -> str:
    """Return Markdown caption text as plain text (for image captions): no bold markers, no escapes."""
    return re.sub(r"\\(.)", r"\1", text.replace("**", ""))
