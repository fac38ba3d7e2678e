"""What a download holds: the filter, its rows in one language, the indicator metadata and the citation (no Streamlit).

Design choices, shared by the page, the widgets and the command line:
- Rows are the areas' headline series (what the dashboard shows); the NUTS-3 component rows of areas made of several
  regions (Warszawa, Bucureşti) are added only when asked (`components`).
- Benchmarks use DESIGN §4's `bench` words: `country` = the countries of the chosen areas, `eu` = EU27_2020.
- Columns keep stable machine ids (scripts work in both languages); names, units and labels follow `lang`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import duckdb
import pandas as pd

from dashboard.data import queries
from dashboard.i18n import code_label, has, t
from dashboard.i18n.fmt import format_number, in_source_language

EU_GEO = "EU27_2020"
BENCH_CHOICES = ("country", "eu")
VALUE_COLUMNS = (
    "geo_kind", "geo", "geo_name", "nuts_code", "series", "indicator_id", "indicator_name", "unit",
    "year", "value", "flag", "status", "source", "note",
)
# One value per geography, territory measured, indicator and year (unique in the data check's terms too).
KEY_COLUMNS = ("geo", "nuts_code", "indicator_id", "year")
INDICATOR_COLUMNS = (
    "indicator_id", "name", "unit", "decimals", "definition", "source_dataset", "source_url", "licence",
)


class SelectionError(ValueError):
    """A filter value the data does not know, or a bad year range; the message names the value."""


@dataclass(frozen=True)
class Selection:
    """A download filter: area ids, benchmark words, indicator ids, an inclusive year range, component rows."""

    areas: tuple[str, ...]
    indicators: tuple[str, ...]
    year_from: int
    year_to: int
    bench: tuple[str, ...] = ()
    components: bool = False


@dataclass(frozen=True)
class Choices:
    """What a data set offers: areas in display order with names, countries and NUTS-3 codes, indicators, years."""

    areas: tuple[str, ...]
    area_names: dict[str, str]
    area_countries: dict[str, str]
    area_regions: dict[str, tuple[str, ...]]
    indicators: tuple[str, ...]
    indicator_names: dict[str, dict[str, str]]
    benchmarks: tuple[str, ...]
    year_min: int
    year_max: int
    short_names: dict[str, dict[str, str]] = field(default_factory=dict)  # lang -> area_id -> short name
    geo_names: dict[str, dict[str, str]] = field(default_factory=dict)  # lang -> geo -> name (countries.csv)

    def default_selection(self) -> Selection:
        """Return the filter used when nothing is asked: every area and indicator, every year, no benchmarks."""
        return Selection(self.areas, self.indicators, self.year_min, self.year_max)


def choices(con: duckdb.DuckDBPyConnection, comparison_set: str = queries.METRO_CASE) -> Choices:
    """Return the areas, indicators, benchmark geos and year bounds that a download can ask for."""
    areas = queries.areas(con, comparison_set)
    catalog = queries.indicator_catalog(con).sort_values("indicator_id")
    coverage = queries.value_coverage(con)
    countries = queries.countries(con)
    # Year bounds over this set's areas and the benchmarks (another comparison set's years do not count).
    relevant = coverage[(coverage["geo_kind"] == "benchmark") | coverage["geo"].isin(areas["area_id"])]
    return Choices(
        areas=tuple(areas["area_id"]),
        area_names=dict(zip(areas["area_id"], areas["name_en"], strict=True)),
        area_countries=dict(zip(areas["area_id"], areas["country"], strict=True)),
        area_regions={a: tuple(codes) for a, codes in zip(areas["area_id"], areas["nuts3"], strict=True)},
        indicators=tuple(catalog["indicator_id"]),
        indicator_names={
            lang: dict(zip(catalog["indicator_id"], catalog[f"name_{lang}"], strict=True)) for lang in ("en", "it")
        },
        benchmarks=tuple(coverage.loc[coverage["geo_kind"] == "benchmark", "geo"]),
        year_min=int(relevant["year_min"].min()) if len(relevant) else 0,
        year_max=int(relevant["year_max"].max()) if len(relevant) else 0,
        short_names={lang: dict(zip(areas["area_id"], areas[f"short_{lang}"], strict=True)) for lang in ("en", "it")},
        geo_names={lang: dict(zip(countries["geo"], countries[f"name_{lang}"], strict=True)) for lang in ("en", "it")},
    )


def _unknown(asked: Iterable[str], known: Sequence[str], what: str) -> None:
    bad = [item for item in asked if item not in known]
    if bad:
        shown = bad[0] if len(bad[0]) <= 40 else bad[0][:37] + "..."
        raise SelectionError(f"unknown {what} {shown!r} (known: {', '.join(known)})")


def check_selection(selection: Selection, options: Choices) -> Selection:
    """Return the selection if every name is known and the years are a range inside the data; else raise."""
    if not selection.areas:
        raise SelectionError("no area chosen")
    if not selection.indicators:
        raise SelectionError("no indicator chosen")
    _unknown(selection.areas, options.areas, "area")
    _unknown(selection.indicators, options.indicators, "indicator")
    _unknown(selection.bench, BENCH_CHOICES, "benchmark")
    for name, year in (("--from", selection.year_from), ("--to", selection.year_to)):
        if not options.year_min <= year <= options.year_max:
            raise SelectionError(f"{name} {year} is outside the data's years {options.year_min}-{options.year_max}")
    if selection.year_from > selection.year_to:
        raise SelectionError(f"--from {selection.year_from} is after --to {selection.year_to}")
    return selection


def bench_geos(selection: Selection, options: Choices) -> list[str]:
    """Return the benchmark geo codes a selection asks for (countries of its areas, EU-27), present in the data."""
    wanted: list[str] = []
    if "country" in selection.bench:
        wanted += sorted({options.area_countries[a] for a in selection.areas})
    if "eu" in selection.bench:
        wanted.append(EU_GEO)
    return [geo for geo in wanted if geo in options.benchmarks]


def geo_label(geo: str, lang: str, options: Choices) -> str:
    """Return a benchmark's name in lang (countries.csv, EU-27 included), or the code itself."""
    return options.geo_names.get("it" if lang == "it" else "en", {}).get(geo, geo)


