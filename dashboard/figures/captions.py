"""Labels and figure captions for the Compare page: source, unit, years, what is missing and why (no Streamlit)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from dashboard.cards.celltext import origin_text
from dashboard.i18n import t
from dashboard.i18n.fmt import format_number, in_source_language, md_escape
from dashboard.transform.series import FLAG_LETTERS, NO_ROW, PARTNERS
from dashboard.transform.view_state import CompareState

KNOWN_MISSING = (NO_ROW, "no_base", "no_population", "incomplete", "one_area")
REASON_LENGTH = 90
# What a value's nuts_code measures for its area (the 'region' column of labelled rows): '' = the area's own
# NUTS-3 region(s) or their aggregate; 'larger' = a NUTS-1/NUTS-2 region or the country containing them;
# 'same' = a NUTS-2 region made of exactly the area's NUTS-3 regions; 'other' = any other territory.
OWN, LARGER, SAME, OTHER = "", "larger", "same", "other"
# caption_lines starts with the lines shown under a figure: name, source and unit; year(s); what is missing.
SUMMARY_LINES = 3


def _suffix(lang: str) -> str:
    """The column suffix of a language: it or en."""
    return "it" if lang == "it" else "en"


def _yes(value: object) -> bool:
    """A yes/no catalogue value (a boolean from the view) as bool; missing is no."""
    return value is not None and not pd.isna(value) and bool(value)


def series_labels(areas: pd.DataFrame, lang: str) -> dict[str, str]:
    """Return the legend label of every area (its short name) and of every area's country benchmark, by series id."""
    suffix = _suffix(lang)
    labels = {str(a): str(name) for a, name in zip(areas["area_id"], areas[f"short_{suffix}"], strict=True)}
    names = areas[f"country_name_{suffix}"] if f"country_name_{suffix}" in areas else areas["country"]
    for code, name in zip(areas["country"], names, strict=True):
        shown = name if isinstance(name, str) and name else code
        labels[f"country:{code}"] = t("series.country", lang, country=shown)
    return labels


def series_label(series_id: str, lang: str, labels: Mapping[str, str]) -> str:
    """Return the legend label of an area or benchmark series (labels from series_labels)."""
    if series_id == PARTNERS:
        return t("series.partners", lang)
    if series_id == "eu":
        return t("series.eu", lang)
    if series_id in labels:
        return labels[series_id]
    if series_id.startswith("country:"):
        return t("series.country", lang, country=series_id.split(":", 1)[1])
    return series_id


def nuts_level(code: str) -> str:
    """Return the level a NUTS code names: 'country' (no digits, or only zeros: MK00), 'nuts1', 'nuts2', 'nuts3'."""
    digits = code[2:]
    if not digits.strip("0"):
        return "country"
    return {1: "nuts1", 2: "nuts2"}.get(len(digits), "nuts3")


def region_kind(code: str, nuts3: Sequence[str], indicator_geo: str = "", nuts2_same: str = "") -> str:
    """Return what a value's nuts_code measures for an area with these NUTS-3 codes (OWN, LARGER, SAME, OTHER)."""
    own = set(nuts3)
    if not code or code == indicator_geo or set(code.split("+")) <= own:
        return OWN
    if nuts2_same and code == nuts2_same:  # areas.csv: the NUTS-2 region made of exactly the area's NUTS-3 regions
        return SAME
    return LARGER if own and all(region.startswith(code) for region in own) else OTHER


def area_regions(areas: pd.DataFrame) -> dict[str, tuple[list[str], str, str]]:
    """Return each area's NUTS-3 codes, indicator geo (the code of its aggregate) and same-territory NUTS-2 code."""
    blank = [""] * len(areas)
    geos = areas["indicator_geo"] if "indicator_geo" in areas else blank
    same = areas["nuts2_same"] if "nuts2_same" in areas else blank
    return {
        a: (list(codes), str(geo) if isinstance(geo, str) else "", str(n2) if isinstance(n2, str) else "")
        for a, codes, geo, n2 in zip(areas["area_id"], areas["nuts3"], geos, same, strict=True)
    }


