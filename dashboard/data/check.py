"""Validate a data directory: keys, foreign keys, allowed values, numbers, and a source and year on every fact."""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from dashboard.data import checksums, stories, vocab

YEAR_MIN, YEAR_MAX = 1800, 2100
EUROSTAT_FLAGS = set("bcdefnprsuz")
YEAR_NOT_STATED = "reference year not stated"
COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
NUTS2 = re.compile(r"[A-Z]{2}[0-9A-Z]{2}")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
HOST = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://([^/?#:]+)")
SYMLINK_REFUSED = "symbolic link refused (a data directory is read as it is, never through links)"
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
    sets: dict[str, int] = field(default_factory=dict)
    values_without_source: int = 0
    facts_without_source: int = 0
    facts_weak_source: int = 0
    plans_weak_source: int = 0
    areas_weak_source: int = 0
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
        # What was read, by file: the loader builds its tables from exactly these rows (never a second parse).
        self.tables: dict[str, list[Row]] = {}

    def problem(self, rel: str, line: int, column: str, reason: str) -> None:
        """Record a problem in file rel (relative to the data directory)."""
        self.report.problems.append(Problem(f"{self.label.rstrip('/')}/{rel}", line, column, reason))

    def read(self, rel: str, columns: tuple[str, ...], optional: bool = False) -> list[Row]:
        """Read a CSV file with exactly these columns (no sniffing); return its rows with line numbers."""
        path = self.data_dir / rel
        if path.is_symlink() or (path.exists() and not path.is_file()):
            self.problem(rel, 0, "-", "not a regular file (symbolic links and devices are refused)")
            return []
        if not path.is_file():
            if not optional:
                self.problem(rel, 0, "-", "file is missing")
            return []
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            self.problem(rel, 1, "-", f"not UTF-8 ({exc.reason} at byte {exc.start})")
            return []
        if "\x00" in text:  # valid UTF-8, but no text table holds a NUL: a binary or corrupt file
            self.problem(rel, text.count("\n", 0, text.index("\x00")) + 1, "-", "not a readable CSV record (NUL byte)")
            return []
        rows: list[Row] = []
        try:
            for row in self._rows(rel, text, columns):
                rows.append(row)
        except csv.Error as exc:  # an unclosed quote or a NUL byte: nothing after it can be trusted
            self.problem(rel, self._line, "-", f"not a readable CSV record ({exc})")
            rows = []
        self.tables[rel] = rows
        return rows

    def _rows(self, rel: str, text: str, columns: tuple[str, ...]) -> Iterator[Row]:
        # One dialect for every file, stated rather than sniffed: comma, double quote, quotes doubled inside.
        reader = csv.reader(text.splitlines(keepends=True), delimiter=",", quotechar='"', doublequote=True,
                            strict=True)
        self._line = 1
        header = next(reader, None)
        if header is None:
            self.problem(rel, 1, "-", "file is empty")
            return
        header = [h.strip().lstrip("\ufeff") for h in header]
        missing = [c for c in columns if c not in header]
        for column in missing:
            self.problem(rel, 1, column, "column missing from header")
        for column in dict.fromkeys(h for h in header if h not in columns):
            self.problem(rel, 1, column[:40] or "-", "unexpected column (not part of the data model)")
        for column in dict.fromkeys(h for h in header if header.count(h) > 1):
            self.problem(rel, 1, column[:40] or "-", "column appears twice in the header")
        if missing or len(set(header)) != len(header) or set(header) - set(columns):
            return
        last = reader.line_num
        for record in reader:
            start, last = last + 1, reader.line_num
            self._line = start
            if not any(cell.strip() for cell in record):
                continue
            if len(record) != len(header):
                self.problem(rel, start, "-", f"{len(record)} fields, header has {len(header)}")
                continue
            yield Row(start, dict(zip(header, record, strict=True)))
        if text and not text.endswith(("\n", "\r")):
            # A file cut in the middle of its last row still parses: refuse it rather than load half a row.
            self.problem(rel, last, "-", "file does not end with a line break (cut off in the middle of a row?)")

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
    return run_checks(data_dir, label).report


