"""Command line of data updates: `versions`, `update`, `rollback`, `template`, `keys new`, `submit`, `refresh`."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from dashboard.data.paths import DATA_DIR
from dashboard.updates import eurostat, partners, refresh, versions
from dashboard.updates.diff import FileDiff
from dashboard.updates.submission import area_regions
from dashboard.updates.template import template_csv, template_xlsx
from dashboard.updates.upload import MAX_BYTES

MAX_PROBLEMS_SHOWN = 20
KEY_ENV = "METROCASE_PARTNER_KEY"


def _who() -> str:
    """Return the name of the person running the command, for the log."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in a bare container
        return "unknown"


def add_parsers(sub: argparse._SubParsersAction, data_dir: Callable[[str], Path]) -> None:
    """Add the `versions`, `update` and `rollback` commands."""
    help_root = "versioned data root (a folder made by `versions --init-from`)"
    listing = sub.add_parser("versions", help="list the versions of a data root, or make a new data root")
    listing.add_argument("--data-dir", type=Path, required=True, help=help_root)
    listing.add_argument("--init-from", type=data_dir, help="make --data-dir a new data root whose version 1 is a "
                         "checked copy of this data folder")
    listing.add_argument("--json", action="store_true", help="print the log as JSON lines")
    update = sub.add_parser("update", help="replace one table file of a data root as a new version")
    update.add_argument("table", help="the table's path in the data folder, e.g. indicators/genova.csv")
    update.add_argument("file", type=Path, help="the new table file (UTF-8 CSV, the table's columns)")
    update.add_argument("--data-dir", type=data_dir, required=True, help=help_root)
    update.add_argument("--dry-run", action="store_true", help="check and show the changes; make no version")
    rollback = sub.add_parser("rollback", help="make a new version that is exactly an earlier one")
    rollback.add_argument("--to", type=int, required=True, help="the version to restore")
    rollback.add_argument("--data-dir", type=data_dir, required=True, help=help_root)
    _add_partner_parsers(sub, data_dir, help_root)
    _add_refresh_parser(sub, data_dir, help_root)


def _add_refresh_parser(sub: argparse._SubParsersAction, data_dir: Callable[[str], Path], help_root: str) -> None:
    fresh = sub.add_parser("refresh", help="read the indicators' Eurostat datasets again and make a new version",
                           description="Read each refreshable indicator (eurostat_queries.csv) from Eurostat's "
                           "dissemination API for every region the data holds, recompute aggregates and derived "
                           "values, show the changes and make a new version. A failed request changes nothing.")
    fresh.add_argument("--indicators", help="comma list of indicator ids (default: every refreshable one)")
    fresh.add_argument("--dry-run", action="store_true", help="fetch, check and show the changes; make no version")
    fresh.add_argument("--data-dir", type=data_dir, default=DATA_DIR,
                       help=help_root + "; a plain data folder only with --dry-run (default: data/)")
    fresh.add_argument("--base-url", help=f"the API's base URL (default: ${eurostat.BASE_URL_ENV}, else "
                       f"{eurostat.BASE_URL})")
    fresh.add_argument("--timeout", type=float, default=eurostat.TIMEOUT, help="seconds to wait for each answer")


def _add_partner_parsers(sub: argparse._SubParsersAction, data_dir: Callable[[str], Path], help_root: str) -> None:
    template = sub.add_parser("template", help="write an area's submission template (CSV or XLSX, EN/IT)")
    template.add_argument("--area", required=True, help="the area's id (as in areas.csv)")
    template.add_argument("-o", "--output", required=True, help="file to write: .csv or .xlsx")
    template.add_argument("--data-dir", type=data_dir, default=None, help="data folder or root (default: data/)")
    key = sub.add_parser("keys", help="partner keys")
    key_sub = key.add_subparsers(dest="keys_command", required=True)
    new = key_sub.add_parser("new", help="make a partner key for one area and print it once")
    new.add_argument("--area", required=True, help="the area the key may change")
    new.add_argument("--data-dir", type=data_dir, required=True, help=help_root)
    submit = sub.add_parser("submit", help=f"submit a partner's filled-in template (key in {KEY_ENV})")
    submit.add_argument("--area", required=True, help="the partner's area")
    submit.add_argument("file", type=Path, help="the filled-in template (CSV or XLSX)")
    submit.add_argument("--data-dir", type=data_dir, required=True, help=help_root)
    submit.add_argument("--dry-run", action="store_true", help="check and show the changes; make no version")


def fail(command: str, error: versions.UpdateRefused | str, code: int = 1) -> int:
    """Print why nothing was changed and return the exit code."""
    problems = error.problems if isinstance(error, versions.UpdateRefused) else []
    for problem in problems[:MAX_PROBLEMS_SHOWN]:
        print(problem, file=sys.stderr)
    if len(problems) > MAX_PROBLEMS_SHOWN:
        print(f"... and {len(problems) - MAX_PROBLEMS_SHOWN} more", file=sys.stderr)
    print(f"python -m dashboard {command}: error: {error}; nothing changed", file=sys.stderr)
    return code


def print_changes(changes: dict[str, FileDiff]) -> None:
    """Print the rows added, changed and removed per file, with a few examples."""
    for rel, change in changes.items():
        print(f"{rel}: {change.added} added, {change.changed} changed, {change.removed} removed")
        for example in change.examples:
            print(f"  {example}")


