"""The store's records and the checks every backend applies before writing (bad input is refused, not stored)."""

from __future__ import annotations

import re
from dataclasses import dataclass

ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
MAX_NAME, MAX_COMMENT, MAX_PARTICIPANT = 120, 1000, 60
SCALE_LOW, SCALE_HIGH = 0, 10
# A browser may score each practice and criterion of a round this many times (a flood is refused beyond it).
RESUBMISSIONS = 3


class Refused(ValueError):
    """Input the store will not write; the message says which entry and why (nothing of the batch is stored)."""

    def __init__(self, message: str, entry: int | None = None, field: str = "") -> None:
        self.entry, self.field = entry, field
        super().__init__(message)


@dataclass(frozen=True)
class Round:
    """An assessment round: the practices and criteria on the table, the scale and whether it is open."""

    round_id: str
    name: str
    held_on: str
    practice_ids: tuple[str, ...]
    criterion_ids: tuple[str, ...]
    scale_min: int
    scale_max: int
    status: str
    created_at: str
    closed_at: str | None = None


@dataclass(frozen=True)
class ScoreIn:
    """One score as submitted: a practice, a criterion, the score and an optional comment."""

    practice_id: str
    criterion_id: str
    score: object
    comment: str = ""


@dataclass(frozen=True)
class Score:
    """One stored score."""

    score_id: str
    round_id: str
    practice_id: str
    criterion_id: str
    score: int
    comment: str
    participant: str
    client_id: str
    created_at: str


def plain_text(value: object, limit: int, what: str, entry: int | None = None) -> str:
    """Return value as stripped printable text of at most limit characters, or refuse it."""
    if not isinstance(value, str):
        raise Refused(f"{what}: not text", entry, what)
    text = value.strip()
    if len(text) > limit:
        raise Refused(f"{what}: longer than {limit} characters", entry, what)
    if not all(ch.isprintable() or ch in "\n\t" for ch in text):
        raise Refused(f"{what}: control characters are not allowed", entry, what)
    return text


def check_id(value: object, what: str, entry: int | None = None) -> str:
    """Return value if it is an id (letters, digits, _ and -), else refuse it."""
    if not isinstance(value, str) or not ID.match(value):
        raise Refused(f"{what}: not a valid id: {str(value)[:40]!r}", entry, what)
    return value


def check_score(value: object, low: int, high: int, entry: int | None = None) -> int:
    """Return a whole score within [low, high]; text such as '2' is accepted, '2.5', '' or 'x' are not."""
    if isinstance(value, bool):
        raise Refused("score: not a whole number", entry, "score")
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,3}\s*", value):
        value = int(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, int):
        raise Refused(f"score: not a whole number: {str(value)[:20]!r}", entry, "score")
    if not low <= value <= high:
        raise Refused(f"score: {value} is outside the scale {low}–{high}", entry, "score")
    return value


def check_entries(rnd: Round, entries: list[ScoreIn]) -> list[tuple[str, str, int, str]]:
    """Check every entry against the round; return them cleaned, or refuse the whole batch at the first bad one."""
    if rnd.status != "open":
        raise Refused(f"round {rnd.round_id} is closed: no more scores")
    if not entries:
        raise Refused("no scores to store")
    out = []
    for n, entry in enumerate(entries, start=1):
        if entry.practice_id not in rnd.practice_ids:
            raise Refused(f"practice_id: {str(entry.practice_id)[:40]!r} is not in this round", n, "practice_id")
        if entry.criterion_id not in rnd.criterion_ids:
            raise Refused(f"criterion_id: {str(entry.criterion_id)[:40]!r} is not in this round", n, "criterion_id")
        score = check_score(entry.score, rnd.scale_min, rnd.scale_max, n)
        out.append((entry.practice_id, entry.criterion_id, score, plain_text(entry.comment or "", MAX_COMMENT,
                                                                             "comment", n)))
    return out
