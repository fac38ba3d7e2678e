"""Refresh indicator values from Eurostat's API through the one update path: fetch all, merge, re-derive, promote.

Which indicators come from which dataset and filters is data (eurostat_queries.csv). Every region a table holds
for an indicator is asked for; a summable aggregate (A+B+C) is the sum of its parts in the years all have a value,
with the union of their flags; another aggregate (a rate, a ratio) takes the value of the NUTS-2 region of exactly
its territory where areas.csv names one (nuts2_same), else it is kept. Values Eurostat does not give stay as they are.
A partner's value is kept (a deliberate correction is never undone by a refresh; submit again or roll back).
Everything is fetched before anything is written, so a failed request changes nothing.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from dashboard.data import vocab
from dashboard.updates import eurostat, versions
from dashboard.updates.derive import Row, union_flags
from dashboard.updates.diff import FileDiff, diff_file
from dashboard.updates.layout import is_versioned, version_dir
from dashboard.updates.submission import PARTNER_MARK
from dashboard.updates.values import BENCHMARKS, changed_tables, read_table, rederive, rules_of, value_tables

SPEC = "eurostat_queries.csv"
Fetch = Callable[[str, list[tuple[str, str]], list[str]], dict]


@dataclass(frozen=True)
class Query:
    """One indicator's Eurostat dataset and filters (a row of eurostat_queries.csv)."""

    indicator_id: str
    dataset: str
    filters: str


@dataclass
class Plan:
    """What a refresh would write: the changed tables, what they change, and what was left as it was."""

    files: dict[str, bytes] = field(default_factory=dict)
    changes: dict[str, FileDiff] = field(default_factory=dict)
    read: dict[str, int] = field(default_factory=dict)  # indicator -> values read from Eurostat
    skipped: list[str] = field(default_factory=list)  # series kept as they were, and why


class RefreshRefused(versions.UpdateRefused):
    """A refresh that changed nothing: a request failed, an answer was malformed, or the names are unknown."""


def queries(data_dir: Path) -> dict[str, Query]:
    """Return the refreshable indicators of a data folder (empty if it has no eurostat_queries.csv)."""
    path = data_dir / SPEC
    if not path.is_file():
        return {}
    rows = read_table(path.read_bytes())
    return {r["indicator_id"]: Query(r["indicator_id"], r["dataset"], r["filters"]) for r in rows}


def _summable(data_dir: Path) -> set[str]:
    with (data_dir / vocab.TABLES["raw_catalog"][0]).open(encoding="utf-8", newline="") as handle:
        return {row["indicator_id"] for row in csv.DictReader(handle) if row["summable"] == "yes"}


def _code(rel: str, row: Row) -> str:
    return row["geo"] if rel == BENCHMARKS else row["nuts_code"]


def _text(value: Decimal) -> str:
    """A Eurostat number as plain text: no exponent, no trailing zeros after the point."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _row(rel: str, query: Query, code: str, year: str, value: Decimal, flag: str, day: str, note: str) -> Row:
    region = {"geo": code} if rel == BENCHMARKS else {"nuts_code": code}
    return {"indicator_id": query.indicator_id, **region, "year": year, "value": _text(value), "flag": flag,
            "status": "observed", "source": f"Eurostat {query.dataset} (API, retrieved {day})",
            "source_copy": f"eurostat-api:{query.dataset}?{query.filters}@{day}", "note": note}


def _inputs(code: str, summable: bool, same: Mapping[str, str]) -> tuple[list[str], str] | None:
    """The Eurostat regions a row's value comes from and how (its note); None where no rule gives it."""
    parts = code.split("+")
    if len(parts) == 1:
        return parts, ""
    if summable:
        return parts, f"sum of {code}"
    if code in same:  # a rate or a ratio: the published value of the NUTS-2 region of exactly this territory
        return [same[code]], (f"the value of {same[code]}, the NUTS-2 region of exactly the territory of {code} "
                              "(areas.csv nuts2_same)")
    return None


