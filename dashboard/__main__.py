"""Command line: `python -m dashboard check [--data-dir DIR] [--json]`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from dashboard.check import check_data_dir
from dashboard.paths import DATA_DIR


def _data_dir(text: str) -> Path:
    """Parse --data-dir: an existing directory."""
    path = Path(text)
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"not a directory: {text!r}")
    return path


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the dashboard command line."""
    parser = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate a data directory")
    check.add_argument("--data-dir", type=_data_dir, default=DATA_DIR, help="data directory (default: data/)")
    check.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    return parser


def run_check(data_dir: Path, as_json: bool) -> int:
    """Check a data directory, print the result, and return the exit code (1 on any problem)."""
    label = str(data_dir)
    try:
        label = str(Path(data_dir).resolve().relative_to(Path.cwd()))
    except ValueError:
        pass
    report = check_data_dir(data_dir, label)
    if as_json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        for problem in report.problems:
            print(problem)
        print(
            f"{report.areas} areas, {report.indicators} indicators, {report.values} values, "
            f"{report.facts} facts, {report.plans} plans; {len(report.problems)} problems; "
            f"{report.values_without_source} values and {report.facts_without_source} facts without a source"
        )
    return 1 if report.problems else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    args = build_parser().parse_args(argv)
    if args.command == "check":
        return run_check(args.data_dir, args.json)
    return 2


if __name__ == "__main__":
    sys.exit(main())
