"""The translation catalogue: complete in both languages, and every key used in code exists."""

from __future__ import annotations

import re
import string

import pytest

from dashboard.data.paths import ROOT
from dashboard.i18n import STRINGS, t
from dashboard.i18n.fmt import format_date, format_number, md_escape, md_link, plotly_separators

CODE_FILES = sorted([*ROOT.glob("dashboard/**/*.py"), ROOT / "streamlit_app.py"])
LITERAL_KEY = re.compile(r"""\bt\(\s*["']([a-z0-9_.]+)["']""")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_every_string_has_english_and_italian_with_same_placeholders(key):
    en, it = STRINGS[key]
    assert en.strip() and it.strip()
    assert _fields(en) == _fields(it)


def test_every_literal_key_used_in_code_exists():
    used = {key for path in CODE_FILES for key in LITERAL_KEY.findall(path.read_text(encoding="utf-8"))}
    assert used, "the scan found no t('...') calls"
    assert sorted(used - set(STRINGS)) == []


def test_coded_values_have_labels():
    from dashboard.cards.governance_cells import MATRIX_ATTRIBUTES
    from dashboard.data import vocab

    for code in vocab.BODY_TYPES:
        assert f"body_type.{code}" in STRINGS
    for code in vocab.LEADERSHIP_MODES:
        assert f"leadership.{code}" in STRINGS
    for code in vocab.COMPETENCE_LEVELS:
        assert f"level.{code}" in STRINGS
    for code in vocab.PLAN_THEMES:
        assert f"theme.{code}" in STRINGS
    for code in vocab.PLAN_STATUS:
        assert f"plan_status.{code}" in STRINGS
    for attribute in MATRIX_ATTRIBUTES:
        assert f"gov.attr.{attribute}" in STRINGS


def test_codes_shown_in_tables_and_hovers_have_labels():
    from dashboard.data import vocab
    from dashboard.figures.captions import KNOWN_MISSING
    from dashboard.i18n import code_label

    for code in vocab.FACT_STATUS:
        assert f"status.{code}" in STRINGS
    for code in KNOWN_MISSING:
        assert f"caption.missing.{code}" in STRINGS
    for prefix, codes in {"geo_kind": ("area", "benchmark"), "series": ("headline", "component"),
                          "region": ("country", "nuts1", "nuts2", "nuts3")}.items():
        for code in codes:
            assert f"{prefix}.{code}" in STRINGS
    assert code_label("status", "derived", "it") == "derivato"
    assert code_label("status", "a note, not a code", "it") == "a note, not a code"
    assert code_label("status", float("nan"), "it") == ""


@pytest.mark.parametrize(
    ("value", "decimals", "lang", "expected"),
    [
        (2211114, 0, "en", "2,211,114"),
        (2211114, 0, "it", "2.211.114"),
        (1234.56, 1, "en", "1,234.6"),
        (1234.56, 1, "it", "1.234,6"),
        (float("nan"), 0, "en", None),
        (None, 0, "it", None),
    ],
)
def test_format_number(value, decimals, lang, expected):
    assert format_number(value, decimals, lang) == expected


@pytest.mark.parametrize(("lang", "expected"), [("en", ".,"), ("it", ",.")])
def test_plotly_separators_put_the_decimal_symbol_first(lang, expected):
    # Plotly reads layout.separators as decimal then group: a swap draws 28,6 in English and 28.6 in Italian.
    assert plotly_separators(lang) == expected
    decimal, group = plotly_separators(lang)
    assert format_number(1234.5, 1, lang) == f"1{group}234{decimal}5"


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [("2018-05-16", "en", "16 May 2018"), ("2018-05-16", "it", "16 maggio 2018"),
     ("2024-07-19", "it", "19 luglio 2024")],
)
def test_format_date(value, lang, expected):
    assert format_date(value, lang) == expected


def test_t_formats_and_falls_back_to_english():
    assert t("about.sources_heading", "it", n=3) == "Tutte le fonti (3)"
    assert t("nav.overview", "xx") == "Overview"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("[x](javascript:alert(1))", r"\[x\]\(javascript\:alert\(1\)\)"), ("*bold*", r"\*bold\*"), ("a\nb", "a b")],
)
def test_md_escape(text, expected):
    assert md_escape(text) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.org/x_(y)", "[src](https://a.org/x_%28y%29)"),
        ("javascript:alert(1)", "src"),
        ("", "src"),
    ],
)
def test_md_link_only_links_http(url, expected):
    assert md_link("src", url) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Population**. Source: demo\\_r\\_pjanaggr3 \\(CC BY 4\\.0\\)",
         "Population. Source: demo_r_pjanaggr3 (CC BY 4.0)"),
        ("plain", "plain"),
    ],
)
def test_md_to_plain(text, expected):
    from dashboard.i18n.fmt import md_to_plain

    assert md_to_plain(text) == expected
