"""Text from data is never Markdown: every page, in both languages, on a data folder whose free text is hostile.

A plan name `![p](http://example.com/p.png)` rendered as Markdown makes every visitor's browser load a remote
image (and a link could lead anywhere). Every free-text column of a copy of the fixture data gets such payloads;
the copy still passes check, and no page may render them as an image or a link.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.data.check import check_data_dir
from dashboard.data.paths import ROOT
from tests.conftest import FIXTURE_DIR

IMAGE = "![p](http://example.com/p.png)"
LINK = "[click](http://example.com/x)"
HTML = "<img src=x onerror=alert(1)>"
PAYLOAD = f"{IMAGE} {LINK} {HTML} *bold* `code`"
# Free-text columns (names, notes, titles, definitions, research text); ids, codes, numbers, URLs and coded
# values keep their meaning so that the copy still passes check.
TEXT_COLUMNS = {
    "name_en", "name_it", "name_local", "short_en", "short_it", "core_city", "core_city_en", "core_city_it",
    "note", "title", "definition_en", "definition_it", "caveat_en", "caveat_it", "unit_en", "unit_it",
    "adoption_detail", "horizon", "edition", "plan_type", "eu_funding_link", "other_sources", "name",
    "source", "source_dataset", "licence", "note_en", "note_it", "title_en", "title_local", "description",
    "evidence_of_results", "governance_level", "explanation_en", "explanation_it", "evidence_en", "evidence_it",
    "reason_en", "reason_it",
}
# Text columns whose value is a coded vocabulary in some files: free text only in these files.
TEXT_IN = {"value": {"governance.csv"}, "status": {"plans/plans.csv"}}
NOT_TEXT_IN = {"other_sources": {"practices/practices.csv"}}  # there a list of URLs, checked as such
CODED_GOVERNANCE = {"body_type", "leadership_mode", "year_established", "n_member_municipalities", "population",
                    "area_km2", "core_city_population", "budget_eur", "nuts3_codes", "website"}
PAGES = ["overview", "compare", "governance", "plans", "practices", "assess", "data", "about"]


def poison(path: Path, rel: str) -> None:
    """Put the payload into every free-text cell of one CSV file (after its own text, so it stays distinct)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    for row in rows[1:]:
        for i, column in enumerate(header):
            free = (column in TEXT_COLUMNS or rel in TEXT_IN.get(column, set())) and rel not in NOT_TEXT_IN.get(
                column, set())
            if rel == "governance.csv" and column == "value" and row[header.index("attribute")] in CODED_GOVERNANCE:
                free = False
            if free and (row[i] or column in {"name_local", "note", "title"}):
                row[i] = f"{row[i]} {PAYLOAD}".strip()
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


@pytest.fixture(scope="module")
def hostile_data(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("hostile") / "data"
    shutil.copytree(FIXTURE_DIR, data)
    for path in sorted(data.rglob("*.csv")):
        poison(path, path.relative_to(data).as_posix())
    problems = [str(p) for p in check_data_dir(data).problems]
    assert problems == [], problems  # the payloads are valid text: the app must show them, safely
    return data


def rendered_texts(at: AppTest) -> list[str]:
    """Every string Streamlit renders as Markdown on the page (bodies, captions, headings, notices, labels)."""
    texts: list[str] = []
    for kind in ("markdown", "caption", "title", "header", "subheader", "info", "warning", "error", "success"):
        texts += [str(el.value) for el in at.get(kind)]
    for kind in ("expander", "tab", "metric", "checkbox", "toggle", "radio", "multiselect", "selectbox"):
        texts += [str(getattr(el, "label", "")) for el in at.get(kind)]
    return texts


@pytest.mark.parametrize("lang", ["en", "it"])
@pytest.mark.parametrize("page", PAGES)
def test_no_data_text_renders_as_markdown(page, lang, hostile_data, monkeypatch):
    monkeypatch.setenv("METROCASE_DATA_DIR", str(hostile_data))
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    if page != "overview":
        at.switch_page(f"dashboard/web/pages/{page}.py")
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    texts = rendered_texts(at)
    assert texts, "the page rendered nothing"
    for text in texts:
        assert "![p](" not in text and "](http://example.com" not in text, text  # would load or link remotely
    shown_payload = any("onerror" in text for text in texts)
    shown_payload = shown_payload or page in {"data", "about", "assess"}  # assess shows no data text until a round
    assert shown_payload, "the hostile text should be shown (escaped), not dropped"
