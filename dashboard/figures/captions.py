"""Labels and figure captions for the Compare page: source, unit, years, what is missing and why (no Streamlit)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from dashboard.i18n import has, t
from dashboard.i18n.fmt import format_number, md_escape
from dashboard.transform import breaks
from dashboard.transform.series import FLAG_LETTERS, NO_ROW, PARTNERS
from dashboard.transform.view_state import PER_CAPITA, TOTALS, CompareState

KNOWN_MISSING = (NO_ROW, "no_base", "no_population", "incomplete", "one_area")
REASON_LENGTH = 90
# What a value's nuts_code measures for its area (the 'region' column of labelled rows): '' = the area's own
# NUTS-3 region(s) or their aggregate; 'larger' = a NUTS-1/NUTS-2 region or the country containing them;
# 'same' = a NUTS-2 region made of exactly the area's NUTS-3 regions; 'other' = any other territory.
OWN, LARGER, SAME, OTHER = "", "larger", "same", "other"
# NUTS 2021 (Eurostat): NUTS-2 regions that consist of exactly these NUTS-3 regions (proxies of the same territory).
NUTS2_SAME_TERRITORY = {
    "PL91": frozenset({"PL911", "PL912", "PL913"}),
    "RO32": frozenset({"RO321", "RO322"}),
}


def series_label(series_id: str, lang: str, fallback: str = "") -> str:
    """Return the legend label of an area or benchmark series."""
    if series_id == PARTNERS:
        return t("series.partners", lang)
    if series_id == "eu":
        return t("series.eu", lang)
    if series_id.startswith("country:"):
        code = series_id.split(":", 1)[1]
        name = t(f"country.{code}", lang) if has(f"country.{code}") else code
        return t("series.country", lang, country=name)
    key = f"area.short.{series_id}"
    return t(key, lang) if has(key) else (fallback or series_id)


def nuts_level(code: str) -> str:
    """Return the level a NUTS code names: 'country' (no digits, or only zeros: MK00), 'nuts1', 'nuts2', 'nuts3'."""
    digits = code[2:]
    if not digits.strip("0"):
        return "country"
    return {1: "nuts1", 2: "nuts2"}.get(len(digits), "nuts3")


def region_kind(code: str, nuts3: Sequence[str], indicator_geo: str = "") -> str:
    """Return what a value's nuts_code measures for an area with these NUTS-3 codes (OWN, LARGER, SAME, OTHER)."""
    own = set(nuts3)
    if not code or code == indicator_geo or set(code.split("+")) <= own:
        return OWN
    if NUTS2_SAME_TERRITORY.get(code) == own:
        return SAME
    return LARGER if own and all(region.startswith(code) for region in own) else OTHER


def area_regions(areas: pd.DataFrame) -> dict[str, tuple[list[str], str]]:
    """Return each area's NUTS-3 codes and indicator geo (the code of its aggregate), by area_id."""
    geos = areas["indicator_geo"] if "indicator_geo" in areas else [""] * len(areas)
    return {
        a: (list(codes), str(geo) if isinstance(geo, str) else "")
        for a, codes, geo in zip(areas["area_id"], areas["nuts3"], geos, strict=True)
    }


