"""Command line of data versions: `versions`, `update TABLE FILE`, `rollback --to N` on a versioned data root."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from pathlib import Path

from dashboard.updates import versions
from dashboard.updates.diff import FileDiff

MAX_PROBLEMS_SHOWN = 20


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
