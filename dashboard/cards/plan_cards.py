"""Plan cards and the side-by-side plan comparison as Markdown (no Streamlit); axes with their themes."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from dashboard.cards.celltext import (
    escaped,
    fact_markdown,
    is_missing,
    markdown_table,
    na_text,
    source_links,
    status_label,
)
from dashboard.data.vocab import PLAN_THEMES_ORDER as THEME_ORDER
from dashboard.i18n import t
from dashboard.i18n.fmt import format_date, in_source_language, md_escape

COMPARE_ROWS = ("area", "name_en", "type", "edition", "adoption", "horizon", "status", "axes", "themes", "eu_funds",
                "sources")


# The research's plan texts are English; a bare approval date is the one kind said in the page language.
_APPROVED = re.compile(r"approved (\d{1,2} [A-Z][a-z]+ \d{4})")


def _or_na(value: object, lang: str, reason: str = "") -> str:
    """A plan's research text field: as written (marked (EN) on an Italian page), or n/a with the reason."""
    return fact_markdown(None if is_missing(value) else in_source_language(value, lang), lang, timeless=True,
                         reason=reason)


def plan_title(plan: pd.Series, lang: str) -> tuple[str, bool]:
    """Return the plan's title in lang (plans.csv name_en / name_it) and whether it is the project's translation."""
    language = "it" if lang == "it" else "en"
    title = plan.get(f"name_{language}")
    if is_missing(title):
        return str(plan["name_local"]), False
    return str(title), plan.get("name_language") != language


def working_title(plan: pd.Series, lang: str) -> str:
    """Return the title in lang as plain text, marked as a working translation where it is one; '' if the same."""
    title, translated = plan_title(plan, lang)
    if title == plan["name_local"]:
        return ""
    return t("plans.working_title", lang, title=title) if translated else title


def detail_text(detail: object, lang: str) -> str:
    """Return an adoption detail: 'approved 16 May 2018' in the locale's words, any other text marked (EN)."""
    text = "" if is_missing(detail) else str(detail).strip()
    match = _APPROVED.fullmatch(text)
    if match:
        try:
            day = dt.datetime.strptime(match.group(1), "%d %B %Y").date()
        except ValueError:
            return in_source_language(text, lang)
        return t("plans.approved_on", lang, date=format_date(day, lang))
    return in_source_language(text, lang)


def adoption_text(plan: pd.Series, lang: str) -> str:
    """Return the adoption year with its detail, or n/a with the detail (or a stated reason) as the reason."""
    detail = detail_text(plan["adoption_detail"], lang)
    if not is_missing(plan["adoption_year"]):
        text = str(int(plan["adoption_year"]))
        return md_escape(text) + (f" — {escaped(detail)}" if detail else "")
    text = md_escape(na_text(t("plans.no_adoption", lang), lang))
    return text + (f" — {escaped(detail)}" if detail else "")


def axis_text(name: object, language: object, lang: str) -> str:
    """Return an axis name as written, marked with its language (axes.csv) where the page speaks another."""
    source = str(language) if isinstance(language, str) and language else lang  # language not recorded: unmarked
    return in_source_language(name, lang, source)


def other_sources(plan: pd.Series) -> list[str]:
    """Return the plan's further sources (the research separates them with ' ; ')."""
    text = "" if is_missing(plan["other_sources"]) else str(plan["other_sources"])
    return [part.strip() for part in text.split(" ; ") if part.strip()]


def axes_lines(plan_id: str, axes: pd.DataFrame, themes: pd.DataFrame, lang: str) -> list[str]:
    """Return one Markdown line per axis: number, name as written, and its themes (marked as classification)."""
    lines = []
    for axis in axes[axes["plan_id"] == plan_id].itertuples():
        own = themes[(themes["plan_id"] == plan_id) & (themes["axis_no"] == axis.axis_no)]["theme"]
        labels = ", ".join(t(f"theme.{theme}", lang) for theme in own)
        suffix = f" — *{md_escape(labels)} †*" if labels else ""
        lines.append(f"{axis.axis_no}\\. {md_escape(axis_text(axis.name, axis.language, lang))}{suffix}")
    return lines