def values_table(
    con: duckdb.DuckDBPyConnection, selection: Selection, options: Choices, lang: str = "en"
) -> pd.DataFrame:
    """Return the rows of a selection with VALUE_COLUMNS; benchmark names filled in lang."""
    geos = [*selection.areas, *bench_geos(selection, options)]
    frame = queries.export_values(
        con, geos, selection.indicators, selection.year_from, selection.year_to, selection.components, lang
    )
    benchmark = frame["geo_kind"] == "benchmark"
    frame.loc[benchmark, "geo_name"] = frame.loc[benchmark, "geo"].map(lambda geo: geo_label(geo, lang, options))
    return frame[list(VALUE_COLUMNS)].reset_index(drop=True)


def indicator_metadata(con: duckdb.DuckDBPyConnection, indicator_ids: Sequence[str], lang: str = "en") -> pd.DataFrame:
    """Return the catalogue rows of the indicators (name, unit, definition in lang; dataset, URL, licence)."""
    suffix = "it" if lang == "it" else "en"
    catalog = queries.indicator_catalog(con)
    catalog = catalog[catalog["indicator_id"].isin(indicator_ids)].sort_values("indicator_id")
    renamed = {f"{column}_{suffix}": column for column in ("name", "unit", "definition")}
    out = catalog.rename(columns=renamed)
    return out[list(INDICATOR_COLUMNS)].reset_index(drop=True)


def filter_text(selection: Selection, lang: str) -> str:
    """Return the filter in words, for the citation (so a reader can ask for the same rows again)."""
    none = t("export.none", lang)
    return t(
        "export.filter",
        lang,
        areas=",".join(selection.areas) or none,
        bench=",".join(selection.bench) or none,
        indicators=",".join(selection.indicators) or none,
        year_from=selection.year_from,
        year_to=selection.year_to,
        components=t("export.yes" if selection.components else "export.no", lang),
    )


