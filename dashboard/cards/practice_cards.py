"""Good-practice cards, the side-by-side table and the download table as Markdown/frames (no Streamlit)."""

from __future__ import annotations

import pandas as pd

from dashboard.cards.celltext import CLASSIFIED_MARK, escaped, is_missing, markdown_table, na_text, source_links
from dashboard.i18n import t
from dashboard.i18n.fmt import in_source_language, md_escape

COMPARE_ROWS = ("area", "title_en", "years", "theme", "level", "description", "evidence", "screening", "sources")


def years_text(practice: pd.Series, lang: str) -> str:
    """Return '2017–2020', '2017–ongoing', 'n/a–2030' or n/a with the reason (plain text)."""
    start = "" if is_missing(practice["year_start"]) else str(int(practice["year_start"]))
    if bool(practice["ongoing"]):
        end = t("practices.ongoing", lang)
    else:
        end = "" if is_missing(practice["year_end"]) else str(int(practice["year_end"]))
    if not start and not end:
        return na_text(t("practices.no_years", lang), lang)
    if start == end:
        return start
    return f"{start or t('na', lang)}–{end or t('na', lang)}"


def english(text: object, lang: str) -> str:
    """The research's English text as escaped Markdown, marked (EN) where the page speaks Italian."""
    return escaped(in_source_language(text, lang))


def sources_of(practice: pd.Series) -> list[str]:
    """Return the practice's page, its further sources and its Interreg database entry, in that order."""
    others = "" if is_missing(practice["other_sources"]) else str(practice["other_sources"])
    extra = [u.strip() for u in others.split(" ; ") if u.strip()]
    return [practice["source_url"], *extra, practice["interreg_gp_url"]]


def level_text(practice: pd.Series, lang: str) -> str:
    """Return the level as the research writes it, with the project's level class marked †."""
    label = t(f"practice_level.{practice['level_class']}", lang)
    return f"{english(practice['governance_level'], lang)} ({md_escape(label)} {CLASSIFIED_MARK})"


def evidence_text(practice: pd.Series, lang: str) -> str:
    """Return the documented evidence of results, or n/a with the reason."""
    if is_missing(practice["evidence_of_results"]):
        return md_escape(na_text(t("practices.no_evidence", lang), lang))
    return english(practice["evidence_of_results"], lang)


def screening_lines(practice_id: str, screening: pd.DataFrame, criteria: pd.DataFrame, lang: str) -> list[str]:
    """Return one Markdown line per screened criterion: id, name, result † and the rule's reason."""
    names = dict(zip(criteria["criterion_id"], criteria[f"name_{lang}" if lang == "it" else "name_en"], strict=True))
    lines = []
    for row in screening[screening["practice_id"] == practice_id].itertuples():
        result = t(f"screening.{row.result}", lang)
        reason = row.reason_it if lang == "it" else row.reason_en
        lines.append(f"{md_escape(row.criterion_id)} {md_escape(names.get(row.criterion_id, ''))}: "
                     f"**{md_escape(result)} {CLASSIFIED_MARK}** — {md_escape(reason)}")
    return lines


def card_markdown(
    practice: pd.Series, area_name: str, screening: pd.DataFrame, criteria: pd.DataFrame, lang: str
) -> str:
    """Return one practice card: titles, area, years, theme, level, description, evidence, screening, sources."""
    lines = [f"#### {md_escape(practice['title_local'])}"]
    if practice["title_en"] != practice["title_local"]:
        lines.append(f"*{english(practice['title_en'], lang)}*")
    rows = [
        ("practices.col.id", md_escape(practice["practice_id"])),
        ("practices.col.area", md_escape(area_name)),
        ("practices.col.years", md_escape(years_text(practice, lang))),
        ("practices.col.theme", md_escape(t(f"practice_theme.{practice['theme']}", lang))),
        ("practices.col.level", level_text(practice, lang)),
    ]
    lines += ["", *(f"**{t(key, lang)}:** {value}  " for key, value in rows)]
    lines += ["", english(practice["description"], lang), ""]
    lines.append(f"**{t('practices.col.evidence', lang)}:** {evidence_text(practice, lang)}")
    screened = screening_lines(practice["practice_id"], screening, criteria, lang)
    if screened:
        lines += ["", f"**{t('practices.screening_heading', lang)} {CLASSIFIED_MARK}:**  ",
                  *(f"{line}  " for line in screened)]
    links = source_links(sources_of(practice), lang).removeprefix(" · ")
    lines += ["", f"**{t('practices.col.sources', lang)}:** {links}"]
    return "\n".join(lines)


