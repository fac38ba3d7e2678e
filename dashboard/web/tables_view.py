"""The project, source and weak-source tables as Overview and About show them, built once (no Streamlit).

Marking every English cell (EN) on an Italian page and translating the codes took ~25 ms of pandas per render of
each page; built once per (data, language), the pages only read them. cache.py caches them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from dashboard.cards.celltext import is_missing, na_text
from dashboard.cards.governance_cells import attribute_label, shown_value
from dashboard.i18n import t
from dashboard.i18n.fmt import in_source_language

PARTNER_TEXT = ("name_en", "policy_instrument", "other_sources", "note")
EVENT_TEXT = ("title", "city", "kind", "host", "topic", "other_sources", "note")


@dataclass(frozen=True)
class ProjectTables:
    """The partners and events as downloaded (the data's own text) and as shown; shared, so never mutated."""

    partners: pd.DataFrame
    partners_shown: pd.DataFrame
    events: pd.DataFrame
    events_shown: pd.DataFrame


def marked(frame: pd.DataFrame, columns: tuple[str, ...], lang: str) -> pd.DataFrame:
    """The frame as shown: the research's English text in these columns marked (EN) where the page is Italian."""
    return frame.assign(**{c: [in_source_language(v, lang) for v in frame[c]] for c in columns if c in frame})


def project_tables(partners: pd.DataFrame, events: pd.DataFrame, lang: str) -> ProjectTables:
    """The partners (roles and instruments in the page language) and events as shown."""
    partners_shown = marked(partners, PARTNER_TEXT, lang)
    if not partners.empty:
        partners_shown = partners_shown.assign(
            role=[t(f"project.role.{role}", lang) for role in partners["role"]],
            policy_instrument=[in_source_language(p, lang) or t("project.no_instrument", lang)
                               for p in partners["policy_instrument"]],
        )
    return ProjectTables(partners, partners_shown, events, marked(events, EVENT_TEXT, lang))


def weak_shown(weak: pd.DataFrame, names: Mapping[str, str], lang: str) -> pd.DataFrame:
    """The weakly sourced facts as About shows them: names not ids, coded values in words, a missing year said."""
    no_year = na_text(t("gov.share.no_year", lang), lang)  # a fact without a reference year says so, never None
    return weak.assign(
        kind=[t(f"about.weak.{k}", lang) for k in weak["kind"]],
        area_id=[names.get(a, a) for a in weak["area_id"]],
        attribute=[attribute_label(a, lang) for a in weak["attribute"]],
        # coded values in words, counts in the locale's format, the research's English text marked (EN)
        value=[shown_value(a, v, pd.to_numeric(v, errors="coerce"), lang)
               for a, v in zip(weak["attribute"], weak["value"], strict=True)],
        year=[no_year if is_missing(y) else str(int(y)) for y in weak["year"]],
    )
