"""`assess import ROUND FILE.csv` (scores from paper or a form) and `shortlist ROUND --format ... -o FILE`."""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date
from pathlib import Path

from dashboard.data.paths import DATA_DIR

IMPORT_COLUMNS = ("practice_id", "criterion_id", "score", "comment")
SHORTLIST_FORMATS = ("xlsx", "csv", "md")
MAX_IMPORT_BYTES = 5_000_000


def add_parsers(sub: argparse._SubParsersAction, data_dir_type: object) -> None:
    """Add the assess and shortlist commands."""
    assess = sub.add_parser("assess", help="assessment rounds: import scores collected on paper or in a form")
    inner = assess.add_subparsers(dest="assess_command", required=True)
    load = inner.add_parser("import", help="store the scores of a CSV file in a round (created if it is new)",
                            description="Columns: practice_id, criterion_id, score, comment (may be empty). The "
                            "whole file is refused, naming row and column, if any row is wrong: nothing is stored.")
    load.add_argument("round", help="round id (letters, digits, _ and -)")
    load.add_argument("file", type=Path, help="CSV file (UTF-8, comma-separated, with a header)")
    load.add_argument("--name", help="name of a new round (default: the round id)")
    load.add_argument("--date", dest="held_on", help="date of a new round, YYYY-MM-DD (default: today)")
    load.add_argument("--scale-max", type=int, default=3, help="top of a new round's scale from 0 (default 3)")
    load.add_argument("--data-dir", type=data_dir_type, default=DATA_DIR, help="data directory (default: data/)")
    short = sub.add_parser("shortlist", help="write a round's ranked practices in the catalogue entry's fields")
    short.add_argument("round", help="round id")
    short.add_argument("--format", choices=SHORTLIST_FORMATS, help="file format (default: from the extension)")
    short.add_argument("-o", "--output", required=True, help="file to write (replaced whole), or - for stdout")
    short.add_argument("--data-dir", type=data_dir_type, default=DATA_DIR, help="data directory (default: data/)")


def fail(command: str, message: str, code: int) -> int:
    print(f"python -m dashboard {command}: error: {message}", file=sys.stderr)
    return code


def _read_rows(path: Path) -> tuple[list[tuple[int, dict[str, str]]], str | None]:
    """Return (line, row) pairs of the file, or a reason it cannot be read as the expected CSV."""
    if not path.is_file() or path.is_symlink():
        return [], f"not a regular file: {str(path)!r}"
    if path.stat().st_size > MAX_IMPORT_BYTES:
        return [], f"larger than {MAX_IMPORT_BYTES} bytes"
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        return [], f"not UTF-8 ({exc.reason} at byte {exc.start})"
    reader = csv.reader(text.splitlines(keepends=True), strict=True)
    try:
        header = [h.strip() for h in next(reader, [])]
        if header[:3] != list(IMPORT_COLUMNS[:3]) or header[3:] not in ([], ["comment"]):
            got = ",".join(header)[:80]
            return [], f"header must be {','.join(IMPORT_COLUMNS)} (comment may be left out), got {got!r}"
        rows = []
        for record in reader:
            if record:
                rows.append((reader.line_num, dict(zip(header, (cell.strip() for cell in record), strict=False))))
    except csv.Error as exc:
        return [], f"line {reader.line_num}: not a readable CSV record ({exc})"
    return rows, None