def run_checks(data_dir: Path | str, label: str | None = None) -> Checker:
    """Run every check on a data directory; the Checker holds the report and the rows it read."""
    c = Checker(Path(data_dir), label)
    if not c.data_dir.is_dir():
        c.problem("", 0, "-", "not a directory")
        return c
    sources = _check_sources(c)
    geos = _check_countries(c)
    indicator_ids = _check_catalog(c)
    set_ids = _check_sets(c, indicator_ids, sources)
    area_ids, countries = _check_areas(c, sources, set_ids, geos)
    weak = _check_source_kinds(c)
    _check_governance(c, area_ids, sources, weak)
    _check_competences(c, area_ids, sources)
    _check_breaks(c, geos, indicator_ids, sources)
    _check_values(c, area_ids, countries, indicator_ids, geos)
    plan_ids = _check_plans(c, area_ids, sources)
    _check_project(c, area_ids, sources)
    _check_practices(c, area_ids, plan_ids)
    _count_weak(c, weak)
    _check_files(c, area_ids)
    _check_geo(c)
    _check_stories(c)
    # Whole-file problems first (a refused link, a missing file): the row problems after them are often their echo.
    c.report.problems.sort(key=lambda problem: problem.line != 0)
    return c


def area_value_rel(area_id: str) -> str:
    """Return the path of an area's indicator table, relative to the data directory."""
    return f"{vocab.AREA_VALUES_FOLDER}/{area_id}.csv"


def expected_files(area_ids: set[str]) -> set[str]:
    """Return every file a data directory may hold: the registry's tables, README.md, one table per area."""
    tables = {rel for rel, _ in vocab.TABLES.values()}
    return tables | set(vocab.EXTRA_FILES) | {area_value_rel(a) for a in area_ids}


def _unexpected(path: Path) -> str:
    """Say why a file is not part of the data model (an area table named for no area is the usual slip)."""
    if path.parent.name == vocab.AREA_VALUES_FOLDER and path.suffix == ".csv":
        return f"unexpected file: {path.stem[:40]!r} names no known area (tables are <area_id>.csv, as in areas.csv)"
    return "unexpected file (not part of the data model)"


def _check_files(c: Checker, area_ids: set[str]) -> None:
    """Refuse symbolic links, special files and files that are not part of the data model."""
    expected = expected_files(area_ids)
    for folder, dirs, files in os.walk(c.data_dir, followlinks=False):
        base = Path(folder)
        for name in sorted(dirs):
            path = base / name
            rel = path.relative_to(c.data_dir).as_posix()
            if path.is_symlink():
                c.problem(rel, 0, "-", SYMLINK_REFUSED)
        dirs[:] = sorted(d for d in dirs if not (base / d).is_symlink())
        for name in sorted(files):
            path = base / name
            rel = path.relative_to(c.data_dir).as_posix()
            if path.is_symlink():
                c.problem(rel, 0, "-", SYMLINK_REFUSED)
            elif not path.is_file():
                c.problem(rel, 0, "-", "not a regular file")
            elif rel.split("/")[0] in vocab.FREE_FOLDERS:
                continue  # checked by their own rules (e.g. geo/ against its checksums)
            elif rel not in expected:
                c.problem(rel, 0, "-", _unexpected(path))


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
    c.required(rel, rows, vocab.SET_REQUIRED)
    c.numeric(rel, rows, "sort_order")
    for row in rows:
        bad = [b for b in row["default_bench"].split(",") if b.strip() and b.strip() not in vocab.BENCHMARK_CHOICES]
        if bad:
            c.problem(rel, row.line, "default_bench", f"unknown benchmark {bad[0][:40]!r}")
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
            else:
                c.report.sets[set_id] = c.report.sets.get(set_id, 0) + 1
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
    for row in rows:
        given = [column for column in vocab.AREA_COORDINATES if row[column]]
        if given and len(given) < len(vocab.AREA_COORDINATES):
            missing = next(column for column in vocab.AREA_COORDINATES if not row[column])
            c.problem(rel, row.line, missing, f"coordinates need {', '.join(vocab.AREA_COORDINATES)} together")
    c.cited(rel, rows, "source_url", sources)
    c.cited(rel, rows, "coord_source_url", sources)
    _check_area_domain(c, rel, rows, set_ids, geos)
    c.report.areas = len(rows)
    return {r["area_id"] for r in rows}, {r["country"] for r in rows}


