"""The download widgets other pages adopt: one button per format; images explain themselves without Chromium."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.test_images import require_image_export


def _tables_and_figure(lang: str = "en") -> None:
    import pandas as pd
    import plotly.graph_objects as go

    from dashboard.web.widgets import figure_downloads, table_downloads

    frame = pd.DataFrame({"area": ["genova"], "value": [1.0]})
    table_downloads(frame, "values", lang)
    table_downloads(frame, "values", lang, formats=("csv",), key="second")
    figure_downloads(go.Figure(go.Bar(x=["a"], y=[1])), "chart", lang, caption="Source: x", attribution="© y")


def run(lang: str = "en") -> AppTest:
    at = AppTest.from_function(_tables_and_figure, kwargs={"lang": lang}, default_timeout=60)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_table_buttons_one_per_format_in_the_language(monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/no/such/chromium")  # figure buttons are the next test's
    labels = [b.label for b in run("it").get("download_button")]
    assert labels == ["CSV", "Excel (XLSX)", "Parquet", "CSV"]


def test_figure_buttons_with_chromium():
    require_image_export()
    labels = [b.label for b in run("it").get("download_button")]
    assert labels == ["CSV", "Excel (XLSX)", "Parquet", "CSV", "Immagine (PNG)", "Immagine (SVG)"]


def test_without_chromium_figure_buttons_become_a_notice(monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/no/such/chromium")
    at = run()
    assert [b.label for b in at.get("download_button")] == ["CSV", "Excel (XLSX)", "Parquet", "CSV"]
    assert any("Image export is not available" in c.value for c in at.caption)


@pytest.mark.parametrize(
    ("here", "expected"),
    [
        ("http://127.0.0.1:8501/compare", "http://127.0.0.1:8501/compare?ind=x&areas=a%2Cb"),
        ("https://metrocase.example.org/compare", "https://metrocase.example.org/compare?ind=x&areas=a%2Cb"),
        ("https://example.org/app/compare/", "https://example.org/app/compare?ind=x&areas=a%2Cb"),  # a base path
        ("http://localhost:8080/", "http://localhost:8080/compare?ind=x&areas=a%2Cb"),  # the default page
        (None, "/compare?ind=x&areas=a%2Cb"),  # no browser: relative
    ],
)
def test_permalinks_are_absolute_from_the_browsers_address(here, expected):
    from dashboard.web.widgets import absolute_url

    assert absolute_url(here, "compare", {"ind": "x", "areas": "a,b"}) == expected


def _lazy_figure() -> None:
    from dashboard.web.widgets import figure_downloads

    def never() -> None:
        raise AssertionError("the figure was built while the page rendered")

    figure_downloads(never, "map", "en")


def test_a_figure_builder_is_not_called_while_the_page_renders():
    """A map's Figure (its outlines ~1.8 MB) is built only when an image is asked for, not kept for every link."""
    require_image_export()
    at = AppTest.from_function(_lazy_figure, default_timeout=60)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert [b.label for b in at.get("download_button")] == ["Image (PNG)", "Image (SVG)"]


def test_a_figure_builder_makes_the_image_file_when_asked():
    import plotly.graph_objects as go

    from dashboard.web.widgets import _figure_file

    require_image_export()
    calls = []

    def build() -> go.Figure:
        calls.append(1)
        return go.Figure(go.Bar(x=["a"], y=[1]))

    svg = _figure_file(build, "svg", "Source: x", None)
    assert calls == [1] and b"<svg" in svg[:400]
