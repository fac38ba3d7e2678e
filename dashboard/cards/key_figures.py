"""The Overview's key figures: a few indicators per area in one year each, and the body type (no Streamlit)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from dashboard.cards.celltext import CLASSIFIED_MARK, DERIVED_MARK, is_missing, na_text, short_reason
from dashboard.i18n import has, t
from dashboard.i18n.fmt import format_number, md_escape


def shown_year(rows: pd.DataFrame) -> int | None:
    """Return the latest year in which the most areas have a value (as Compare chooses it); None if no value."""
    have = rows[rows["value"].notna()]
    if have.empty:
        return None
    counts = have.groupby("year")["geo"].nunique()
    return int(counts[counts == counts.max()].index.max())


def value_cell(row: pd.Series | None, decimals: int, lang: str) -> str:
    """Return one value as plain text with its producer flag and ‡ if derived ('13,800 p'), or n/a with the reason."""
    if row is None:
        return na_text(t("caption.missing.no_row", lang), lang)
    if pd.isna(row["value"]):
        return na_text(short_reason(row["note"]) or t("caption.missing.no_row", lang), lang)
    text = format_number(float(row["value"]), decimals, lang) or ""
    flag = "" if is_missing(row["flag"]) else str(row["flag"])
    derived = DERIVED_MARK if row.get("status") == "derived" else ""
    return " ".join(part for part in (text, flag, derived) if part)


def key_figures(
    rows: pd.DataFrame,
    catalog: pd.DataFrame,
    indicators: Sequence[tuple[str, str]],
    cards: pd.DataFrame,
    lang: str,
) -> tuple[pd.DataFrame, list[str]]:
    """Return the key figures as a table of text (one row per area) and the Markdown notes under it.

    rows: indicator_series rows of the areas for every indicator (all years); indicators: (id, i18n key of its
    short column header) pairs; catalog: indexed by indicator_id; cards: area_cards rows (names, body_type fact).
    Each indicator is shown in one year, the latest in which the most areas have a value; an area without one
    there is n/a with the reason. The notes name each column's source, year and unit, what is derived, the flags
    shown, and that the body type is the project's classification.
    """
    suffix = "it" if lang == "it" else "en"
    table = pd.DataFrame({t("overview.key.area", lang): cards[f"short_{suffix}"].astype(str).tolist()})
    notes, any_derived, letters = [], False, set()
    for ind, label in indicators:
        meta = catalog.loc[ind]
        mine = rows[rows["indicator_id"] == ind]
        year = shown_year(mine)
        at_year = {str(r["geo"]): r for _, r in mine[mine["year"] == year].iterrows()} if year is not None else {}
        decimals = int(meta["decimals"]) if pd.notna(meta["decimals"]) else 0
        any_derived = any_derived or any(r["status"] == "derived" for r in at_year.values())
        name = str(meta[f"name_{suffix}"])
        header = t(label, lang) + (f" ({year})" if year is not None else "")
        letters |= {ch for r in at_year.values() if pd.notna(r["value"]) and not is_missing(r["flag"])
                    for ch in str(r["flag"])}
        table[header] = [value_cell(at_year.get(str(a)), decimals, lang) for a in cards["area_id"]]
        sources = str(meta["source_dataset"])  # the producer's datasets; the rows' own text may add English notes
        notes.append(t(
            "overview.key.note", lang, name=md_escape(name), unit=md_escape(meta[f"unit_{suffix}"]),
            year=year if year is not None else t("na", lang), sources=md_escape(sources),
            licence=md_escape(meta["licence"]),
        ))
    body = [
        na_text(short_reason(note) or t("overview.key.no_fact", lang), lang) if is_missing(value)
        else f"{t(f'body_type.{value}', lang) if has(f'body_type.{value}') else value} {CLASSIFIED_MARK}"
        for value, note in zip(cards["body_type__value"], cards["body_type__note"], strict=True)
    ]
    table[t("overview.key.body_type", lang)] = body
    notes.append(t("overview.key.nuts", lang))
    shown_flags = [t(f"flag.{letter}", lang) for letter in "bep" if letter in letters and has(f"flag.{letter}")]
    if shown_flags:
        notes.append(t("overview.key.flags", lang, items="; ".join(shown_flags)))
    if any_derived:
        notes.append(t("overview.key.derived", lang, mark=DERIVED_MARK))
    notes.append(t("overview.key.classified", lang, mark=CLASSIFIED_MARK))
    return table, notes