def run_import(args: argparse.Namespace) -> int:
    """Check every row against the catalogue and the round, then store all of them in one transaction, or none."""
    from dashboard.data import db, queries
    from dashboard.store.model import ID, Refused, ScoreIn, check_score
    from dashboard.store.open import open_store

    command = "assess import"
    if not ID.match(args.round):
        return fail(command, f"not a round id: {args.round[:40]!r} (letters, digits, _ and -)", 2)
    rows, problem = _read_rows(args.file)
    if problem:
        return fail(command, f"{args.file}: {problem}; nothing stored", 1)
    if not rows:
        return fail(command, f"{args.file}: no scores; nothing stored", 1)
    try:
        con = db.connect(args.data_dir)
    except db.DataDirRefused as exc:
        return fail(command, f"{exc}; nothing stored", 1)
    known_practices = set(queries.practices(con)["practice_id"])
    known_criteria = set(queries.criteria(con)["criterion_id"])
    store = open_store()
    rnd = store.get_round(args.round)
    low, high = (rnd.scale_min, rnd.scale_max) if rnd else (0, args.scale_max)
    problems = []
    for line, row in rows:
        for column, known, what in (("practice_id", known_practices, "practice"),
                                    ("criterion_id", known_criteria, "criterion")):
            value = row.get(column, "")
            if value not in known:
                problems.append(f"{args.file}:{line}: {column}: unknown {what} {value[:40]!r}")
            elif rnd and value not in (rnd.practice_ids if column == "practice_id" else rnd.criterion_ids):
                problems.append(f"{args.file}:{line}: {column}: {value!r} is not in round {rnd.round_id}")
        try:
            check_score(row.get("score", ""), low, high)
        except Refused as exc:
            problems.append(f"{args.file}:{line}: score: {str(exc).removeprefix('score: ')}")
    if problems:
        for found in problems[:20]:
            print(found, file=sys.stderr)
        return fail(command, f"{len(problems)} problems in {args.file}; nothing stored", 1)
    entries = [ScoreIn(r["practice_id"], r["criterion_id"], r["score"], r.get("comment", "")) for _, r in rows]
    try:
        if rnd is None:
            rnd = store.open_round(args.name or args.round, args.held_on or date.today().isoformat(),
                                   [e.practice_id for e in entries], [e.criterion_id for e in entries], 0,
                                   args.scale_max, round_id=args.round)
        stored = store.submit(rnd.round_id, entries)
    except Refused as exc:
        where = f" (row {rows[exc.entry - 1][0]})" if exc.entry else ""
        return fail(command, f"{exc}{where}; nothing stored", 1)
    print(f"stored {stored} scores in round {rnd.round_id}")
    return 0


def run_shortlist(args: argparse.Namespace, write: object) -> int:
    """Rank the round's practices and write them in the catalogue entry's fields (formulas neutralised)."""
    import pandas as pd

    from dashboard.data import db, queries
    from dashboard.exports.registry import table_bytes
    from dashboard.exports.shortlist import shortlist_frame, shortlist_markdown
    from dashboard.store.open import open_store
    from dashboard.transform.assessment import ranking

    command = "shortlist"
    fmt = args.format or Path(args.output).suffix.lower().lstrip(".")
    if fmt not in SHORTLIST_FORMATS:
        return fail(command, f"no --format and no known extension ({', '.join(SHORTLIST_FORMATS)})", 2)
    store = open_store()
    rnd = store.get_round(args.round)
    if rnd is None:
        return fail(command, f"no round {args.round[:40]!r}; nothing written", 2)
    try:
        con = db.connect(args.data_dir)
    except db.DataDirRefused as exc:
        return fail(command, f"{exc}; nothing written", 1)
    practices = queries.practices(con)
    unknown = [p for p in rnd.practice_ids if p not in set(practices["practice_id"])]
    if unknown:
        return fail(command, f"practices not in the catalogue: {', '.join(unknown)}; nothing written", 1)
    scores = pd.DataFrame([s.__dict__ for s in store.scores(rnd.round_id)],
                          columns=["practice_id", "criterion_id", "score"])
    frame = shortlist_frame(ranking(scores, rnd.practice_ids, (rnd.scale_min, rnd.scale_max)), practices,
                            queries.areas(con))
    payload = (shortlist_markdown(frame, rnd.name, rnd.held_on).encode("utf-8") if fmt == "md"
               else table_bytes(frame, fmt))
    try:
        write(args.output, payload)
    except OSError as exc:
        return fail(command, f"cannot write {args.output!r}: {exc.strerror or exc}; nothing written", 1)
    print(f"wrote {len(frame)} practices of round {rnd.round_id} to {args.output} ({fmt})",
          file=sys.stderr if args.output == "-" else sys.stdout)
    return 0