def card_markdown(plan: pd.Series, area_name: str, axes: pd.DataFrame, themes: pd.DataFrame, lang: str) -> str:
    """Return one plan card: names, area, type, edition, adoption, horizon, status, axes, EU funds, documents."""
    lines = [f"#### {md_escape(plan['name_local'])}"]
    title = working_title(plan, lang)
    if title:
        lines.append(f"*{md_escape(title)}*")
    status_text = escaped(in_source_language(plan["status"], lang))
    status = f"{md_escape(status_label(plan['status_class'], lang))} ({status_text})"
    rows = [
        ("plans.col.area", md_escape(area_name)),
        ("plans.col.type", _or_na(plan["plan_type"], lang)),
        ("plans.col.edition", _or_na(plan["edition"], lang, t("plans.not_stated", lang))),
        ("plans.col.adoption", adoption_text(plan, lang)),
        ("plans.col.horizon", _or_na(plan["horizon"], lang, t("plans.not_stated", lang))),
        ("plans.col.status", status),
        ("plans.col.eu_funds", _or_na(plan["eu_funding_link"], lang, t("plans.no_eu_link", lang))),
    ]
    lines += ["", *(f"**{t(key, lang)}:** {value}  " for key, value in rows)]
    axis_lines = axes_lines(plan["plan_id"], axes, themes, lang)
    count = len(axis_lines)
    stated = "" if is_missing(plan["n_axes"]) else str(plan["n_axes"])
    heading = t("plans.axes_heading", lang, n=count) + (f" ({t('plans.axes_stated', lang, n=stated)})"
                                                         if stated and stated != str(count) else "")
    if axis_lines:
        lines += [f"**{md_escape(heading)}:**  ", *(f"{line}  " for line in axis_lines)]
    else:
        lines.append(f"**{md_escape(heading)}:** {md_escape(na_text(t('plans.no_axes', lang), lang))}  ")
    links = source_links([plan["source_url"], *other_sources(plan)], lang).removeprefix(" · ")
    lines.append(f"**{t('plans.col.document', lang)}:** {links}")
    return "\n".join(lines)


def compare_markdown(
    chosen: pd.DataFrame, area_names: dict[str, str], axes: pd.DataFrame, themes: pd.DataFrame, lang: str
) -> str:
    """Return two or three plans side by side as a Markdown table (plans as columns)."""
    header = [md_escape(t("plans.compare.attribute", lang)), *(md_escape(p) for p in chosen["name_local"])]
    cells: dict[str, list[str]] = {key: [] for key in COMPARE_ROWS}
    for _, plan in chosen.iterrows():
        plan_themes = set(themes.loc[themes["plan_id"] == plan["plan_id"], "theme"])
        cells["area"].append(md_escape(area_names[plan["area_id"]]))
        title, translated = plan_title(plan, lang)
        shown = t("plans.working_title", lang, title=title) if translated else title
        cells["name_en"].append(md_escape(shown))
        cells["type"].append(_or_na(plan["plan_type"], lang))
        cells["edition"].append(_or_na(plan["edition"], lang, t("plans.not_stated", lang)))
        cells["adoption"].append(adoption_text(plan, lang))
        cells["horizon"].append(_or_na(plan["horizon"], lang, t("plans.not_stated", lang)))
        cells["status"].append(md_escape(status_label(plan["status_class"], lang)))
        axis_lines = axes_lines(plan["plan_id"], axes, themes, lang)
        cells["axes"].append(" • ".join(axis_lines) if axis_lines else md_escape(na_text(t("plans.no_axes", lang),
                                                                                          lang)))
        covered = [t(f"theme.{theme}", lang) for theme in THEME_ORDER if theme in plan_themes]
        cells["themes"].append(md_escape(", ".join(covered)) + " †" if covered else md_escape(t("na", lang)))
        cells["eu_funds"].append(_or_na(plan["eu_funding_link"], lang, t("plans.no_eu_link", lang)))
        cells["sources"].append(source_links([plan["source_url"], *other_sources(plan)], lang).removeprefix(" · "))
    rows = [[f"**{md_escape(t(f'plans.compare.{key}', lang))}**", *cells[key]] for key in COMPARE_ROWS]
    return markdown_table(header, rows)


def plans_for_download(plans: pd.DataFrame, area_names: dict[str, str], themes: pd.DataFrame) -> pd.DataFrame:
    """Return the plans as shown, one row each, with their themes (classified) and sources, for CSV."""
    covered = themes.groupby("plan_id")["theme"].agg(lambda s: ";".join(sorted(set(s))))
    out = plans.assign(area=plans["area_id"].map(area_names), themes_classified=plans["plan_id"].map(covered))
    return out[["plan_id", "area_id", "area", "name_local", "name_en", "plan_type", "edition", "adoption_year",
                "adoption_detail", "horizon", "horizon_start", "horizon_end", "status", "status_class", "n_axes",
                "themes_classified", "eu_funding_link", "source_url", "other_sources", "note"]]


def default_comparison(plans: pd.DataFrame, axes: pd.DataFrame, n: int = 2) -> list[str]:
    """Return the default plans to compare: the first plan with axes of each of the first n areas that have one."""
    with_axes = plans[plans["plan_id"].isin(set(axes["plan_id"]))]
    chosen = with_axes.drop_duplicates("area_id")["plan_id"].head(n).tolist()
    return chosen if len(chosen) == n else plans["plan_id"].head(n).tolist()


def axis_themes_for_download(themes: pd.DataFrame, plans: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Return the theme mapping rows with plan name, area, axis text, theme label and the axis source."""
    named = themes.merge(plans[["plan_id", "area_id", "name_local"]], on="plan_id", how="left")
    named["theme_label"] = named["theme"].map(lambda theme: t(f"theme.{theme}", lang))
    return named[["plan_id", "area_id", "name_local", "axis_no", "axis_name", "theme", "theme_label", "status",
                  "source_url"]]
