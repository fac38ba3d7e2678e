"""The governance matrix as cells: every value with its year, status and source(s), or n/a with the reason."""

from __future__ import annotations

import pandas as pd

from dashboard.cards.celltext import (
    CLASSIFIED_MARK,
    DERIVED_MARK,
    escaped,
    fact_markdown,
    is_missing,
    markdown_table,
    na_text,
    short_reason,
    source_links,
)
from dashboard.cards.names import area_names
from dashboard.data import vocab
from dashboard.i18n import t
from dashboard.i18n.fmt import format_number, in_source_language, md_escape

# Rows of the matrix, in display order; core_city_share is derived here from two facts.
MATRIX_ATTRIBUTES = (
    "body_name_local", "body_name_en", "body_type", "legal_basis", "year_established", "n_member_municipalities",
    "population", "area_km2", "core_city_population", "core_city_share", "leadership_mode", "budget_eur",
)
DERIVED_SHARE = "core_city_share"
FACT_ATTRIBUTES = tuple(a for a in MATRIX_ATTRIBUTES if a != DERIVED_SHARE)
_COUNTS = {"population", "core_city_population", "n_member_municipalities", "budget_eur"}
_LOCAL_TEXT = {"body_name_local"}  # written in the area's own language: a proper name, never marked
CELL_COLUMNS = [
    "area_id", "attribute", "label", "shown", "value", "unit", "year", "status", "source_url", "second_source_url",
    "note",
]


def attribute_label(attribute: str, lang: str) -> str:
    """Return the row label of an attribute, with † for classifications and ‡ for derived rows."""
    label = t(f"gov.attr.{attribute}", lang)
    if attribute in vocab.CLASSIFIED_VALUES:
        return f"{label} {CLASSIFIED_MARK}"
    if attribute == DERIVED_SHARE:
        return f"{label} {DERIVED_MARK}"
    return label


def _decimals_as_written(text: str) -> int:
    """Keep the precision the source gave (1839.20 km² stays two decimals)."""
    return len(text.split(".", 1)[1]) if "." in text else 0


def shown_value(attribute: str, value: str, value_num: object, lang: str) -> str:
    """Return a fact's value as displayed: coded values translated, numbers in the locale's format."""
    if attribute == "body_type":
        return t(f"body_type.{value}", lang)
    if attribute == "leadership_mode":
        return t(f"leadership.{value}", lang)
    if attribute in _COUNTS and not is_missing(value_num):
        return format_number(float(value_num), 0, lang) or value
    if attribute == "area_km2" and not is_missing(value_num):
        return format_number(float(value_num), _decimals_as_written(value), lang) or value
    if attribute in _LOCAL_TEXT:
        return value
    return in_source_language(value, lang)  # the research's English text (names, legal bases), marked


def _fact_row(area_id: str, attribute: str, fact: pd.Series | None, lang: str) -> dict[str, object]:
    row: dict[str, object] = {"area_id": area_id, "attribute": attribute, "label": attribute_label(attribute, lang)}
    if fact is None:
        return row | {"shown": na_text(t("gov.no_row", lang), lang), "note": t("gov.no_row", lang)}
    value = None if is_missing(fact["value"]) else str(fact["value"])
    shown = (
        na_text(in_source_language(short_reason(fact["note"]), lang), lang)
        if value is None
        else shown_value(attribute, value, fact["value_num"], lang)
    )
    year = None if is_missing(fact["year"]) else int(fact["year"])
    return row | {
        "shown": shown, "value": value, "unit": fact["unit"], "year": year, "status": fact["status"],
        # the research's note is English: marked (EN) where the page speaks Italian
        "source_url": fact["source_url"], "note": in_source_language(fact["note"], lang),
    }


def share_row(share: pd.Series, lang: str) -> dict[str, object]:
    """Return the derived core-city-share cell: the share where both years match, else n/a with the reason."""
    row: dict[str, object] = {
        "area_id": share["area_id"], "attribute": DERIVED_SHARE, "label": attribute_label(DERIVED_SHARE, lang),
        "unit": "%", "status": "derived",
        "source_url": share["core_source_url"], "second_source_url": share["population_source_url"],
    }
    core_year, pop_year = share["core_year"], share["population_year"]
    if is_missing(share["core_city_population"]) or is_missing(share["population"]):
        reason = t("gov.share.no_fact", lang)
    elif is_missing(core_year) or is_missing(pop_year):
        reason = t("gov.share.no_year", lang)
    elif int(core_year) != int(pop_year):
        reason = t("gov.share.different_years", lang, core=int(core_year), population=int(pop_year))
    else:
        value = float(share["share_pct"])
        return row | {
            "shown": f"{format_number(value, 1, lang)} %", "value": f"{value:.1f}", "year": int(core_year),
            "note": t("gov.share.how", lang, year=int(core_year)),
        }
    return row | {"shown": na_text(reason, lang), "note": reason}