def url_host(url: str) -> str:
    """The host of a web address, lower case ('' if it has none)."""
    match = HOST.match(url)
    return match.group(1).lower() if match else ""


def is_weak(url: str, weak_hosts: set[str]) -> bool:
    """True if the address is on a weak host or one of its subdomains."""
    host = url_host(url)
    return bool(host) and any(host == h or host.endswith("." + h) for h in weak_hosts)


def _check_source_kinds(c: Checker) -> set[str]:
    """source_kinds.csv (optional): one row per host, a known weak kind; returns the weak hosts."""
    rel = "source_kinds.csv"
    rows = c.read(rel, vocab.SOURCE_KIND_COLUMNS, optional=True)
    c.unique(rel, rows, ("host",))
    c.required(rel, rows, ("kind",))
    c.allowed(rel, rows, "kind", vocab.WEAK_SOURCE_KINDS)
    return {r["host"].lower() for r in rows if r["host"]}


def _count_weak(c: Checker, weak: set[str]) -> None:
    """Plans and areas whose cited source is on a weak host: counted and listed on About, not problems."""
    for rel, counter in (("plans/plans.csv", "plans_weak_source"), ("areas.csv", "areas_weak_source")):
        setattr(c.report, counter, sum(1 for row in c.tables.get(rel, []) if is_weak(row["source_url"], weak)))


def _check_governance(c: Checker, area_ids: set[str], sources: set[str], weak: set[str] | None = None) -> None:
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
        elif is_weak(row["source_url"], weak or set()):
            c.report.facts_weak_source += 1  # not a problem: counted, and listed on the About page
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
    _check_eurostat_queries(c, rows)
    return {r["indicator_id"] for r in rows}


def _check_eurostat_queries(c: Checker, catalog: list[Row]) -> None:
    """eurostat_queries.csv (optional): an observed indicator of the catalogue, from its dataset, valid filters."""
    rel = vocab.TABLES["raw_eurostat_queries"][0]
    rows = c.read(rel, vocab.EUROSTAT_QUERY_COLUMNS, optional=True)
    c.unique(rel, rows, ("indicator_id",))
    c.required(rel, rows, ("dataset", "filters"))
    entries = {r["indicator_id"]: r for r in catalog}
    for row in rows:
        entry = entries.get(row["indicator_id"])
        if entry is None:
            c.problem(rel, row.line, "indicator_id", f"unknown indicator {row['indicator_id'][:40]!r}")
        elif entry["status"] != "observed":
            c.problem(rel, row.line, "indicator_id", "a derived indicator is recomputed, never read from Eurostat")
        elif row["dataset"] and f"Eurostat {row['dataset']}" not in entry["source_dataset"].split("; "):
            c.problem(rel, row.line, "dataset", f"not the catalogue's dataset of {row['indicator_id']}")
        if row["dataset"] and not re.match(vocab.EUROSTAT_DATASET, row["dataset"]):
            c.problem(rel, row.line, "dataset", f"not a Eurostat dataset code: {row['dataset'][:40]!r}")
        bad = [part for part in row["filters"].split(";") if not re.match(vocab.EUROSTAT_FILTER, part)]
        if row["filters"] and bad:
            c.problem(rel, row.line, "filters", f"not dim=CODE: {bad[0][:40]!r}")


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
    rel = "indicators/benchmarks.csv"
    rows = c.read(rel, vocab.BENCHMARK_COLUMNS)
    c.unique(rel, rows, ("geo", "indicator_id", "year"))
    c.references(rel, rows, "geo", countries | vocab.EXTRA_BENCHMARKS, "benchmark geo")
    c.references(rel, rows, "geo", geos, "benchmark geo (not in countries.csv)")
    _check_value_rows(c, rel, rows, indicator_ids)
    regions = {r["area_id"]: (r["nuts3"], r["indicator_geo"]) for r in c.tables.get("areas.csv", [])}
    for area in sorted(area_ids):
        rel = area_value_rel(area)
        rows = c.read(rel, vocab.VALUE_COLUMNS)
        c.unique(rel, rows, ("indicator_id", "nuts_code", "year"))
        c.required(rel, rows, ("nuts_code",))
        _check_value_rows(c, rel, rows, indicator_ids)
        nuts3, indicator_geo = regions.get(area, ("", ""))
        _check_territories(c, rel, rows, [code for code in nuts3.split(";") if code], indicator_geo)


