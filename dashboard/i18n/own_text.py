"""Text our own code writes into the data (derivation notes and sources, partner sources), in the page language.

dashboard/updates/derive.py and submission.py write these English templates into data/ (the build must stay
reproducible, so the data keeps one language); they are recognised here when shown and rendered through the
catalogue (strings own.*). Anything else is the research's or a producer's text and stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dashboard.i18n import t

_CODE = r"[A-Za-z0-9_+]+"  # region codes may be sums: PL911+PL912+PL913
_NUMBER = r"-?[0-9.]+"
_PATTERNS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], str], str]], ...] = (
    (re.compile(rf"derived from (Eurostat {_CODE}) and ({_CODE})"),
     lambda m, lang: t("own.derived_from_two", lang, source=m[1], other=m[2])),
    (re.compile(rf"derived: \(({_NUMBER}) ÷ ({_NUMBER}) − 1\) × 100, ({_CODE}) (\d{{4}}) and (\d{{4}})"),
     lambda m, lang: t("own.change", lang, new=m[1], old=m[2], indicator=m[3], year=m[4], base=m[5])),
    (re.compile(rf"derived: ({_NUMBER}) ÷ ({_NUMBER}) × 100, nights by non-residents ÷ all nights, ({_CODE})"
                rf" (\d{{4}})"),
     lambda m, lang: t("own.foreign_share", lang, foreign=m[1], total=m[2], code=m[3], year=m[4])),
    (re.compile(rf"derived: ({_NUMBER}) nights ÷ ({_NUMBER}) inhabitants on 1 January, ({_CODE}) (\d{{4}})"
                rf"(?: \(({_CODE}): the same territory as ({_CODE})\))?"),
     lambda m, lang: t("own.nights_per_inhabitant", lang, nights=m[1], people=m[2], code=m[3], year=m[4])
     + (t("own.same_territory", lang, other=m[5], code=m[6]) if m[5] else "")),
)
_SUBMITTED = re.compile(r"(.+) \(submitted by partner ([\w-]+)\)")
_DERIVED_FROM = re.compile(r"derived from (.+)")


def own_text(part: str, lang: str, mark: Callable[[str], str]) -> str | None:
    """Return one '; '-separated part of a note or source in lang if our code wrote it, else None.

    mark renders the text a template wraps (a partner's source, say) as the research's text is shown.
    """
    for pattern, render in _PATTERNS:
        match = pattern.fullmatch(part)
        if match:
            return render(match, lang)
    match = _SUBMITTED.fullmatch(part)
    if match:
        inner = _DERIVED_FROM.fullmatch(match[1])
        source = t("own.derived_from", lang, source=mark(inner[1])) if inner else mark(match[1])
        return t("own.submitted", lang, source=source, partner=match[2])
    match = _DERIVED_FROM.fullmatch(part)
    if match:
        return t("own.derived_from", lang, source=mark(match[1]))
    return None