def citation_text(selection: Selection, lang: str, retrieved: date) -> str:
    """Return the data set's citation (the About page's text) with the retrieval date and the filter used."""
    when = retrieved.isoformat()
    return t("about.citation", lang) + " " + t("export.retrieved", lang, date=when, filter=filter_text(selection, lang))


@dataclass(frozen=True)
class Export:
    """Everything one download is made of; export_formats turns it into bytes."""

    selection: Selection
    lang: str
    values: pd.DataFrame
    indicators: pd.DataFrame
    citation: str
    retrieved: date
    area_regions: dict[str, tuple[str, ...]] = field(default_factory=dict)


def build_export(
    con: duckdb.DuckDBPyConnection,
    selection: Selection,
    lang: str = "en",
    retrieved: date | None = None,
    options: Choices | None = None,
) -> Export:
    """Check the selection and return its rows, indicator metadata and citation; raises SelectionError."""
    options = options or choices(con)
    check_selection(selection, options)
    retrieved = retrieved or date.today()
    return Export(
        selection=selection,
        lang=lang,
        values=values_table(con, selection, options, lang),
        indicators=indicator_metadata(con, selection.indicators, lang),
        citation=citation_text(selection, lang, retrieved),
        retrieved=retrieved,
        area_regions={a: options.area_regions[a] for a in selection.areas},
    )


def column_label(column: str, lang: str) -> str:
    """Return the column's header in lang (its machine id if the catalogue has no label)."""
    key = f"col.export.{column}"
    return t(key, lang) if has(key) else column


# Coded columns of the values and the catalogue prefix of their labels (the preview shows words, files the codes).
CODED_COLUMNS = {"geo_kind": "geo_kind", "series": "series", "status": "status"}
SOURCE_TEXT_COLUMNS = ("source", "note")  # written in English by the producers and the research


# Machine ids the preview does not show (it keeps them for the page's state): the names beside them (geo_name,
# indicator_name) say the same to a reader.
PREVIEW_HIDDEN = ("geo", "indicator_id")


def display_values(values: pd.DataFrame, lang: str, decimals: Mapping[str, int] | None = None) -> pd.DataFrame:
    """Return the values as the page previews them: names instead of ids, numbers in the locale's format with the
    indicator's decimals, n/a with the reason, coded columns in words, the sources' English text marked (EN) on an
    Italian page; downloads keep the machine ids, raw numbers and the text as written (PREVIEW_HIDDEN: not shown)."""
    decimals = decimals or {}

    def value_text(value: object, indicator: str, note: object) -> str:
        text = format_number(value, decimals.get(indicator, 0), lang)  # type: ignore[arg-type]
        if text is not None:
            return text
        reason = in_source_language(note, lang)  # a missing value's note says why it is missing
        return t("na.reason", lang, reason=reason) if reason else t("na", lang)

    shown = values.assign(**{
        column: [code_label(prefix, code, lang) for code in values[column]]
        for column, prefix in CODED_COLUMNS.items() if column in values
    }, **{column: [in_source_language(text, lang) for text in values[column]]
          for column in SOURCE_TEXT_COLUMNS if column in values})
    if {"value", "indicator_id", "note"} <= set(values.columns):
        shown["value"] = [value_text(v, i, n) for v, i, n in
                          zip(values["value"], values["indicator_id"], values["note"], strict=True)]
    if "year" in shown:  # a year is a label, never '2.018'
        shown["year"] = shown["year"].astype(str)
    if "flag" in shown:
        shown["flag"] = shown["flag"].map(lambda f: "" if f is None or pd.isna(f) else str(f))
    return shown


def area_label(area_id: str, lang: str, options: Choices) -> str:
    """Return an area's short name in lang as Compare shows it (areas.csv short_en / short_it), else its id."""
    return options.short_names.get("it" if lang == "it" else "en", {}).get(area_id, area_id)


def column_description(column: str, lang: str) -> str:
    """Return what the column holds, in lang (empty if the catalogue has no description)."""
    key = f"desc.export.{column}"
    return t(key, lang) if has(key) else ""