def nuts_code_fits(code: str, nuts3: list[str], indicator_geo: str) -> bool:
    """True if a value's NUTS code is the area's aggregate, one of its NUTS-3 regions, or a region containing all."""
    if code == indicator_geo or code in nuts3:
        return True
    return bool(nuts3) and len(code) < 5 and all(region.startswith(code) for region in nuts3)


def is_component(code: str, nuts3: list[str]) -> bool:
    """True if the row is one NUTS-3 region of an area made of several (the rest is the area's headline series)."""
    return len(nuts3) > 1 and code in nuts3


def _check_territories(c: Checker, rel: str, rows: list[Row], nuts3: list[str], indicator_geo: str) -> None:
    """Every value measures the area or a region containing it, and the headline series has one value per year."""
    headline: dict[tuple[str, str], int] = {}
    for row in rows:
        code = row["nuts_code"]
        if code and not nuts_code_fits(code, nuts3, indicator_geo):
            c.problem(rel, row.line, "nuts_code",
                      f"{code[:40]!r} is neither the area's regions {nuts3} nor a region containing them")
            continue
        if not code or is_component(code, nuts3):
            continue
        key = (row["indicator_id"], row["year"])
        if key in headline:
            c.problem(rel, row.line, "nuts_code", f"a second headline value for {key[0]} {key[1]} "
                      f"(first on line {headline[key]}; one territory per indicator and year)")
        headline.setdefault(key, row.line)


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


def _check_plan_names(c: Checker, rel: str, rows: list[Row]) -> None:
    """English and Italian titles beside the original: the original's own where it is in that language, and the
    working translations marked as such."""
    c.required(rel, rows, ("name_en", "name_it", "name_language", "name_translation"))
    c.allowed(rel, rows, "name_language", vocab.PLAN_NAME_LANGUAGES)
    for row in rows:
        language = row["name_language"]
        if language in ("en", "it") and row[f"name_{language}"] != row["name_local"]:
            c.problem(rel, row.line, f"name_{language}", f"differs from name_local, which is already in '{language}'")
        if language and row["name_translation"] and row["name_translation"] != vocab.plan_translation_note(language):
            c.problem(rel, row.line, "name_translation",
                      f"should be '{vocab.plan_translation_note(language)}' for a name in '{language}'")


def _check_plans(c: Checker, area_ids: set[str], sources: set[str]) -> set[str]:
    rel = "plans/plans.csv"
    rows = c.read(rel, vocab.PLAN_COLUMNS)
    c.unique(rel, rows, ("plan_id",))
    c.references(rel, rows, "area_id", area_ids, "area")
    c.required(rel, rows, ("area_id", "name_local", "source_url", "status_class"))
    c.allowed(rel, rows, "status_class", vocab.PLAN_STATUS)
    _check_plan_names(c, rel, rows)
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
    return plan_ids


def _check_project(c: Checker, area_ids: set[str], sources: set[str]) -> None:
    """Partners and events: optional files; when present, keys, roles, dates and a cited source on every row."""
    rel = "project/partners.csv"
    rows = c.read(rel, vocab.PARTNER_COLUMNS, optional=True)
    c.unique(rel, rows, ("partner_id",))
    c.required(rel, rows, ("name_local", "name_en", "country", "role", "source_url"))
    c.allowed(rel, rows, "role", frozenset(vocab.PARTNER_ROLES))
    c.references(rel, rows, "area_id", area_ids, "area")
    c.cited(rel, rows, "source_url", sources)
    c.cited(rel, rows, "policy_instrument_url", sources)
    rel = "project/events.csv"
    rows = c.read(rel, vocab.EVENT_COLUMNS, optional=True)
    c.unique(rel, rows, ("event_id",))
    c.required(rel, rows, ("title", "kind", "source_url"))
    c.cited(rel, rows, "source_url", sources)
    for row in rows:
        for column in ("date_start", "date_end"):
            if row[column] and not ISO_DATE.fullmatch(row[column]):
                c.problem(rel, row.line, column, f"not an ISO date (YYYY-MM-DD): {row[column][:40]!r}")
        if not row["date_start"] and not row["note"]:
            c.problem(rel, row.line, "note", "an event without a date needs a note saying why")


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


