"""Short text alternatives of figures, written from the figure's data: highest, lowest, change over the period.

Plain text (no Markdown), in the page language; what is missing is said, never filled in.
"""

from __future__ import annotations

import pandas as pd

from dashboard.i18n import t
from dashboard.i18n.fmt import format_number


def _value(value: float, decimals: int, unit: str, lang: str) -> str:
    """A number as shown, with its unit."""
    return f"{format_number(value, decimals, lang)} {unit}".strip()


def _areas(rows: pd.DataFrame) -> pd.DataFrame:
    """The area rows (benchmarks are context, not compared)."""
    return rows[rows["kind"] == "area"] if "kind" in rows else rows


def ranking_alt(rows: pd.DataFrame, title: str, unit: str, decimals: int, year: int | None, lang: str) -> str:
    """One year, several areas (ranking bars, map): the highest, the lowest and the areas without a value."""
    areas = _areas(rows)
    known = areas.dropna(subset=["value"]).sort_values("value", ascending=False)
    missing = sorted(str(label) for label in areas.loc[areas["value"].isna(), "label"])
    parts = [t("alt.ranking", lang, title=title, year=year if year is not None else "–", n=len(known))]
    if len(known):
        top, low = known.iloc[0], known.iloc[-1]
        parts.append(t("alt.highest", lang, area=top["label"], value=_value(top["value"], decimals, unit, lang)))
        if len(known) > 1:
            parts.append(t("alt.lowest", lang, area=low["label"], value=_value(low["value"], decimals, unit, lang)))
    if missing:
        parts.append(t("alt.missing", lang, areas=", ".join(missing)))
    return " ".join(parts)


def change_alt(rows: pd.DataFrame, title: str, unit: str, decimals: int, lang: str) -> str:
    """Series over years: the period, highest and lowest in the last year, and each end's change, largest first."""
    areas = _areas(rows).dropna(subset=["value"])
    if areas.empty:
        return t("alt.empty", lang, title=title)
    first_year, last_year = int(areas["year"].min()), int(areas["year"].max())
    parts = [t("alt.period", lang, title=title, start=first_year, end=last_year)]
    last = areas[areas["year"] == last_year].sort_values("value", ascending=False)
    if len(last):
        parts.append(t("alt.highest_in", lang, year=last_year, area=last.iloc[0]["label"],
                       value=_value(last.iloc[0]["value"], decimals, unit, lang)))
        if len(last) > 1:
            parts.append(t("alt.lowest", lang, area=last.iloc[-1]["label"],
                           value=_value(last.iloc[-1]["value"], decimals, unit, lang)))
    changes = []
    for label, group in areas.sort_values("year").groupby("label", sort=False):
        if len(group) > 1:
            start, end = group.iloc[0], group.iloc[-1]
            changes.append((float(end["value"] - start["value"]), str(label), int(start["year"]), int(end["year"])))
    changes.sort(reverse=True)
    if changes:
        up, down = changes[0], changes[-1]
        parts.append(t("alt.change_most", lang, area=up[1], change=_signed(up[0], decimals, unit, lang),
                       start=up[2], end=up[3]))
        if len(changes) > 1:
            parts.append(t("alt.change_least", lang, area=down[1], change=_signed(down[0], decimals, unit, lang),
                           start=down[2], end=down[3]))
    return " ".join(parts)


def _signed(change: float, decimals: int, unit: str, lang: str) -> str:
    """A change with its sign (+ or −) and unit."""
    sign = "+" if change > 0 else ("−" if change < 0 else "±")
    return sign + _value(abs(change), decimals, unit, lang)


def competences_alt(grid: pd.DataFrame, names: dict[str, str], lang: str) -> str:
    """The competence heatmap: the areas whose body holds the most and the fewest competences, and unknown cells."""
    held = grid[grid["level"] == "held"].groupby("area_id").size().reindex(list(names), fill_value=0)
    parts = [t("alt.competences", lang, n=len(names), k=grid["competence"].nunique())]
    if len(held):
        most, least = held.idxmax(), held.idxmin()
        parts.append(t("alt.competences_most", lang, area=names[most], n=int(held[most])))
        parts.append(t("alt.competences_least", lang, area=names[least], n=int(held[least])))
    parts.append(t("alt.competences_unknown", lang, n=int((grid["level"] == "unknown").sum()), total=len(grid)))
    return " ".join(parts)


def timeline_alt(spans: pd.DataFrame, lang: str) -> str:
    """The plans timeline: how many plans, the earliest start, the latest horizon and the plans without dates."""
    dated = spans[spans["shape"] != "none"]
    parts = [t("alt.plans", lang, n=len(spans))]
    starts, ends = dated["start"].dropna(), dated["end"].dropna()
    if len(starts):
        parts.append(t("alt.plans_first", lang, year=int(starts.min())))
    if len(ends):
        parts.append(t("alt.plans_last", lang, year=int(ends.max())))
    parts.append(t("alt.plans_undated", lang, n=len(spans) - len(dated)))
    return " ".join(parts)


def themes_alt(themes: pd.DataFrame, n_plans: int, theme_names: dict[str, str], lang: str) -> str:
    """The plans × themes matrix: the themes most and least often addressed, by number of plans."""
    counts = themes.drop_duplicates(["plan_id", "theme"]).groupby("theme").size().sort_values(ascending=False)
    parts = [t("alt.themes", lang, n=n_plans, mapped=themes["plan_id"].nunique())]
    if len(counts):
        parts.append(t("alt.themes_most", lang, theme=theme_names.get(counts.index[0], counts.index[0]),
                       n=int(counts.iloc[0])))
        parts.append(t("alt.themes_least", lang, theme=theme_names.get(counts.index[-1], counts.index[-1]),
                       n=int(counts.iloc[-1])))
    return " ".join(parts)