def with_labels(rows: pd.DataFrame, areas: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Return rows with a 'label', the row's 'country', the 'region' its value measures and the area 'colour'."""
    labels = series_labels(areas, lang)
    countries = dict(zip(areas["area_id"], areas["country"], strict=True))
    colours = dict(zip(areas["area_id"], areas["colour"], strict=True)) if "colour" in areas else {}
    regions = area_regions(areas)
    out = rows.copy()
    out["label"] = [series_label(s, lang, labels) for s in out["series"]]
    out["country"] = [
        countries.get(s, s.split(":", 1)[1] if s.startswith("country:") else "") for s in out["series"]
    ]
    out["region"] = [
        region_kind(str(code), *regions[s]) if kind == "area" and s in regions else OWN
        for s, kind, code in zip(out["series"], out["kind"], out["nuts_code"], strict=True)
    ]
    out["colour"] = [colours.get(s, "") if kind == "area" else "" for s, kind in zip(out["series"], out["kind"],
                                                                                      strict=True)]
    return out


def region_text(code: str, kind: str, lang: str) -> str:
    """Return the hover line saying that a value is for another territory than the area's NUTS-3 region(s)."""
    if kind == OWN:
        return ""
    return t(f"fig.proxy.{kind}", lang, code=code, level=t(f"region.{nuts_level(code)}", lang))


def break_points(rows: pd.DataFrame) -> pd.Series:
    """Return a boolean per row: a census break (breaks.csv) of the row's country in the row's year."""
    if "break_en" not in rows:
        return pd.Series(False, index=rows.index)
    return rows["break_en"].astype(str) != ""


def break_note(row: Mapping[str, object], lang: str) -> str:
    """Return the census break note of one row in lang ('' if none)."""
    return str(row.get(f"break_{_suffix(lang)}") or "")


def unit_label(catalog: pd.Series, state: CompareState, base: int | None, lang: str) -> str:
    """Return the unit of the values shown (as published, index or per capita)."""
    if state.norm == "index":
        return t("unit.index", lang, base=base if base is not None else "–")
    if state.norm == "per_capita" and per_capita(catalog):
        return str(catalog[f"per_capita_unit_{_suffix(lang)}"])
    return str(catalog[f"unit_{_suffix(lang)}"])


def per_capita(catalog: pd.Series) -> bool:
    """True if the catalogue gives the indicator a per-capita rule."""
    denominator = catalog.get("per_capita_denominator")
    return isinstance(denominator, str) and bool(denominator)


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
    text = text if len(text) <= REASON_LENGTH else text[: REASON_LENGTH - 1] + "…"
    return in_source_language(text, lang)  # the data's note is English: marked (EN) on an Italian page


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


def break_items(rows: pd.DataFrame, lang: str) -> list[str]:
    """Return the census breaks (breaks.csv notes) of the countries and years shown, once each."""
    column = f"break_{_suffix(lang)}"
    if column not in rows:
        return []
    return [md_escape(str(note)) for note in dict.fromkeys(rows[column]) if note]


def release_items(rows: pd.DataFrame, first: int, last: int, lang: str) -> list[str]:
    """Return the release breaks whose year and the year before are both in the years shown."""
    column = f"release_{_suffix(lang)}"
    if column not in rows:
        return []
    hits = rows[(rows[column] != "") & (rows["year"] - 1 >= first) & (rows["year"] <= last)]
    return [md_escape(str(note)) for note in dict.fromkeys(hits[column])]


def source_text(rows: pd.DataFrame, catalog: pd.Series, lang: str = "en") -> str:
    """Return the producer datasets behind the values shown (the catalogue's dataset if none is shown)."""
    names: dict[str, None] = {}
    for source in rows.loc[rows["value"].notna(), "source"]:
        for part in str(source).split("; "):
            if part:
                names[part] = None
    return md_escape("; ".join(in_source_language(name, lang) for name in names) or str(catalog["source_dataset"]))


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
    labels = series_labels(areas, lang)
    lines = []
    for kind in (LARGER, SAME, OTHER):
        items = []
        for (series, code), group in have[have["region"] == kind].groupby(["series", "nuts_code"], sort=False):
            area = md_escape(series_label(series, lang, labels))
            mixed = (have.loc[have["series"] == series, "nuts_code"] != code).any()
            if mixed:  # the area has values for other territories in the years shown: say which years this is
                area += f" {year_spans(group['year'])}"
            key = "caption.proxy.first" if not items else "caption.proxy.next"
            items.append(t(key, lang, area=area, code=md_escape(code), level=t(f"region.{nuts_level(code)}", lang)))
        if items:
            lines.append(t(f"caption.proxy.{kind}", lang, items=", ".join(items)))
    return lines


def nuts_areas(areas: pd.DataFrame, area_ids: Sequence[str], rows: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the areas.csv rows of the selected areas shown by their own NUTS-3 region(s) (with rows: only those)."""
    if rows is not None:
        have = _region_rows(rows, areas)
        area_ids = [a for a in area_ids if (have.loc[have["series"] == a, "region"] == OWN).any()]
    return areas[areas["area_id"].isin(area_ids)]


def area_notes(areas: pd.DataFrame, area_ids: Sequence[str], lang: str, rows: pd.DataFrame | None = None) -> str:
    """Return each selected area's short name with its NUTS-3 code(s), in one list: 'Genova ITC33, Torino ITC11'."""
    chosen = nuts_areas(areas, area_ids, rows)
    labels = series_labels(areas, lang)
    return ", ".join(
        f"{md_escape(series_label(r.area_id, lang, labels))} {md_escape('+'.join(r.nuts3))}"
        for r in chosen.itertuples()
    )


def territory_notes(areas: pd.DataFrame, area_ids: Sequence[str], lang: str, rows: pd.DataFrame | None = None) -> str:
    """Return areas.csv's note on how its NUTS-3 regions approximate each selected area, once per area."""
    chosen = nuts_areas(areas, area_ids, rows)
    labels = series_labels(areas, lang)
    return " · ".join(
        f"{md_escape(series_label(r.area_id, lang, labels))}: {md_escape(in_source_language(r.note, lang))}"
        for r in chosen.itertuples()
        if isinstance(r.note, str) and r.note
    )


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
        + t("caption.source", lang, sources=source_text(shown, catalog, lang), licence=md_escape(catalog["licence"]))
        + " "
        + t("caption.unit", lang, unit=md_escape(unit_label(catalog, state, base, lang)))
    ]
    if years is not None:
        lines.append(t("caption.years", lang, first=years[0], last=years[1]))
    elif year is None:
        lines.append(t("caption.no_year", lang))
    else:
        lines.append(t("caption.year_auto" if state.year is None else "caption.year", lang, year=year))
    gaps = missing_items(shown, lang)
    lines.append(t("caption.missing", lang, items="; ".join(gaps)) if gaps else t("caption.missing_none", lang))
    # Below the first SUMMARY_LINES: the details (derivations, flags, breaks, territories), shown on demand.
    if scatter_x is not None:
        lines.append(t("caption.scatter", lang, y=md_escape(indicator_name(catalog, lang)),
                       x=md_escape(indicator_name(scatter_x, lang))))
    if state.norm == "index" and scatter_x is None:
        lines.append(t("caption.index", lang, base=base if base is not None else "–"))
    if state.norm == "per_capita" and per_capita(catalog) and scatter_x is None:
        factor = format_number(float(catalog["per_capita_factor"]), 0, lang)
        unit = md_escape(str(catalog[f"per_capita_unit_{_suffix(lang)}"]))
        lines.append(t("caption.per_capita", lang, factor=factor, unit=unit))
    if PARTNERS in state.bench:
        lines.append(t("caption.partners", lang))
    flags = flag_items(shown, lang)
    if flags:
        lines.append(t("caption.flags", lang, items="; ".join(flags)))
    found_breaks = break_items(shown, lang)
    if found_breaks:
        lines.append(t("caption.breaks", lang, items="; ".join(found_breaks)))
    first, last = years if years is not None else (year or 0, year or 0)
    release = release_items(shown, first, last, lang)
    if release:
        lines.append(t("caption.release_break", lang, items="; ".join(release)))
    caveat = catalog.get(f"caveat_{_suffix(lang)}")
    if isinstance(caveat, str) and caveat:
        lines.append(md_escape(caveat))
    if _yes(catalog.get("summable")) and state.norm == "none" and {"country", "eu"} & set(state.bench):
        lines.append(t("caption.totals", lang))
    if state.colour == "body_type":
        lines.append(t("caption.body_type", lang))
    # One sentence names every area its NUTS-3 regions approximate; the data's note on each follows once.
    named = area_notes(areas, state.areas, lang, shown)
    if named:
        lines.append(t("caption.nuts", lang, items=named))
    notes = territory_notes(areas, state.areas, lang, shown)
    if notes:
        lines.append(t("caption.territories", lang, items=notes))
    lines.extend(proxy_lines(shown, areas, lang))
    partner = partner_line(shown, areas, lang)
    return lines + ([partner] if partner else [])


def partner_line(rows: pd.DataFrame, areas: pd.DataFrame, lang: str) -> str:
    """Return the caption line naming the areas and years whose values a partner submitted ('' if none is shown)."""
    if "partner" not in rows:
        return ""
    have = rows[rows["partner"].eq(True) & rows["value"].notna() & (rows["kind"] == "area")]
    labels = series_labels(areas, lang)
    items = [f"{md_escape(series_label(series, lang, labels))} {year_spans(group['year'])}"
             for series, group in have.groupby("series", sort=False)]
    return t("caption.partner_values", lang, items=", ".join(items)) if items else ""


def partner_hover(row: Mapping[str, object], lang: str) -> list[str]:
    """The hover line of a partner's value (or one derived from it), beside the source it names."""
    text = origin_text(row.get("partner"), lang)
    return [text] if text else []


def split_caption(lines: Sequence[str], extra: int = 0) -> tuple[list[str], list[str]]:
    """Return caption_lines as two lines to show (source, unit, years; what is missing) and the details.

    extra: lines a view inserted after the first (the scatter's x indicator, compare_view.chart).
    """
    head = SUMMARY_LINES + extra
    return [" ".join(lines[: head - 1]), *lines[head - 1 : head]], list(lines[head:])


def region_lines(row: Mapping[str, object], lang: str) -> list[str]:
    """Hover lines naming the territory an area's value is for: its NUTS code, and if it is a proxy, which."""
    code = str(row.get("nuts_code") or "")
    if row.get("kind") != "area" or not code or pd.isna(row.get("value")):
        return []
    proxy = region_text(code, str(row.get("region") or ""), lang)
    return [t("fig.nuts", lang, code=code), *([proxy] if proxy else [])]