def _web_links(c: Checker, rel: str, rows: list[Row], column: str) -> None:
    """Every URL in the column (one, or a ' ; ' list) is an http(s) address: links are drawn from these cells."""
    for row in rows:
        for url in (u.strip() for u in row[column].split(" ; ") if u.strip()):
            if not re.fullmatch(r"https?://\S+", url):
                c.problem(rel, row.line, column, f"not an http(s) address: {url[:40]!r}")


def _check_practices(c: Checker, area_ids: set[str], plan_ids: set[str]) -> None:
    """Practices cite a page each; criteria and the project's screening refer to known keys."""
    rel = "practices/practices.csv"
    rows = c.read(rel, vocab.PRACTICE_COLUMNS)
    c.unique(rel, rows, ("practice_id",))
    c.required(rel, rows, ("area_id", "title_en", "title_local", "ongoing", "theme", "governance_level",
                           "level_class", "description", "source_url"))
    c.references(rel, rows, "area_id", area_ids, "area")
    c.references(rel, rows, "plan_id", plan_ids, "plan")
    c.allowed(rel, rows, "theme", set(vocab.PRACTICE_THEMES))
    c.allowed(rel, rows, "level_class", set(vocab.LEVEL_CLASSES))
    c.allowed(rel, rows, "ongoing", vocab.YES_NO)
    for column in ("year_start", "year_end"):
        c.years(rel, rows, column)
    for column in ("source_url", "interreg_gp_url", "other_sources"):
        _web_links(c, rel, rows, column)
    for row in rows:
        if row["ongoing"] == "yes" and row["year_end"]:
            c.problem(rel, row.line, "year_end", "an ongoing practice has no end year")
        if is_year(row["year_start"]) and is_year(row["year_end"]) and row["year_end"] < row["year_start"]:
            c.problem(rel, row.line, "year_end", f"before year_start {row['year_start']}")
    rel_c = "practices/criteria.csv"
    criteria = c.read(rel_c, vocab.CRITERION_COLUMNS)
    c.unique(rel_c, criteria, ("criterion_id",))
    c.required(rel_c, criteria, vocab.CRITERION_COLUMNS[1:])
    c.numeric(rel_c, criteria, "sort_order")
    _web_links(c, rel_c, criteria, "source_url")
    rel_s = "practices/screening.csv"
    screening = c.read(rel_s, vocab.SCREENING_COLUMNS)
    c.unique(rel_s, screening, ("practice_id", "criterion_id"))
    c.references(rel_s, screening, "practice_id", {r["practice_id"] for r in rows}, "practice")
    c.references(rel_s, screening, "criterion_id", {r["criterion_id"] for r in criteria}, "criterion")
    c.required(rel_s, screening, ("result", "status", "reason_en", "reason_it"))
    c.allowed(rel_s, screening, "result", set(vocab.SCREENING_RESULTS))
    # The screening is the project's reading, never a source's statement or an official validation.
    c.allowed(rel_s, screening, "status", {"classified"})


def _check_geo(c: Checker) -> None:
    """Boundaries shipped in geo/ are exactly the files its SHA256SUMS lists, each with that checksum."""
    folder = c.data_dir / "geo"
    if folder.is_dir():
        for name, line, column, reason in checksums.folder_problems(folder):
            c.problem(f"geo/{name}", line, column, reason)


def _check_stories(c: Checker) -> None:
    """Every file of stories/ is a story <id>.yaml of the right shape (its parameters are checked by the CLI)."""
    for path in stories.story_files(c.data_dir):
        rel = f"{vocab.STORIES_FOLDER}/{path.name}"
        if path.is_symlink():
            continue  # refused by _check_files
        if path.is_dir():
            c.problem(rel, 0, "-", "unexpected folder (stories are files <id>.yaml)")
            continue
        if path.suffix != ".yaml" or not stories.STORY_ID.match(path.stem):
            c.problem(rel, 0, "-", "unexpected file (stories are <id>.yaml, id of a-z, 0-9 and -)")
            continue
        for found in stories.read_story(path)[1]:
            c.problem(rel, found.line, found.place, found.reason)
