"""The Data page's URL parameters <-> a download Selection (no Streamlit); untrusted values fall back with a notice.

Parameters (DESIGN §4 names): `areas` comma list of area ids, `ind` comma list of indicator ids, `from`, `to` years,
`bench` comma list of `country`, `eu` (`partners` is accepted and means nothing more here: the chosen areas are the
partners), `components` = 1 to add NUTS-3 component rows. A parameter equal to its default is left out of the URL.
"""

from __future__ import annotations

from collections.abc import Mapping

from dashboard.exports.table import BENCH_CHOICES, Choices, Selection
from dashboard.urls.parse import parse_choice, parse_int, parse_list

PARAMS = ("areas", "ind", "from", "to", "bench", "components")
# Other pages' `bench` may also say `partners`: the chosen areas already are the partners.
IGNORED_BENCH = "partners"


def _bench(raw: object) -> tuple[list[str], str | None]:
    if isinstance(raw, str):
        kept = [item for item in raw.split(",") if item.strip() != IGNORED_BENCH]
        if not kept:
            return [], None
        raw = ",".join(kept)
    return parse_list(raw, BENCH_CHOICES, [])


def selection_from_params(params: Mapping[str, object], options: Choices) -> tuple[Selection, list[tuple[str, str]]]:
    """Return the Selection a URL asks for, and (parameter, rejected text) for every value that fell back."""
    notices: list[tuple[str, str]] = []

    def keep(param: str, notice: str | None) -> None:
        if notice is not None:
            notices.append((param, notice))

    default = options.default_selection()
    areas, notice = parse_list(params.get("areas"), options.areas, default.areas)
    keep("areas", notice)
    indicators, notice = parse_list(params.get("ind"), options.indicators, default.indicators)
    keep("ind", notice)
    year_from, notice = parse_int(params.get("from"), options.year_min, options.year_max, default.year_from)
    keep("from", notice)
    year_to, notice = parse_int(params.get("to"), options.year_min, options.year_max, default.year_to)
    keep("to", notice)
    if year_from is not None and year_to is not None and year_from > year_to:
        notices.append(("from", f"{year_from} > {year_to}"))
        year_from, year_to = default.year_from, default.year_to
    bench, notice = _bench(params.get("bench"))
    keep("bench", notice)
    components, notice = parse_choice(params.get("components"), ("0", "1"), "0")
    keep("components", notice)
    selection = Selection(
        areas=tuple(areas),
        indicators=tuple(indicators),
        year_from=int(year_from if year_from is not None else default.year_from),
        year_to=int(year_to if year_to is not None else default.year_to),
        bench=tuple(bench),
        components=components == "1",
    )
    return selection, notices


def selection_to_params(selection: Selection, options: Choices) -> dict[str, str]:
    """Return the URL parameters of a Selection, leaving out those equal to the default (short permalinks)."""
    default = options.default_selection()
    out: dict[str, str] = {}
    if selection.areas != default.areas:
        out["areas"] = ",".join(selection.areas)
    if selection.indicators != default.indicators:
        out["ind"] = ",".join(selection.indicators)
    if selection.year_from != default.year_from:
        out["from"] = str(selection.year_from)
    if selection.year_to != default.year_to:
        out["to"] = str(selection.year_to)
    if selection.bench:
        out["bench"] = ",".join(selection.bench)
    if selection.components:
        out["components"] = "1"
    return out
