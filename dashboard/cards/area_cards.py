"""Overview cards as Markdown text: every fact with its year and a link to its source (no Streamlit)."""

from __future__ import annotations

import pandas as pd

from dashboard.i18n import t
from dashboard.i18n.fmt import format_number, md_escape, md_link


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA or value == ""


def _reason(note: object) -> str:
    """Return the first clause of a note, as the short reason a value is missing."""
    text = "" if _missing(note) else str(note)
    return text.split(";")[0].strip()[:80]


def fact_text(card: pd.Series, attribute: str, lang: str, number: bool = False) -> str:
    """Return one fact as Markdown: value, (year), link to its source; or 'n/a: reason'."""
    value = card.get(f"{attribute}__value")
    if _missing(value):
        reason = _reason(card.get(f"{attribute}__note"))
        return md_escape(t("na.reason", lang, reason=reason) if reason else t("na", lang))
    if number:
        shown = format_number(float(card[f"{attribute}__value_num"]), 0, lang) or str(value)
    elif attribute == "body_type":
        shown = f"{t(f'body_type.{value}', lang)} †"
    else:
        shown = str(value)
    year = card.get(f"{attribute}__year")
    when = t("card.no_year", lang) if _missing(year) else str(int(year))
    if attribute in {"body_type", "body_name_local", "body_name_en"}:
        when = ""
    if card.get(f"{attribute}__status") == "derived":
        shown += " ‡"  # e.g. an English name translated by the compiler: not the source's own words
    text = md_escape(shown) + (f" ({md_escape(when)})" if when else "")
    source = card.get(f"{attribute}__source_url")
    if not _missing(source):
        text += f" · {md_link(t('source.link', lang), source)}"
    return text


def card_markdown(card: pd.Series, lang: str) -> str:
    """Return the Markdown of one area card (name, country, body, type, population, members, core city)."""
    suffix = "it" if lang == "it" else "en"
    country = card.get(f"country_name_{suffix}")
    country = country if isinstance(country, str) and country else card["country"]
    core_city = card[f"core_city_{suffix}"]
    body_local = card.get("body_name_local__value")
    body = fact_text(card, "body_name_en", lang)
    if not _missing(body_local) and body_local != card.get("body_name_en__value"):
        body += f"  \n*{md_escape(body_local)}*"
    lines = [
        f"#### {md_escape(card[f'name_{suffix}'])}",
        f"*{md_escape(card['name_local'])}*",
        "",
        f"**{t('card.country', lang)}:** {md_escape(country)}  ",
        f"**{t('card.core_city', lang)}:** {md_escape(core_city)}  ",
        f"**{t('card.body', lang)}:** {body}  ",
        f"**{t('card.body_type', lang)}:** {fact_text(card, 'body_type', lang)}  ",
        f"**{t('card.population', lang)}:** {fact_text(card, 'population', lang, number=True)}  ",
        f"**{t('card.members', lang)}:** {fact_text(card, 'n_member_municipalities', lang, number=True)}",
    ]
    return "\n".join(lines)
