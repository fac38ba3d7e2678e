"""Overview cards as Markdown text: every fact with its year and a link to its source (no Streamlit)."""

from __future__ import annotations

import pandas as pd

from dashboard.cards.celltext import CLASSIFIED_MARK, fact_markdown, is_missing, short_reason
from dashboard.i18n import t
from dashboard.i18n.fmt import format_number, md_escape

# Names and classifications hold without a reference year (as in the governance matrix).
TIMELESS = frozenset({"body_type", "body_name_local", "body_name_en"})


def fact_text(card: pd.Series, attribute: str, lang: str, number: bool = False) -> str:
    """Return one fact as Markdown: value, (year), link to its source; or 'n/a: reason'."""
    value = card.get(f"{attribute}__value")
    if is_missing(value):
        shown = None
    elif number:
        shown = format_number(float(card[f"{attribute}__value_num"]), 0, lang) or str(value)
    elif attribute == "body_type":
        shown = f"{t(f'body_type.{value}', lang)} {CLASSIFIED_MARK}"
    else:
        shown = str(value)
    return fact_markdown(
        shown, lang, year=card.get(f"{attribute}__year"), timeless=attribute in TIMELESS,
        reason=short_reason(card.get(f"{attribute}__note")), sources=[card.get(f"{attribute}__source_url")],
        derived=card.get(f"{attribute}__status") == "derived",  # e.g. an English name translated by the compiler
    )


def card_markdown(card: pd.Series, lang: str) -> str:
    """Return the Markdown of one area card (name, country, body, type, population, members, core city)."""
    suffix = "it" if lang == "it" else "en"
    country = card.get(f"country_name_{suffix}")
    country = country if isinstance(country, str) and country else card["country"]
    core_city = card[f"core_city_{suffix}"]
    body_local = card.get("body_name_local__value")
    if lang == "it" and not is_missing(body_local):  # the body's own name; its English form helps no Italian reader
        body = fact_text(card, "body_name_local", lang)
    else:
        body = fact_text(card, "body_name_en", lang)
        if not is_missing(body_local) and body_local != card.get("body_name_en__value"):
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
