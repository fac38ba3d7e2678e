"""Every page in Italian speaks Italian: the text of every rendered element and figure holds no English words.

Allowed: proper names, codes, links and code blocks (SQL, permalinks), and source text shown untranslated and
marked with its language as «text» (EN) (dashboard.i18n.fmt.in_source_language).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from google.protobuf.message import Message

from dashboard.i18n.fmt import in_source_language, md_escape
from tests import shipped
from tests.test_app import run_app

# Words that are not Italian and that no proper name in our data needs (matched whole and case-sensitively, so
# licence names such as "CC BY" and country codes such as "IS" pass); "Metropolitan City" is the English name of
# an Italian area, which the Italian pages call Città metropolitana.
ENGLISH = (
    "the", "and", "of", "with", "from", "which", "approved", "not found", "founding", "year", "years", "source",
    "sources", "missing", "stated", "unknown", "value", "values", "population", "Metropolitan City", "none",
    "shown", "not listed", "per brief", "derived", "submitted by", "gap", "rows", "inhabitants",
    "nights",
)
_ENGLISH = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in ENGLISH) + r")(?![\w-])")
# «text» (EN), as written or Markdown-escaped
_MARKED = re.compile(r"«[^»]*»\s*\\?\([A-Z]{2}\\?\)")
# Text our own code writes into the data (derive.py, submission.py) is ours to translate, never to mark as a source's
_OWN_MARKED = re.compile(r"«\s*(derived\b[^»]*|[^»]*submitted by partner[^»]*)»")
# Links, query strings, file names and snake_case ids (population_jan1, as written or Markdown-escaped) are codes
_LINKISH = re.compile(r"https?://\S+|\S*[?&=%]\S*|\S+\.(?:csv|sql|py)\b|\w+\\?_\w+")
# Proper names as the data writes them in their own language (an organisation named in English included)
PROPER_NAMES = sorted(
    {row["name_local"] for row in [*shipped.rows("project/partners.csv"), *shipped.rows("areas.csv"),
                                   *shipped.rows("plans/plans.csv")] if row["name_local"]},
    key=len, reverse=True,
)
# Streamlit proto fields that hold ids, keys, icons and addresses, never prose
_NOT_PROSE = {"id", "form_id", "key", "page_script_hash", "icon", "url", "page", "url_path", "columns", "column_order"}
# Plotly keys whose strings are styles, enums and colours, never text a reader sees
_PLOTLY_SKIP = {"template", "config", "colorscale", "color", "bgcolor", "bordercolor", "fillcolor", "type", "mode",
                "hoverinfo", "locations", "featureidkey", "geojson", "ids", "legendgroup", "uid"}


def _proto_strings(message: Message) -> Iterator[str]:
    """Every string of a Streamlit element's proto (labels, options, bodies, help), figures as their text."""
    for field, value in message.ListFields():
        items = value if field.is_repeated else [value]
        if field.type == field.TYPE_MESSAGE:
            for item in items:
                if isinstance(item, Message):
                    yield from _proto_strings(item)
        elif field.type == field.TYPE_STRING and field.name not in _NOT_PROSE:
            for item in items:
                if field.name == "spec":
                    yield from _figure_strings(json.loads(item))
                else:
                    yield item


def _figure_strings(spec: object, key: str = "") -> Iterator[str]:
    """Titles, axis titles, tick text, hover text, annotations and legend names of a Plotly figure."""
    if isinstance(spec, dict):
        for name, value in spec.items():
            if name not in _PLOTLY_SKIP:
                yield from _figure_strings(value, name)
    elif isinstance(spec, list):
        for value in spec:
            yield from _figure_strings(value, key)
    elif isinstance(spec, str):
        yield spec


def page_text(node: object) -> Iterator[str]:
    """Every text a reader sees on a rendered AppTest page (code blocks excepted), with the shown table cells."""
    kind = getattr(node, "type", "")
    if kind == "code":  # SQL and permalinks are code, not prose
        return
    proto = getattr(node, "proto", None)
    if isinstance(proto, Message):
        yield from _proto_strings(proto)
    if kind in ("arrow_data_frame", "dataframe"):
        frame = node.value  # type: ignore[attr-defined]
        order = list(getattr(proto, "column_order", []))
        frame = frame[[c for c in order if c in frame.columns]] if order else frame
        config = json.loads(proto.columns or "{}")  # type: ignore[union-attr]
        yield from (str(config.get(str(c), {}).get("label") or c) for c in frame.columns)  # headers as shown
        yield from (str(c) for c in frame.to_numpy().ravel())
    for child in getattr(node, "children", {}).values():
        yield from page_text(child)


def english_in(texts: Iterator[str]) -> list[str]:
    """Return each English word found, with its context, once."""
    found: dict[str, None] = {}
    for text in texts:
        for match in _OWN_MARKED.finditer(text):
            found[f"ours, marked as a source's: {match.group(0)[:120]}"] = None
        clean = _MARKED.sub(" ", text)
        for name in PROPER_NAMES:
            clean = clean.replace(name, " ").replace(md_escape(name), " ")
        clean = _LINKISH.sub(" ", clean)
        for match in _ENGLISH.finditer(clean):
            found[f"{match.group(0)!r}: …{clean[max(0, match.start() - 60): match.end() + 60]}…"] = None
    return list(found)


PAGES = [
    ("overview", {}),
    ("compare", {"chart": "bar"}),
    ("compare", {"chart": "line", "bench": "partners,country,eu"}),
    ("compare", {"chart": "multiples", "ind": "share_pop_65plus_pct"}),
    ("compare", {"chart": "scatter"}),
    ("compare", {"view": "map"}),
    ("compare", {"view": "table", "norm": "index", "bench": "partners,eu"}),
    ("compare", {"view": "table", "ind": "population_change_1y_pct"}),  # derived values: derive.py's notes
    ("governance", {}),
    ("plans", {}),
    ("practices", {}),
    ("assess", {}),
    ("data", {}),
    ("submit", {}),
    ("about", {}),
]
@pytest.mark.parametrize(
    ("page", "params"),
    [pytest.param(page, params, id="-".join([page, *params.values()])) for page, params in PAGES],
)
def test_italian_page_has_no_english(page, params):
    at = run_app(lang="it", **params)
    if page != "overview":
        at.switch_page(f"dashboard/web/pages/{page}.py")
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert english_in(page_text(at._tree)) == []


def test_the_check_catches_english_and_lets_marked_source_text_pass():
    assert english_in(iter(["n.d.: founding year not found"])) != []
    assert english_in(iter(["Ente: Metropolitan City of Genoa"])) != []
    assert english_in(iter(["«derived from Eurostat nama_10r_3gdp» (EN)", "«X (submitted by partner genova)» (EN)"]))
    assert english_in(iter([in_source_language("derived from Eurostat nama_10r_3gdp; Eurostat x (submitted by partner"
                                               " genova)", "it")])) == []
    assert english_in(iter([in_source_language("founding year not found", "it"), "CC BY 4.0", "IS"])) == []
    assert english_in(iter(["[fonte](https://example.org/the-source-of-values)", "/compare?from=2014&lang=it"])) == []
