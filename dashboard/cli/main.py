"""Command line: `python -m dashboard check [--data-dir DIR] [--json]`, `export`, `assess`, `shortlist`, versions."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from dashboard.cli import assess, story, updates
from dashboard.data.check import check_data_dir
from dashboard.data.paths import DATA_DIR
from dashboard.exports.registry import EXPORT_FORMATS, FORMATS
from dashboard.updates.layout import current_data_dir

PROG = "python -m dashboard"
MAX_PROBLEMS_SHOWN = 20
STDOUT = "-"  # -o -: the file goes to standard output
UPDATE_COMMANDS = {
    "versions": updates.run_versions, "update": updates.run_update, "rollback": updates.run_rollback,
    "keys": updates.run_keys, "submit": updates.run_submit, "refresh": updates.run_refresh,
}


def _data_dir(text: str) -> Path:
    """Parse --data-dir: an existing directory."""
    path = Path(text)
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"not a directory: {text!r}")
    return path


def _year(text: str) -> int:
    """Parse --from/--to: a four-digit year."""
    if not re.fullmatch(r"\d{4}", text.strip()):
        raise argparse.ArgumentTypeError(f"not a year: {text[:40]!r}")
    return int(text)


def _names(text: str) -> tuple[str, ...]:
    """Parse a comma list of ids (areas, indicators, benchmarks); empty items are dropped."""
    items = tuple(item.strip() for item in text.split(",") if item.strip())
    if not items:
        raise argparse.ArgumentTypeError(f"empty list: {text[:40]!r}")
    return items


def _add_export(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser(
        "export",
        help="write filtered indicator values to a file (csv, xlsx, parquet, geojson, zip data package)",
        description="Write the indicator values of the chosen areas, indicators and years to one file, with the "
        "indicator metadata and the citation. Defaults: every area, every indicator, every year.",
    )
    export.add_argument("--set", dest="set_id", default="metro_case",
                        help="comparison set (a set_id of sets.csv, e.g. italy_14; default metro_case): the areas "
                             "--areas is read in, and every area of the set without --areas")
    export.add_argument("--areas", type=_names, help="comma list of area ids of the set (e.g. genova,torino)")
    export.add_argument("--indicators", type=_names, help="comma list of indicator ids (e.g. population_jan1)")
    export.add_argument("--from", dest="year_from", type=_year, help="first year (inclusive)")
    export.add_argument("--to", dest="year_to", type=_year, help="last year (inclusive)")
    export.add_argument("--bench", type=_names, default=(), help="benchmarks: country (of the areas), eu (EU-27)")
    export.add_argument("--components", action="store_true", help="add the NUTS-3 rows of multi-region areas")
    export.add_argument("--format", choices=EXPORT_FORMATS, help="file format (default: from the file extension)")
    export.add_argument(
        "-o", "--output", required=True, help="file to write (replaced whole; a regular file or a new name), "
        "or - for standard output (then --format is needed)",
    )
    export.add_argument("--data-dir", type=_data_dir, default=DATA_DIR, help="data directory (default: data/)")
    export.add_argument("--lang", choices=("en", "it"), default="en", help="language of names and labels")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the dashboard command line."""
    parser = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate a data directory")
    check.add_argument("--data-dir", type=_data_dir, default=DATA_DIR, help="data directory (default: data/)")
    check.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    _add_export(sub)
    story.add_parser(sub, _data_dir, DATA_DIR)
    assess.add_parsers(sub, _data_dir)
    updates.add_parsers(sub, _data_dir)
    return parser