def compare_markdown(
    chosen: pd.DataFrame, area_names: dict[str, str], screening: pd.DataFrame, criteria: pd.DataFrame, lang: str
) -> str:
    """Return two or three practices side by side as a Markdown table (practices as columns)."""
    header = [md_escape(t("practices.compare.attribute", lang)), *(md_escape(p) for p in chosen["title_local"])]
    cells: dict[str, list[str]] = {key: [] for key in COMPARE_ROWS}
    for _, p in chosen.iterrows():
        cells["area"].append(md_escape(area_names.get(p["area_id"], p["area_id"])))
        cells["title_en"].append(english(p["title_en"], lang))
        cells["years"].append(md_escape(years_text(p, lang)))
        cells["theme"].append(md_escape(t(f"practice_theme.{p['theme']}", lang)))
        cells["level"].append(level_text(p, lang))
        cells["description"].append(english(p["description"], lang))
        cells["evidence"].append(evidence_text(p, lang))
        cells["screening"].append(" • ".join(screening_lines(p["practice_id"], screening, criteria, lang))
                                  or md_escape(t("na", lang)))
        cells["sources"].append(source_links(sources_of(p), lang).removeprefix(" · "))
    rows = [[f"**{md_escape(t(f'practices.col.{key}', lang))}**", *cells[key]] for key in COMPARE_ROWS]
    return markdown_table(header, rows)


def practices_for_download(practices: pd.DataFrame, area_names: dict[str, str], lang: str) -> pd.DataFrame:
    """Return the practices as shown, one row each, with area name and theme label, for the table and files."""
    out = practices.assign(
        area=practices["area_id"].map(area_names),
        theme_label=practices["theme"].map(lambda theme: t(f"practice_theme.{theme}", lang)),
        ongoing=practices["ongoing"].map({True: "yes", False: "no"}),
    )
    return out[["practice_id", "area_id", "area", "title_local", "title_en", "year_start", "year_end", "ongoing",
                "theme", "theme_label", "governance_level", "level_class", "description", "evidence_of_results",
                "plan_id", "source_url", "interreg_gp_url", "other_sources", "note"]]


def criteria_table(criteria: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Return the criteria in the page language: id, name, explanation, evidence, source."""
    suffix = "it" if lang == "it" else "en"
    return pd.DataFrame({
        "criterion_id": criteria["criterion_id"], "framework": criteria["framework"],
        "name": criteria[f"name_{suffix}"], "explanation": criteria[f"explanation_{suffix}"],
        "evidence": criteria[f"evidence_{suffix}"], "source_url": criteria["source_url"],
    })


def screening_matrix(screening: pd.DataFrame, practice_ids: list[str], lang: str) -> str:
    """Return the screening as a Markdown table: practices as rows, screened criteria as columns (results †)."""
    columns = list(dict.fromkeys(screening["criterion_id"]))
    results = {(r.practice_id, r.criterion_id): r.result for r in screening.itertuples()}
    header = [md_escape(t("practices.col.id", lang)), *(md_escape(c) for c in columns)]
    rows = [[md_escape(pid), *(md_escape(t(f"screening.{results[(pid, c)]}", lang)) if (pid, c) in results
                              else md_escape(t("screening.not_screened", lang)) for c in columns)]
            for pid in practice_ids]
    return markdown_table(header, rows)