def with_labels(rows: pd.DataFrame, areas: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Return rows with a 'label', the row's 'country' (for census breaks) and the 'region' its value measures."""
    cities = dict(zip(areas["area_id"], areas["core_city"], strict=True))
    countries = dict(zip(areas["area_id"], areas["country"], strict=True))
    regions = area_regions(areas)
    out = rows.copy()
    out["label"] = [series_label(s, lang, cities.get(s, "")) for s in out["series"]]
    out["country"] = [
        countries.get(s, s.split(":", 1)[1] if s.startswith("country:") else "") for s in out["series"]
    ]
    out["region"] = [
        region_kind(str(code), *regions[s]) if kind == "area" and s in regions else OWN
        for s, kind, code in zip(out["series"], out["kind"], out["nuts_code"], strict=True)
    ]
    return out


def region_text(code: str, kind: str, lang: str) -> str:
    """Return the hover line saying that a value is for another territory than the area's NUTS-3 region(s)."""
    if kind == OWN:
        return ""
    return t(f"fig.proxy.{kind}", lang, code=code, level=t(f"region.{nuts_level(code)}", lang))


def break_points(rows: pd.DataFrame, indicator_id: str, norm: str) -> pd.Series:
    """Return a boolean per row: a census break of the row's country in the row's year, for this indicator."""
    if not breaks.census_affected(indicator_id, per_capita=norm == "per_capita"):
        return pd.Series(False, index=rows.index)
    return pd.Series(
        [breaks.is_census_break(c, int(y)) for c, y in zip(rows["country"], rows["year"], strict=True)],
        index=rows.index,
    )


def unit_label(catalog: pd.Series, state: CompareState, base: int | None, lang: str) -> str:
    """Return the unit of the values shown (as published, index or per capita)."""
    if state.norm == "index":
        return t("unit.index", lang, base=base if base is not None else "–")
    if state.norm == "per_capita" and state.ind in PER_CAPITA:
        return t(f"unit.{PER_CAPITA[state.ind][1]}", lang)
    return str(catalog[f"unit_{'it' if lang == 'it' else 'en'}"])


def indicator_name(catalog: pd.Series, lang: str) -> str:
    """Return the indicator's name in the UI language."""
    return str(catalog[f"name_{'it' if lang == 'it' else 'en'}"])


def year_spans(years: Sequence[int]) -> str:
    """Return years as compact spans: 2014–2015, 2024."""
    ordered = sorted({int(y) for y in years})
    spans: list[str] = []
    start = prev = None
    for year in ordered:
        if start is None:
            start = prev = year
        elif year == prev + 1:
            prev = year
        else:
            spans.append(f"{start}–{prev}" if prev != start else str(start))
            start = prev = year
    if start is not None:
        spans.append(f"{start}–{prev}" if prev != start else str(start))
    return ", ".join(spans)


def missing_text(code: str, lang: str) -> str:
    """Return why a value is missing as plain text: a known code translated, or the data's own note (shortened)."""
    if code in KNOWN_MISSING:
        return t(f"caption.missing.{code}", lang)
    text = str(code).split(";")[0].strip()
    return text if len(text) <= REASON_LENGTH else text[: REASON_LENGTH - 1] + "…"


def missing_reason(code: str, lang: str) -> str:
    """Return why a value is missing for Markdown: a known code translated, or the data's own note (escaped)."""
    return missing_text(code, lang) if code in KNOWN_MISSING else md_escape(missing_text(code, lang))


def missing_items(rows: pd.DataFrame, lang: str) -> list[str]:
    """Return 'Label: years (reason)' for every series with missing values in the rows shown."""
    gaps = rows[rows["value"].isna()]
    items = []
    for (label, reason), group in gaps.groupby(["label", "missing"], sort=False):
        items.append(f"{md_escape(label)} {year_spans(group['year'])} ({missing_reason(reason, lang)})")
    return items


def flag_items(rows: pd.DataFrame, lang: str) -> list[str]:
    """Return the meaning of each producer flag present in the rows shown."""
    letters = set("".join(str(f) for f in rows.loc[rows["value"].notna(), "flag"]))
    return [t(f"flag.{letter}", lang) for letter in FLAG_LETTERS if letter in letters]


def break_items(rows: pd.DataFrame, indicator_id: str, norm: str, lang: str) -> list[str]:
    """Return the census breaks of the countries and years shown."""
    if not breaks.census_affected(indicator_id, per_capita=norm == "per_capita"):
        return []
    shown_years = set(int(y) for y in rows["year"])
    countries = [c for c in dict.fromkeys(rows["country"]) if c in breaks.CENSUS_BREAKS]
    return [t(f"break.{c}", lang) for c in countries if shown_years & set(breaks.CENSUS_BREAKS[c])]


def source_text(rows: pd.DataFrame, catalog: pd.Series) -> str:
    """Return the producer datasets behind the values shown (the catalogue's dataset if none is shown)."""
    names: dict[str, None] = {}
    for source in rows.loc[rows["value"].notna(), "source"]:
        for part in str(source).split("; "):
            if part:
                names[part] = None
    return md_escape("; ".join(names) or str(catalog["source_dataset"]))


def _region_rows(rows: pd.DataFrame, areas: pd.DataFrame) -> pd.DataFrame:
    """The rows of areas that have a value, with the 'region' their value measures."""
    have = rows[(rows["kind"] == "area") & rows["value"].notna()]
    if "region" in have:
        return have
    regions = area_regions(areas)
    return have.assign(region=[
        region_kind(str(code), *regions[s]) if s in regions else OWN
        for s, code in zip(have["series"], have["nuts_code"], strict=True)
    ])


def proxy_lines(rows: pd.DataFrame, areas: pd.DataFrame, lang: str) -> list[str]:
    """Return, per kind of territory, which areas' values are for a region other than their NUTS-3 region(s)."""
    have = _region_rows(rows, areas)
    cities = dict(zip(areas["area_id"], areas["core_city"], strict=True))
    lines = []
    for kind in (LARGER, SAME, OTHER):
        items = []
        for (series, code), group in have[have["region"] == kind].groupby(["series", "nuts_code"], sort=False):
            area = md_escape(series_label(series, lang, cities.get(series, "")))
            mixed = (have.loc[have["series"] == series, "nuts_code"] != code).any()
            if mixed:  # the area has values for other territories in the years shown: say which years this is
                area += f" {year_spans(group['year'])}"
            key = "caption.proxy.first" if not items else "caption.proxy.next"
            items.append(t(key, lang, area=area, code=md_escape(code), level=t(f"region.{nuts_level(code)}", lang)))
        if items:
            lines.append(t(f"caption.proxy.{kind}", lang, items=", ".join(items)))
    return lines


def area_notes(areas: pd.DataFrame, area_ids: Sequence[str], lang: str, rows: pd.DataFrame | None = None) -> str:
    """Return the note on how its NUTS-3 regions approximate each selected area (with rows: only areas shown so)."""
    if rows is not None:
        have = _region_rows(rows, areas)
        area_ids = [a for a in area_ids if (have.loc[have["series"] == a, "region"] == OWN).any()]
    chosen = areas[areas["area_id"].isin(area_ids)]
    parts = [
        f"{md_escape(series_label(r.area_id, lang, r.core_city))}: {md_escape(r.note)}"
        for r in chosen.itertuples()
        if isinstance(r.note, str) and r.note
    ]
    return " · ".join(parts)


def caption_lines(
    rows: pd.DataFrame,
    catalog: pd.Series,
    state: CompareState,
    areas: pd.DataFrame,
    lang: str,
    *,
    years: tuple[int, int] | None = None,
    year: int | None = None,
    base: int | None = None,
    scatter_x: pd.Series | None = None,
) -> list[str]:
    """Return the caption of one figure as Markdown lines: source, unit, years, derivations, missing, breaks."""
    shown = rows
    lines = [
        f"**{md_escape(indicator_name(catalog, lang))}**. "
        + t("caption.source", lang, sources=source_text(shown, catalog), licence=md_escape(catalog["licence"]))
        + " "
        + t("caption.unit", lang, unit=md_escape(unit_label(catalog, state, base, lang)))
    ]
    if scatter_x is not None:
        lines.append(t("caption.scatter", lang, y=md_escape(indicator_name(catalog, lang)),
                       x=md_escape(indicator_name(scatter_x, lang))))
    if years is not None:
        lines.append(t("caption.years", lang, first=years[0], last=years[1]))
    elif year is None:
        lines.append(t("caption.no_year", lang))
    else:
        lines.append(t("caption.year_auto" if state.year is None else "caption.year", lang, year=year))
    if state.norm == "index" and scatter_x is None:
        lines.append(t("caption.index", lang, base=base if base is not None else "–"))
    if state.norm == "per_capita" and state.ind in PER_CAPITA and scatter_x is None:
        factor, unit = PER_CAPITA[state.ind]
        lines.append(t("caption.per_capita", lang, factor=format_number(factor, 0, lang), unit=t(f"unit.{unit}", lang)))
        if state.ind == "employment_thousand":
            lines.append(t("caption.commuting", lang))
    if PARTNERS in state.bench:
        lines.append(t("caption.partners", lang))
    gaps = missing_items(shown, lang)
    lines.append(t("caption.missing", lang, items="; ".join(gaps)) if gaps else t("caption.missing_none", lang))
    flags = flag_items(shown, lang)
    if flags:
        lines.append(t("caption.flags", lang, items="; ".join(flags)))
    found_breaks = break_items(shown, state.ind, state.norm, lang)
    if found_breaks:
        lines.append(t("caption.breaks", lang, items="; ".join(found_breaks)))
    first, last = years if years is not None else (year or 0, year or 0)
    if breaks.release_break_shown(state.ind, first, last):
        lines.append(t("caption.release_break", lang))
    if state.ind == "population_jan1_prev_release":
        lines.append(t("caption.prev_release", lang))
    if state.ind in TOTALS and state.norm == "none" and {"country", "eu"} & set(state.bench):
        lines.append(t("caption.totals", lang))
    if state.colour == "body_type":
        lines.append(t("caption.body_type", lang))
    notes = area_notes(areas, state.areas, lang, shown)
    if notes:
        lines.append(t("caption.nuts", lang, items=notes))
    lines.extend(proxy_lines(shown, areas, lang))
    return lines

def region_lines(row: Mapping[str, object], lang: str) -> list[str]:
    """Hover lines naming the territory an area's value is for: its NUTS code, and if it is a proxy, which."""
    code = str(row.get("nuts_code") or "")
    if row.get("kind") != "area" or not code or pd.isna(row.get("value")):
        return []
    proxy = region_text(code, str(row.get("region") or ""), lang)
    return [t("fig.nuts", lang, code=code), *([proxy] if proxy else [])]