def _label(data_dir: Path) -> str:
    """Return the data directory as the user would name it: relative to the working folder where possible."""
    try:
        return str(Path(data_dir).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(data_dir)


def run_check(data_dir: Path, as_json: bool) -> int:
    """Check a data directory, print the result, and return the exit code (1 on any problem)."""
    report = check_data_dir(data_dir, _label(data_dir))
    if not report.problems:  # the stories' parameters are read against the data, so only once the data passes
        report.problems += story.param_problems(data_dir, _label(data_dir))
    if as_json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        for problem in report.problems:
            print(problem)
        print(
            f"{report.areas} areas ({', '.join(f'{k} {v}' for k, v in report.sets.items()) or 'no sets'}), "
            f"{report.indicators} indicators, {report.values} values, "
            f"{report.facts} facts, {report.plans} plans; {len(report.problems)} problems; "
            f"{report.values_without_source} values and {report.facts_without_source} facts without a source"
        )
    return 1 if report.problems else 0


def _fail(message: str, code: int) -> int:
    print(f"{PROG} export: error: {message}", file=sys.stderr)
    return code


def _format(args: argparse.Namespace) -> str | None:
    """Return --format, else the format whose extension the output file has (None for -o -)."""
    if args.format:
        return args.format
    if args.output == STDOUT:
        return None
    suffix = Path(args.output).suffix.lower().lstrip(".")
    return next((name for name in EXPORT_FORMATS if FORMATS[name].extension == suffix), None)


def _target_problem(output: str) -> str | None:
    """Return why -o cannot be written, before any work is done (None: a new name, a regular file or -)."""
    from dashboard.exports.files import not_regular

    if output == STDOUT:
        return None
    target = Path(output)
    if not target.parent.is_dir():
        return f"no such directory for the output: {str(target.parent)!r}"
    reason = not_regular(target)
    return f"the output {reason}: {output!r}; nothing written" if reason else None


def _write(output: str, payload: bytes) -> None:
    """Write the payload to standard output (bytes, also for binary formats) or whole to the file."""
    from dashboard.exports.files import write_atomic

    if output == STDOUT:
        sys.stdout.flush()
        sys.stdout.buffer.write(payload)
        sys.stdout.buffer.flush()
    else:
        write_atomic(Path(output), payload)


def run_export(args: argparse.Namespace) -> int:
    """Build the export, write it whole (temp file, then rename), and return the exit code (2: bad arguments)."""
    # Imported here so that `check` stays quick and needs none of the export libraries.
    import duckdb

    from dashboard.data import db
    from dashboard.exports.geojson import BoundariesUnavailable
    from dashboard.exports.registry import export_bytes
    from dashboard.exports.table import Selection, SelectionError, build_export, choices

    fmt = _format(args)
    if fmt is None and args.output == STDOUT:
        return _fail(f"-o - (standard output) needs --format ({', '.join(EXPORT_FORMATS)})", 2)
    if fmt is None:
        name = Path(args.output).name
        return _fail(f"no --format and {name!r} has no known extension ({', '.join(EXPORT_FORMATS)})", 2)
    problem = _target_problem(args.output)
    if problem:
        return _fail(problem, 2)
    try:
        con = db.connect(args.data_dir, _label(args.data_dir))
    except db.DataDirRefused as exc:
        # The same check as `check`: a folder it refuses is never exported, whatever the filter.
        for found in exc.problems[:MAX_PROBLEMS_SHOWN]:
            print(found, file=sys.stderr)
        more = len(exc.problems) - MAX_PROBLEMS_SHOWN
        if more > 0:
            print(f"... and {more} more", file=sys.stderr)
        return _fail(f"the data directory {str(args.data_dir)!r} does not pass the data check "
                     f"({len(exc.problems)} problems above); nothing written", 1)
    except duckdb.Error as exc:
        first = str(exc).splitlines()[0][:200]
        return _fail(f"cannot read the data directory {str(args.data_dir)!r} ({first}); "
                     f"run `python -m dashboard check --data-dir {args.data_dir}` for details", 2)
    from dashboard.data import queries

    known_sets = queries.comparison_sets(con)["set_id"].tolist()
    if args.set_id not in known_sets:
        return _fail(f"unknown comparison set {args.set_id[:40]!r} (known: {', '.join(known_sets)})", 2)
    options = choices(con, args.set_id)
    selection = Selection(
        areas=args.areas or options.areas,
        indicators=args.indicators or options.indicators,
        year_from=options.year_min if args.year_from is None else args.year_from,
        year_to=options.year_max if args.year_to is None else args.year_to,
        bench=args.bench,
        components=args.components,
    )
    try:
        export = build_export(con, selection, args.lang, options=options)
    except SelectionError as exc:
        return _fail(str(exc), 2)
    if export.values.empty:
        return _fail("no values match the filter; nothing written", 1)
    try:
        payload = export_bytes(export, fmt, args.data_dir)
    except BoundariesUnavailable as exc:
        return _fail(f"GeoJSON needs the NUTS boundaries: {exc}; nothing written", 1)
    to_stdout = args.output == STDOUT
    shown = "standard output" if to_stdout else args.output
    try:
        _write(args.output, payload)
    except OSError as exc:
        return _fail(f"cannot write {shown!r}: {exc.strerror or exc}; nothing written", 1)
    # The rows count goes beside the file, never into it: on stderr when the file is standard output.
    print(f"wrote {len(export.values)} rows to {shown} ({fmt})", file=sys.stderr if to_stdout else sys.stdout)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    args = build_parser().parse_args(argv)
    if args.command in UPDATE_COMMANDS:
        return UPDATE_COMMANDS[args.command](args)
    if getattr(args, "data_dir", None) is not None:
        args.data_dir = current_data_dir(args.data_dir)  # a versioned data root is read at its current version
    if args.command == "check":
        return run_check(args.data_dir, args.json)
    if args.command == "export":
        return run_export(args)
    if args.command == "prewarm":
        return story.run_prewarm(args)
    if args.command == "assess":
        return assess.run_import(args)
    if args.command == "template":
        args.data_dir = args.data_dir or current_data_dir(DATA_DIR)
        return updates.run_template(args, _target_problem, _write)
    if args.command == "shortlist":
        problem = _target_problem(args.output)
        return assess.fail("shortlist", problem, 2) if problem else assess.run_shortlist(args, _write)
    return 2