def matrix_cells(areas: pd.DataFrame, facts: pd.DataFrame, shares: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Return one row per area × matrix attribute (CELL_COLUMNS), in area and attribute display order."""
    by_key = {(f["area_id"], f["attribute"]): f for _, f in facts.iterrows()}
    shares_by_area = {s["area_id"]: s for _, s in shares.iterrows()}
    rows = []
    for area_id in areas["area_id"]:
        for attribute in MATRIX_ATTRIBUTES:
            if attribute == DERIVED_SHARE:
                rows.append(share_row(shares_by_area[area_id], lang))
            else:
                rows.append(_fact_row(area_id, attribute, by_key.get((area_id, attribute)), lang))
    return pd.DataFrame(rows).reindex(columns=CELL_COLUMNS).astype({"year": "Int64"})


def cell_markdown(cell: pd.Series, lang: str) -> str:
    """Return one cell as Markdown: value (year) and source link(s); n/a: reason, with a link if a page was read."""
    sources = [cell["source_url"], cell["second_source_url"]]
    if is_missing(cell["value"]):  # shown already says n/a and why (a missing row, a note, different years)
        return md_escape(cell["shown"]) + source_links(sources, lang)
    return fact_markdown(
        cell["shown"], lang, year=cell["year"], timeless=cell["attribute"] in vocab.TIMELESS_ATTRIBUTES,
        sources=sources, derived=cell.get("status") == "derived" and cell["attribute"] != DERIVED_SHARE,
    )


def matrix_markdown(cells: pd.DataFrame, areas: pd.DataFrame, lang: str, per_table: int = 4) -> list[str]:
    """Return the comparison matrix as Markdown tables (attributes as rows, areas as columns), per_table areas each."""
    # Nine columns of long local names do not fit a laptop or projector; four areas per table always do.
    names = area_names(areas, lang)
    area_ids = [a for a in areas["area_id"] if a in set(cells["area_id"])]
    by_key = {(c["attribute"], c["area_id"]): c for _, c in cells.iterrows()}
    tables = []
    for start in range(0, len(area_ids), per_table):
        chunk = area_ids[start : start + per_table]
        header = [md_escape(t("gov.matrix.attribute", lang)), *(md_escape(names[a]) for a in chunk)]
        rows = [
            [f"**{md_escape(attribute_label(attribute, lang))}**", *(cell_markdown(by_key[(attribute, a)], lang)
                                                                   for a in chunk)]
            for attribute in MATRIX_ATTRIBUTES
        ]
        tables.append(markdown_table(header, rows))
    return tables


def cells_for_download(cells: pd.DataFrame, areas: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """Return the cells as a tidy table for CSV: area name, attribute, value, unit, year, status, sources, note."""
    names = area_names(areas, lang)
    out = cells.assign(area=cells["area_id"].map(names))
    return out[["area_id", "area", "attribute", "label", "value", "shown", "unit", "year", "status", "source_url",
                "second_source_url", "note"]]


def profile_markdown(area: pd.Series, cells: pd.DataFrame, grid: pd.DataFrame, lang: str) -> str:
    """Return one area's profile: its matrix facts, then the competences held and shared with their source."""
    title = area["name_it" if lang == "it" else "name_en"]
    lines = [f"#### {md_escape(title)}", f"*{escaped(area['name_local'])}*", ""]
    for _, cell in cells[cells["area_id"] == area["area_id"]].iterrows():
        lines.append(f"**{md_escape(cell['label'])}:** {cell_markdown(cell, lang)}  ")
    mine = grid[grid["area_id"] == area["area_id"]]
    name_col = "name_it" if lang == "it" else "name_en"
    for level in ("held", "shared", "not_held"):
        names = mine.loc[mine["level"] == level, name_col].tolist()
        if names:
            urls = mine.loc[mine["level"] == level, "source_url"].tolist()
            label = f"{t(f'gov.profile.{level}', lang)} {CLASSIFIED_MARK}"
            lines.append(f"**{label}:** {md_escape(', '.join(names))}{source_links(urls, lang)}  ")
    unknown = int((mine["level"] == "unknown").sum())
    if unknown:
        lines.append(f"**{t('gov.profile.unknown', lang)}:** {unknown}")
    return "\n".join(lines)


def competence_table(grid: pd.DataFrame, areas: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Return the competence levels as a table: area, competence, level (translated), sources and note."""
    names = area_names(areas, lang)
    return pd.DataFrame({
        "area_id": grid["area_id"],
        "area": grid["area_id"].map(names),
        "competence": grid["competence"],
        "competence_name": grid["name_it" if lang == "it" else "name_en"],
        "level": grid["level"],
        "level_label": grid["level"].map(lambda level: t(f"level.{level}", lang)),
        "status": grid["status"],
        "source_url": grid["source_url"],
        "list_source_url": grid["list_source_url"],
        "note": [in_source_language(note, lang) for note in grid["note"]],
    })