def _merge(tables: dict[str, list[Row]], query: Query, found: dict[tuple[str, str], eurostat.Observation],
           summable: bool, same: Mapping[str, str], day: str, plan: Plan) -> None:
    """Put the observations of one indicator into every table that holds a series of it."""
    years = sorted({year for _, year in found})
    for rel, rows in tables.items():
        codes = sorted({_code(rel, r) for r in rows if r["indicator_id"] == query.indicator_id})
        keep = {(_code(rel, r), r["year"]): r for r in rows if r["indicator_id"] == query.indicator_id}
        for code in codes:
            how = _inputs(code, summable, same)
            if how is None:
                plan.skipped.append(f"{rel}: {query.indicator_id} {code} (an aggregate of a non-summable "
                                    "indicator with no NUTS-2 region of the same territory: kept as it was)")
                continue
            parts, note = how
            for year in years:
                got = [found.get((part, year)) for part in parts]
                if any(g is None for g in got):
                    continue  # Eurostat has no value (for every part): the table's own stays
                mine = keep.get((code, year))
                if mine is not None and PARTNER_MARK in mine["source_copy"]:
                    plan.skipped.append(f"{rel}: {query.indicator_id} {code} {year} (a partner's value: kept)")
                    continue
                keep[(code, year)] = _row(rel, query, code, year, sum((g.value for g in got), Decimal(0)),
                                          union_flags(g.flag for g in got), day, note)  # type: ignore[union-attr]
        tables[rel] = [r for r in rows if r["indicator_id"] != query.indicator_id] + list(keep.values())


def plan_refresh(data_dir: Path, indicators: Sequence[str] | None, fetch: Fetch, day: str) -> Plan:
    """Fetch every chosen indicator, then merge, re-derive and diff; raise RefreshRefused before any change."""
    known = queries(data_dir)
    if not known:
        raise RefreshRefused(f"the data has no {SPEC}: no indicator says which Eurostat dataset it comes from")
    chosen = list(indicators or known)
    unknown = [i for i in chosen if i not in known]
    if unknown:
        raise RefreshRefused(f"not a refreshable indicator: {unknown[0][:60]!r} (refreshable: {', '.join(known)})")
    tables = value_tables(data_dir)
    summable = _summable(data_dir)
    same = {whole: nuts2 for nuts2, whole in rules_of(data_dir).same_territory.items()}  # PL911+PL912+PL913 -> PL91
    fetched: dict[str, dict[tuple[str, str], eurostat.Observation]] = {}
    for iid in chosen:  # every request first: one failure and nothing is written
        query = known[iid]
        geos = sorted({part for rel, rows in tables.items() for r in rows if r["indicator_id"] == iid
                       for part in (_inputs(_code(rel, r), iid in summable, same) or ([], ""))[0]})
        try:
            doc = fetch(query.dataset, eurostat.parse_filters(query.filters), geos)
            found = {(o.geo, o.year): o for o in eurostat.observations(doc, query.dataset) if o.geo in geos}
        except eurostat.EurostatError as exc:
            raise RefreshRefused(f"Eurostat refresh of {iid} failed: {exc}") from None
        if not found:
            raise RefreshRefused(f"Eurostat refresh of {iid} failed: {query.dataset} gave no value for the regions "
                                 f"asked ({', '.join(geos[:8])}{'...' if len(geos) > 8 else ''})")
        fetched[iid] = found
    plan = Plan(read={iid: len(found) for iid, found in fetched.items()})
    for iid, found in fetched.items():
        _merge(tables, known[iid], found, iid in summable, same, day, plan)
    plan.files = changed_tables(data_dir, rederive(tables, rules_of(data_dir)))
    plan.changes = {rel: diff_file(rel, (data_dir / rel).read_bytes(), payload) for rel, payload in plan.files.items()}
    return plan


def today() -> str:
    """Today's date (UTC), the retrieval date refreshed rows cite."""
    return datetime.now(UTC).date().isoformat()


def refresh(root: Path, indicators: Sequence[str] | None, *, who: str, dry_run: bool = False,
            base_url: str | None = None, timeout: float = eurostat.TIMEOUT, day: str | None = None,
            ) -> tuple[Plan, int | None, int | None]:
    """Refresh a data root (or preview it: dry_run); return the plan, the base version and the new version."""
    url = eurostat.base_url(base_url)

    def fetch(dataset: str, filters: list[tuple[str, str]], geos: list[str]) -> dict:
        return eurostat.fetch(dataset, filters, geos, url=url, timeout=timeout)

    if not is_versioned(root):
        if not dry_run:
            raise RefreshRefused(f"not a versioned data root: {str(root)!r} (a refresh makes a new version: create "
                                 "a root with `versions --init-from DIR`, or use --dry-run)")
        return plan_refresh(root, indicators, fetch, day or today()), None, None
    base = versions.entries(root)[-1].version
    plan = plan_refresh(version_dir(root, base), indicators, fetch, day or today())
    if not plan.files:
        return plan, base, None
    if dry_run:
        _, plan.changes = versions.preview(root, plan.files)  # the data check runs on the staged version too
        return plan, base, None
    what = f"Eurostat refresh of {', '.join(plan.read)} from {url}"
    entry = versions.apply(root, plan.files, kind="refresh", who=who, what=what[:300], expect_base=base)
    return plan, base, entry.version
