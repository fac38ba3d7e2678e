"""The translation catalogue: every user-visible string, in English (first) and Italian."""

from __future__ import annotations

import math

from dashboard.i18n.strings import (
    about,
    assess,
    common,
    compare,
    data,
    figures,
    governance,
    overview,
    plans,
    practices,
    story,
    submit,
)

LANGS = ("en", "it")
DEFAULT_LANG = "en"

# The catalogue is split by page (dashboard/strings/<page>.py) and merged here; a key may be defined once.
# key -> (English, Italian). Placeholders use str.format names and must match in both languages.
STRINGS: dict[str, tuple[str, str]] = {}
for _module in (common, overview, compare, figures, governance, plans, practices, assess, data, about, submit, story):
    _clash = STRINGS.keys() & _module.STRINGS.keys()
    if _clash:
        raise ValueError(f"translation keys defined twice: {sorted(_clash)}")
    STRINGS.update(_module.STRINGS)


def normalise_lang(value: object) -> str | None:
    """Return a supported language code for value, or None if it is not one."""
    if isinstance(value, str) and value in LANGS:
        return value
    return None


def t(key: str, lang: str = DEFAULT_LANG, **values: object) -> str:
    """Return the string for key in lang (English if lang is unknown), formatted with values."""
    en, it = STRINGS[key]
    text = it if lang == "it" else en
    return text.format(**values) if values else text


def has(key: str) -> bool:
    """True if key is in the catalogue."""
    return key in STRINGS


def code_label(prefix: str, code: object, lang: str = DEFAULT_LANG) -> str:
    """Return the label of a coded value (key prefix.code) in lang, or the value itself if it has no label."""
    if isinstance(code, str):
        key = f"{prefix}.{code}"
        return t(key, lang) if key in STRINGS else code
    return "" if code is None or (isinstance(code, float) and math.isnan(code)) else str(code)
