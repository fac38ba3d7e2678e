"""Validate a data directory: keys, foreign keys, allowed values, numbers, and a source and year on every fact."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from dashboard.data import vocab

YEAR_MIN, YEAR_MAX = 1800, 2100
EUROSTAT_FLAGS = set("bcdefnprsuz")
YEAR_NOT_STATED = "reference year not stated"
COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
NUTS2 = re.compile(r"[A-Z]{2}[0-9A-Z]{2}")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_THEMES_PER_AXIS = 2  # a small common theme list: an axis maps to one theme, two at most


@dataclass(frozen=True)
class Problem:
    """One problem found in a data file, located by file, line and column."""

    file: str
    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.column}: {self.reason}"


@dataclass
class Row:
    """One CSV record with the line it starts on."""

    line: int
    values: dict[str, str]

    def __getitem__(self, column: str) -> str:
        return (self.values.get(column) or "").strip()


@dataclass
class Report:
    """Counts of what was checked and the problems found."""

    areas: int = 0
    indicators: int = 0
    values: int = 0
    facts: int = 0
    plans: int = 0
    values_without_source: int = 0
    facts_without_source: int = 0
    problems: list[Problem] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """Return the report as a JSON-ready dict."""
        out = asdict(self)
        out["problems"] = [asdict(p) | {"text": str(p)} for p in self.problems]
        return out


def is_number(text: str) -> bool:
    """True if text is a plain decimal number (no thousands separators, no decimal comma)."""
    return bool(re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", text))


def is_year(text: str) -> bool:
    """True if text is a four-digit year in the accepted range."""
    return text.isdigit() and YEAR_MIN <= int(text) <= YEAR_MAX


class Checker:
    """Reads the files of one data directory and collects problems."""

    def __init__(self, data_dir: Path, label: str | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.label = label if label is not None else str(data_dir)
        self.report = Report()

    def problem(self, rel: str, line: int, column: str, reason: str) -> None:
        """Record a problem in file rel (relative to the data directory)."""
        self.report.problems.append(Problem(f"{self.label.rstrip('/')}/{rel}", line, column, reason))

    def read(self, rel: str, columns: tuple[str, ...], optional: bool = False) -> list[Row]:
        """Read a CSV file, checking encoding and header; return its rows with line numbers."""
        path = self.data_dir / rel
        if not path.is_file():
            if not optional:
                self.problem(rel, 0, "-", "file is missing")
            return []
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            self.problem(rel, 1, "-", f"not UTF-8 ({exc.reason} at byte {exc.start})")
            return []
        return list(self._rows(rel, text, columns))

    def _rows(self, rel: str, text: str, columns: tuple[str, ...]) -> Iterator[Row]:
        reader = csv.reader(text.splitlines(keepends=True))
        header = next(reader, None)
        if header is None:
            self.problem(rel, 1, "-", "file is empty")
            return
        header = [h.strip().lstrip("\ufeff") for h in header]
        missing = [c for c in columns if c not in header]
        for column in missing:
            self.problem(rel, 1, column, "column missing from header")
        if missing:
            return
        last = reader.line_num
        for record in reader:
            start, last = last + 1, reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if len(record) != len(header):
                self.problem(rel, start, "-", f"{len(record)} fields, header has {len(header)}")
                continue
            yield Row(start, dict(zip(header, record, strict=True)))

    def unique(self, rel: str, rows: list[Row], key: tuple[str, ...]) -> None:
        """Each key appears once and no key part is empty."""
        seen: dict[tuple[str, ...], int] = {}
        for row in rows:
            value = tuple(row[c] for c in key)
            for column, part in zip(key, value, strict=True):
                if not part:
                    self.problem(rel, row.line, column, "key column is empty")
            if value in seen:
                self.problem(rel, row.line, ",".join(key), f"duplicate key {value} (first on line {seen[value]})")
            seen.setdefault(value, row.line)

    def required(self, rel: str, rows: list[Row], columns: tuple[str, ...]) -> None:
        """The columns are never empty."""
        for row in rows:
            for column in columns:
                if not row[column]:
                    self.problem(rel, row.line, column, "value is required")

    def allowed(self, rel: str, rows: list[Row], column: str, values: set[str] | frozenset[str]) -> None:
        """A non-empty cell holds one of the allowed values."""
        for row in rows:
            if row[column] and row[column] not in values:
                self.problem(rel, row.line, column, f"{row[column]!r} is not one of {sorted(values)}")

    def numeric(self, rel: str, rows: list[Row], column: str) -> None:
        """A non-empty cell is a plain number."""
        for row in rows:
            if row[column] and not is_number(row[column]):
                self.problem(rel, row.line, column, f"not a number: {row[column][:40]!r}")

    def years(self, rel: str, rows: list[Row], column: str) -> None:
        """A non-empty cell is a year."""
        for row in rows:
            if row[column] and not is_year(row[column]):
                self.problem(rel, row.line, column, f"not a year: {row[column][:40]!r}")

    def references(self, rel: str, rows: list[Row], column: str, known: set[str], what: str) -> None:
        """A non-empty cell names a known key of another table."""
        for row in rows:
            if row[column] and row[column] not in known:
                self.problem(rel, row.line, column, f"unknown {what} {row[column][:40]!r}")

    def cited(self, rel: str, rows: list[Row], column: str, urls: set[str]) -> None:
        """Every URL cited in the column is listed in SOURCES.csv."""
        if not urls:
            return
        for row in rows:
            if row[column] and row[column] not in urls:
                self.problem(rel, row.line, column, "source not listed in SOURCES.csv")


def check_data_dir(data_dir: Path | str, label: str | None = None) -> Report:
    """Run every check on a data directory and return the report."""
    c = Checker(Path(data_dir), label)
    sources = _check_sources(c)
    geos = _check_countries(c)
    indicator_ids = _check_catalog(c)
    set_ids = _check_sets(c, indicator_ids, sources)
    area_ids, countries = _check_areas(c, sources, set_ids, geos)
    _check_governance(c, area_ids, sources)
    _check_competences(c, area_ids, sources)
    _check_breaks(c, geos, indicator_ids, sources)
    _check_values(c, area_ids, countries, indicator_ids, geos)
    _check_plans(c, area_ids, sources)
    return c.report


def _check_sources(c: Checker) -> set[str]:
    rel = "SOURCES.csv"
    rows = c.read(rel, vocab.SOURCE_COLUMNS)
    c.unique(rel, rows, ("source_id",))
    c.unique(rel, rows, ("url",))
    c.required(rel, rows, ("title", "licence"))
    return {r["url"] for r in rows}


def _check_countries(c: Checker) -> set[str]:
    rel = "countries.csv"
    rows = c.read(rel, vocab.COUNTRY_COLUMNS)
    c.unique(rel, rows, ("geo",))
    c.required(rel, rows, ("name_en", "name_it"))
    return {r["geo"] for r in rows}


def _check_sets(c: Checker, indicator_ids: set[str], sources: set[str]) -> set[str]:
    rel = "sets.csv"
    rows = c.read(rel, vocab.SET_COLUMNS)
    c.unique(rel, rows, ("set_id",))
    c.required(rel, rows, vocab.SET_COLUMNS[1:])
    c.numeric(rel, rows, "sort_order")
    c.references(rel, rows, "default_indicator", indicator_ids, "indicator")
    c.cited(rel, rows, "source_url", sources)
    return {r["set_id"] for r in rows}


def _check_area_domain(c: Checker, rel: str, rows: list[Row], set_ids: set[str], geos: set[str]) -> None:
    """Colours valid and distinct within a set, known sets and countries, a NUTS-2 code covering every NUTS-3."""
    c.references(rel, rows, "country", geos, "country (not in countries.csv)")
    taken: dict[tuple[str, str], int] = {}
    for row in rows:
        colour = row["colour"]
        if colour and not COLOUR.fullmatch(colour):
            c.problem(rel, row.line, "colour", f"not a #RRGGBB colour: {colour[:40]!r}")
        for set_id in filter(None, (part.strip() for part in row["comparison_sets"].split(";"))):
            if set_id not in set_ids:
                c.problem(rel, row.line, "comparison_sets", f"unknown comparison set {set_id[:40]!r}")
            if colour:
                first = taken.setdefault((set_id, colour.upper()), row.line)
                if first != row.line:
                    c.problem(rel, row.line, "colour", f"{colour} is also the colour of line {first} in {set_id}")
        same = row["nuts2_same"]
        nuts3 = [code.strip() for code in row["nuts3"].split(";") if code.strip()]
        if same and not (NUTS2.fullmatch(same) and nuts3 and all(code.startswith(same) for code in nuts3)):
            c.problem(rel, row.line, "nuts2_same", f"{same[:40]!r} is not a NUTS-2 code containing every nuts3")


def _check_areas(
    c: Checker, sources: set[str], set_ids: set[str], geos: set[str]
) -> tuple[set[str], set[str]]:
    rel = "areas.csv"
    rows = c.read(rel, vocab.AREA_COLUMNS)
    c.unique(rel, rows, ("area_id",))
    c.required(rel, rows, vocab.AREA_REQUIRED)
    for column in ("lat", "lon", "sort_order"):
        c.numeric(rel, rows, column)
    c.cited(rel, rows, "source_url", sources)
    c.cited(rel, rows, "coord_source_url", sources)
    _check_area_domain(c, rel, rows, set_ids, geos)
    c.report.areas = len(rows)
    return {r["area_id"] for r in rows}, {r["country"] for r in rows}


def _check_governance(c: Checker, area_ids: set[str], sources: set[str]) -> None:
    rel = "governance.csv"
    rows = c.read(rel, vocab.GOVERNANCE_COLUMNS)
    c.unique(rel, rows, ("area_id", "attribute"))
    c.references(rel, rows, "area_id", area_ids, "area")
    c.allowed(rel, rows, "attribute", vocab.GOVERNANCE_ATTRIBUTES)
    c.allowed(rel, rows, "status", vocab.FACT_STATUS)
    c.years(rel, rows, "year")
    c.cited(rel, rows, "source_url", sources)
    for row in rows:
        attribute, value = row["attribute"], row["value"]
        if not value:
            if not row["note"]:
                c.problem(rel, row.line, "note", "empty value needs a note saying why it is missing")
            continue
        c.report.facts += 1
        if not row["source_url"]:
            c.report.facts_without_source += 1
            c.problem(rel, row.line, "source_url", "fact has no source")
        if not row["status"]:
            c.problem(rel, row.line, "status", "value is required")
        if attribute in vocab.NUMERIC_ATTRIBUTES and not is_number(value):
            c.problem(rel, row.line, "value", f"not a number: {value[:40]!r}")
        if attribute in vocab.CLASSIFIED_VALUES and value not in vocab.CLASSIFIED_VALUES[attribute]:
            allowed = sorted(vocab.CLASSIFIED_VALUES[attribute])
            c.problem(rel, row.line, "value", f"{value!r} is not one of {allowed}")
        timeless = attribute in vocab.TIMELESS_ATTRIBUTES
        if not row["year"] and not timeless and YEAR_NOT_STATED not in row["note"]:
            c.problem(rel, row.line, "year", "fact has no reference year and the note does not say why")


def _check_competences(c: Checker, area_ids: set[str], sources: set[str]) -> None:
    rel_t, rel = "competence_taxonomy.csv", "competences.csv"
    taxonomy = c.read(rel_t, vocab.TAXONOMY_COLUMNS)
    c.unique(rel_t, taxonomy, ("competence",))
    c.required(rel_t, taxonomy, ("name_en", "name_it", "sort_order"))
    known = {r["competence"] for r in taxonomy}
    rows = c.read(rel, vocab.COMPETENCE_COLUMNS)
    c.unique(rel, rows, ("area_id", "competence"))
    c.references(rel, rows, "area_id", area_ids, "area")
    c.references(rel, rows, "competence", known, "competence")
    c.allowed(rel, rows, "level", vocab.COMPETENCE_LEVELS)
    c.allowed(rel, rows, "status", {"classified"})
    c.required(rel, rows, ("level", "status"))
    c.cited(rel, rows, "source_url", sources)
    for row in rows:
        if row["level"] in {"held", "shared", "not_held"} and not row["source_url"]:
            c.problem(rel, row.line, "source_url", f"level {row['level']!r} needs a source")
    present = {(r["area_id"], r["competence"]) for r in rows}
    for area in sorted(area_ids):
        for competence in sorted(known):
            if (area, competence) not in present:
                c.problem(rel, 0, "competence", f"no row for {area} × {competence} (use level 'unknown')")


def _check_catalog(c: Checker) -> set[str]:
    rel = "indicators/catalog.csv"
    rows = c.read(rel, vocab.CATALOG_COLUMNS)
    c.unique(rel, rows, ("indicator_id",))
    c.required(rel, rows, vocab.CATALOG_REQUIRED)
    c.allowed(rel, rows, "theme", vocab.THEMES)
    c.allowed(rel, rows, "direction", vocab.DIRECTIONS)
    c.allowed(rel, rows, "status", vocab.VALUE_STATUS)
    for row in rows:
        if row["decimals"] and not (row["decimals"].isdigit() and int(row["decimals"]) <= 6):
            c.problem(rel, row.line, "decimals", f"not an integer 0-6: {row['decimals']!r}")
    c.report.indicators = len(rows)
    _check_catalog_rules(c, rel, rows)
    return {r["indicator_id"] for r in rows}


def _check_catalog_rules(c: Checker, rel: str, rows: list[Row]) -> None:
    """Per-capita rules name a known denominator with factor and units; yes/no flags; a known scatter x."""
    known = {r["indicator_id"] for r in rows}
    for column in ("summable", "population_based"):
        c.allowed(rel, rows, column, vocab.YES_NO)
    c.references(rel, rows, "scatter_x", known, "indicator")
    c.references(rel, rows, "per_capita_denominator", known, "indicator")
    for row in rows:
        given = [column for column in vocab.PER_CAPITA_COLUMNS if row[column]]
        if given and len(given) < len(vocab.PER_CAPITA_COLUMNS):
            for column in vocab.PER_CAPITA_COLUMNS:
                if not row[column]:
                    c.problem(rel, row.line, column, "a per-capita rule needs a denominator, a factor and both units")
        factor = row["per_capita_factor"]
        if factor and not (is_number(factor) and float(factor) > 0):
            c.problem(rel, row.line, "per_capita_factor", f"not a positive number: {factor[:40]!r}")
        if row["retrieved"] and not ISO_DATE.fullmatch(row["retrieved"]):
            c.problem(rel, row.line, "retrieved", f"not an ISO date (YYYY-MM-DD): {row['retrieved'][:40]!r}")


def _check_breaks(c: Checker, geos: set[str], indicator_ids: set[str], sources: set[str]) -> None:
    rel = "breaks.csv"
    rows = c.read(rel, vocab.BREAK_COLUMNS)
    seen: dict[tuple[str, str, str], int] = {}
    for row in rows:  # geo may be empty (every geo), so not c.unique, which refuses empty key parts
        first = seen.setdefault((row["geo"], row["year"], row["scope"]), row.line)
        if first != row.line:
            c.problem(rel, row.line, "geo,year,scope", f"duplicate break (first on line {first})")
    c.required(rel, rows, ("year", "scope", "kind", "note_en", "note_it", "source_url"))
    c.years(rel, rows, "year")
    c.references(rel, rows, "geo", geos, "geo (not in countries.csv)")
    c.references(rel, rows, "scope", indicator_ids | {vocab.POPULATION_BASED}, "indicator")
    c.allowed(rel, rows, "kind", vocab.BREAK_KINDS)
    c.cited(rel, rows, "source_url", sources)


def _check_values(
    c: Checker, area_ids: set[str], countries: set[str], indicator_ids: set[str], geos: set[str]
) -> None:
    folder = c.data_dir / "indicators"
    for path in sorted(folder.glob("*.csv")) if folder.is_dir() else []:
        if path.name == "catalog.csv":
            continue
        rel = f"indicators/{path.name}"
        if path.name == "benchmarks.csv":
            rows = c.read(rel, vocab.BENCHMARK_COLUMNS)
            c.unique(rel, rows, ("geo", "indicator_id", "year"))
            c.references(rel, rows, "geo", countries | vocab.EXTRA_BENCHMARKS, "benchmark geo")
            c.references(rel, rows, "geo", geos, "benchmark geo (not in countries.csv)")
        else:
            if path.stem not in area_ids:
                c.problem(rel, 0, "-", f"file name names unknown area {path.stem!r}")
            rows = c.read(rel, vocab.VALUE_COLUMNS)
            c.unique(rel, rows, ("indicator_id", "nuts_code", "year"))
            c.required(rel, rows, ("nuts_code",))
        _check_value_rows(c, rel, rows, indicator_ids)


def _check_value_rows(c: Checker, rel: str, rows: list[Row], indicator_ids: set[str]) -> None:
    c.references(rel, rows, "indicator_id", indicator_ids, "indicator")
    c.required(rel, rows, ("year", "status"))
    c.years(rel, rows, "year")
    c.numeric(rel, rows, "value")
    c.allowed(rel, rows, "status", vocab.VALUE_STATUS)
    for row in rows:
        if row["flag"] and not set(row["flag"]) <= EUROSTAT_FLAGS:
            c.problem(rel, row.line, "flag", f"unknown Eurostat flag {row['flag']!r}")
        if not row["value"]:
            if not row["note"]:
                c.problem(rel, row.line, "note", "empty value needs a note saying why it is missing")
            continue
        c.report.values += 1
        if not row["source"]:
            c.report.values_without_source += 1
            c.problem(rel, row.line, "source", "value has no source")


def _check_plans(c: Checker, area_ids: set[str], sources: set[str]) -> None:
    rel = "plans/plans.csv"
    rows = c.read(rel, vocab.PLAN_COLUMNS)
    c.unique(rel, rows, ("plan_id",))
    c.references(rel, rows, "area_id", area_ids, "area")
    c.required(rel, rows, ("area_id", "name_local", "source_url", "status_class"))
    c.allowed(rel, rows, "status_class", vocab.PLAN_STATUS)
    for column in ("adoption_year", "horizon_start", "horizon_end"):
        c.years(rel, rows, column)
    c.cited(rel, rows, "source_url", sources)
    c.report.plans = len(rows)
    plan_ids = {r["plan_id"] for r in rows}
    rel_a = "plans/axes.csv"
    axes = c.read(rel_a, vocab.AXIS_COLUMNS)
    c.unique(rel_a, axes, ("plan_id", "axis_no"))
    c.references(rel_a, axes, "plan_id", plan_ids, "plan")
    c.required(rel_a, axes, ("name",))
    c.numeric(rel_a, axes, "axis_no")
    rel_t = "plans/axis_themes.csv"
    # Optional while the classification is being built; once the file exists, every axis needs a theme.
    if (c.data_dir / rel_t).is_file():
        _check_axis_themes(c, axes, c.read(rel_t, vocab.AXIS_THEME_COLUMNS))


def _check_axis_themes(c: Checker, axes: list[Row], themes: list[Row]) -> None:
    """Both directions: every mapping row names an existing axis, and every axis has 1-2 themes."""
    rel_t = "plans/axis_themes.csv"
    c.unique(rel_t, themes, ("plan_id", "axis_no", "theme"))
    c.required(rel_t, themes, ("theme", "status", "note"))
    c.allowed(rel_t, themes, "theme", vocab.PLAN_THEMES)
    c.allowed(rel_t, themes, "status", {"classified"})
    axis_text = {(r["plan_id"], r["axis_no"]): r["name"] for r in axes}
    mapped: dict[tuple[str, str], int] = {}
    for row in themes:
        key = (row["plan_id"], row["axis_no"])
        if key not in axis_text:
            c.problem(rel_t, row.line, "axis_no", f"no axis {row['axis_no']!r} in plan {row['plan_id']!r}")
            continue
        mapped[key] = mapped.get(key, 0) + 1
        # The note keeps the axis text the theme was read from, so a renamed axis shows up as stale.
        if row["note"] and row["note"] != axis_text[key]:
            c.problem(rel_t, row.line, "note", f"not the axis text {axis_text[key][:40]!r}")
    for row in axes:
        count = mapped.get((row["plan_id"], row["axis_no"]), 0)
        if count == 0:
            c.problem("plans/axes.csv", row.line, "axis_no", f"axis has no theme row in {rel_t}")
        elif count > MAX_THEMES_PER_AXIS:
            c.problem("plans/axes.csv", row.line, "axis_no", f"{count} theme rows in {rel_t} (at most 2)")