def run_versions(args: argparse.Namespace) -> int:
    """List the versions (newest last), or make a new data root."""
    try:
        if args.init_from is not None:
            entry = versions.init(args.data_dir, args.init_from, _who())
            print(f"version {entry.version}: {entry.what} in {args.data_dir}")
            return 0
        known = versions.entries(args.data_dir)
    except versions.UpdateRefused as exc:
        return fail("versions", exc, 2)
    current = known[-1].version if known else None
    for entry in known:
        if args.json:
            print(json.dumps(entry.__dict__, ensure_ascii=False, sort_keys=True))
            continue
        totals = entry.totals()
        mark = "*" if entry.version == current else " "
        print(f"{mark} {entry.version:>4}  {entry.when}  {entry.kind:<8}  {entry.who}  {entry.what}  "
              f"(+{totals['added']} ~{totals['changed']} -{totals['removed']})"
              + (f"  sha256 {entry.sha256}" if entry.sha256 else ""))
    return 0


def run_update(args: argparse.Namespace) -> int:
    """Stage, check, show and (unless --dry-run) promote one replaced table file."""
    try:
        payload = args.file.read_bytes()
    except OSError as exc:
        return fail("update", f"cannot read {str(args.file)!r} ({exc.strerror or exc})", 2)
    files = {args.table: payload}
    try:
        if args.dry_run:
            base, changes = versions.preview(args.data_dir, files)
            print_changes(changes)
            print(f"dry run: would make a new version after version {base}; nothing changed")
            return 0
        entry = versions.apply(args.data_dir, files, kind="update", who=_who(),
                               what=f"{args.table} from {args.file.name}", original=payload)
    except versions.UpdateRefused as exc:
        return fail("update", exc)
    print_changes({rel: FileDiff(**counts) for rel, counts in entry.counts.items()})
    print(f"version {entry.version} is now current (sha256 {entry.sha256})")
    return 0


def run_rollback(args: argparse.Namespace) -> int:
    """Restore an earlier version as a new one."""
    try:
        entry = versions.rollback(args.data_dir, args.to, _who())
    except versions.UpdateRefused as exc:
        return fail("rollback", exc)
    print(f"version {entry.version} is now current: exactly version {args.to}")
    return 0


def run_template(args: argparse.Namespace, target_problem: Callable[[str], str | None],
                 write: Callable[[str, bytes], None]) -> int:
    """Write an area's template; the format follows the file's extension."""
    suffix = Path(args.output).suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        return fail("template", f"the output must end in .csv or .xlsx: {args.output[:80]!r}", 2)
    if args.area not in area_regions(args.data_dir):
        return fail("template", f"unknown area {args.area[:40]!r}", 2)
    problem = target_problem(args.output)
    if problem:
        return fail("template", problem, 2)
    build = template_csv if suffix == ".csv" else template_xlsx
    try:
        write(args.output, build(args.data_dir, args.area))
    except OSError as exc:
        return fail("template", f"cannot write {args.output!r}: {exc.strerror or exc}", 1)
    print(f"wrote the template of {args.area} to {args.output}")
    return 0


def run_keys(args: argparse.Namespace) -> int:
    """Make a partner key and print it once (only its hash is kept)."""
    try:
        key = partners.new_key(args.data_dir, args.area)
    except versions.UpdateRefused as exc:
        return fail("keys new", exc, 2)
    print(key)
    print(f"the key for {args.area}: give it to the partner now; it is not shown again (only its hash is kept)",
          file=sys.stderr)
    return 0


def run_submit(args: argparse.Namespace) -> int:
    """Check a partner's file with the key in the environment; promote it as a new version unless --dry-run."""
    key = os.environ.get(KEY_ENV, "")
    if not key:
        return fail("submit", f"no partner key: set {KEY_ENV}", 2)
    try:
        with args.file.open("rb") as handle:
            payload = handle.read(MAX_BYTES + 1)  # a bigger file is refused for its size: never read it whole
    except OSError as exc:
        return fail("submit", f"cannot read {str(args.file)!r} ({exc.strerror or exc})", 2)
    try:
        outcome = partners.submit(args.data_dir, args.area, key, payload, dry_run=args.dry_run)
    except versions.UpdateRefused as exc:
        return fail("submit", exc)
    if outcome.problems:
        refused = versions.UpdateRefused(f"{args.file.name} refused ({len(outcome.problems)} problems)",
                                         [f"{args.file.name}: {p}" for p in outcome.problems])
        return fail("submit", refused)
    print(f"read as {outcome.how}")
    print_changes(outcome.changes)
    if args.dry_run:
        print(f"dry run: would make a new version after version {outcome.base}; nothing changed")
    else:
        print(f"version {outcome.version} is now current")
    return 0


def run_refresh(args: argparse.Namespace) -> int:
    """Refresh from Eurostat: every dataset fetched first, then one new version (or a preview with --dry-run)."""
    chosen = [i.strip() for i in (args.indicators or "").split(",") if i.strip()] or None
    if args.timeout <= 0:
        return fail("refresh", f"--timeout must be positive: {args.timeout:g}", 2)
    try:
        plan, base, version = refresh.refresh(args.data_dir, chosen, who=_who(), dry_run=args.dry_run,
                                              base_url=args.base_url, timeout=args.timeout)
    except eurostat.EurostatError as exc:
        return fail("refresh", str(exc), 2)
    except versions.UpdateRefused as exc:
        return fail("refresh", exc)
    for iid, count in plan.read.items():
        print(f"{iid}: {count} values read from Eurostat")
    for line in plan.skipped[:MAX_PROBLEMS_SHOWN]:
        print(f"kept: {line}")
    print_changes(plan.changes)
    if not plan.files:
        print("Eurostat gives the values the data already holds: no new version made")
    elif version is None:
        after = f" after version {base}" if base is not None else ""
        print(f"dry run: would make a new version{after}; nothing changed")
    else:
        print(f"version {version} is now current (rollback: python -m dashboard rollback --to {base})")
    return 0
