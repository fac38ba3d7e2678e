"""Locale-aware number formatting and safe Markdown text."""

from __future__ import annotations

import math
import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def format_number(value: float | int | None, decimals: int = 0, lang: str = "en") -> str | None:
    """Return value with thousands separators for lang ('1,234.5' / '1.234,5'); None if missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = f"{value:,.{decimals}f}"
    if lang == "it":
        text = text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return text


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
