"""SHA-256 of files and SHA256SUMS lists (`sha256sum` format), with no heavy imports so `check` stays quick."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

SUMS_NAME = "SHA256SUMS"
_LINE = re.compile(r"^([0-9a-f]{64}) [ *]([^/\\]+)$")


def sha256(path: Path) -> str:
    """Return the hex SHA-256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def format_sums(digests: dict[str, str]) -> str:
    """Return a SHA256SUMS text for {file name: hex digest}, sorted by name."""
    return "".join(f"{digests[name]}  {name}\n" for name in sorted(digests))


def parse_sums(text: str) -> tuple[dict[str, tuple[int, str]], list[tuple[int, str]]]:
    """Return {file name: (line, hex digest)} and (line, reason) for every line that is not `<digest>  <name>`."""
    listed: dict[str, tuple[int, str]] = {}
    bad: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _LINE.match(line)
        if match is None or match.group(2) in {".", ".."}:
            bad.append((number, "not '<64 hex digits>  <file name>' (a plain name, no folder)"))
        elif match.group(2) in listed:
            bad.append((number, f"{match.group(2)!r} listed twice (first on line {listed[match.group(2)][0]})"))
        else:
            listed[match.group(2)] = (number, match.group(1))
    return listed, bad


def folder_problems(folder: Path) -> list[tuple[str, int, str, str]]:
    """Return (file, line, column, reason) for every file of folder that its SHA256SUMS does not vouch for."""
    sums = folder / SUMS_NAME
    if not sums.is_file() or sums.is_symlink():
        return [(SUMS_NAME, 0, "-", "file is missing (every boundary folder lists its files' checksums)")]
    try:
        listed, bad = parse_sums(sums.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        return [(SUMS_NAME, 1, "-", f"not UTF-8 ({exc.reason} at byte {exc.start})")]
    problems = [(SUMS_NAME, line, "-", reason) for line, reason in bad]
    for name, (line, digest) in sorted(listed.items()):
        path = folder / name
        if path.is_symlink() or not path.is_file():
            problems.append((SUMS_NAME, line, name, "listed file is missing or not a regular file"))
        elif sha256(path) != digest:
            problems.append((SUMS_NAME, line, name, "checksum differs: the file changed after SHA256SUMS was written"))
    for path in sorted(folder.iterdir()):
        if path.name != SUMS_NAME and path.name not in listed:
            problems.append((path.name, 0, "-", f"not listed in {SUMS_NAME}"))
    return problems


def verified(folder: Path, name: str) -> bool:
    """True if folder/name is a regular file whose SHA-256 is the one folder/SHA256SUMS lists for it."""
    sums, path = folder / SUMS_NAME, folder / name
    if not sums.is_file() or path.is_symlink() or not path.is_file():
        return False
    try:
        listed, _ = parse_sums(sums.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        return False
    return name in listed and sha256(path) == listed[name][1]
