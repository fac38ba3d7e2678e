"""Prove data/ is exactly what the build scripts make from the research folder (run by CI beside ../shared).

A pytest test cannot do this on a clone without ../shared (and must not skip for missing data), so CI runs it
where the research files are: `python scripts/check_rebuild.py [--shared ../shared]`. Exit 1 names each file that
differs, 2 if the research is absent.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"
HAND_KEPT = {"plans/axis_themes.csv"}  # the project's own classification, kept by hand, not built
# Seminar stories are the project's own sequences of views (titles, speaker notes), written by hand, not built from
# the research; `python -m dashboard check` holds them to the data (known pages, parameters the pages accept).
HAND_KEPT_FOLDERS = ("stories/",)


def files(folder: Path) -> set[str]:
    """Every file under folder, as a relative POSIX path."""
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def differences(built: Path, committed: Path, names: set[str]) -> list[str]:
    """Return what differs between the built and the committed files of these names."""
    out = [f"only in the build: {n}" for n in sorted(names - files(committed))]
    out += [f"only committed: {n}" for n in sorted(files(committed) & names - files(built))]
    out += [f"differs: {n}" for n in sorted(files(built) & files(committed) & names)
            if not filecmp.cmp(built / n, committed / n, shallow=False)]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder")
    args = parser.parse_args()
    research, gisco = args.shared / "research", args.shared / "geo" / "gisco"
    if not (research / "governance_long.csv").is_file() or not gisco.is_dir():
        print(f"check_rebuild: no research files in {args.shared}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        built = Path(tmp) / "data"
        subprocess.run([sys.executable, str(REPO / "scripts/build_data.py"), "--research", str(research),
                        "--out", str(built)], check=True)
        problems = differences(built, DATA, (files(built) | files(DATA)) - HAND_KEPT - {
            n for n in files(DATA) if n.startswith(("geo/", *HAND_KEPT_FOLDERS))})
        geo_copy = Path(tmp) / "geo-data"
        shutil.copytree(DATA, geo_copy, ignore=shutil.ignore_patterns("geo"))
        subprocess.run([sys.executable, str(REPO / "scripts/build_geo.py"), str(gisco), "--data-dir", str(geo_copy)],
                       check=True)
        problems += differences(geo_copy, DATA, {n for n in files(DATA) | files(geo_copy) if n.startswith("geo/")})
    for line in problems:
        print(line, file=sys.stderr)
    print(f"check_rebuild: {'data/ differs from its build' if problems else 'data/ is exactly its build'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
