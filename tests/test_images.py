"""Chart images: PNG and SVG of a figure as shown (title, caption, attribution), rendered offline by Chromium."""

from __future__ import annotations

import os

import plotly.graph_objects as go
import pytest

from dashboard.exports import images

CAPTION = "Source: Eurostat demo_r_pjanaggr3 (2024). Tirana 2024 is missing. <b>not bold</b>"
ATTRIBUTION = "© EuroGeographics for the administrative boundaries. Source: Eurostat, GISCO (NUTS 2021)."


def figure() -> go.Figure:
    fig = go.Figure(go.Bar(x=["Genova", "Torino"], y=[816606, 2208370]))
    fig.update_layout(title_text="Population on 1 January 2024", yaxis_title="persons")
    return fig


def require_image_export() -> None:
    """Skip the calling test, saying where Chromium was looked for, when kaleido has none to render with."""
    if not images.image_export_available():
        where = os.environ.get(images.BROWSER_ENV) or f"{', '.join(images.BROWSER_NAMES)} on PATH"
        pytest.skip(f"no Chromium at {where} (apt-get install chromium, or set {images.BROWSER_ENV})")


def test_caption_and_attribution_go_under_the_plot_escaped():
    shown = images.with_caption(figure(), CAPTION, ATTRIBUTION)
    (note,) = [a for a in shown.layout.annotations if a.name == "caption"]
    assert "Tirana 2024 is missing" in note.text and "GISCO (NUTS 2021)" in note.text
    assert "&lt;b&gt;not bold&lt;/b&gt;" in note.text  # data text is shown, never interpreted as markup
    assert shown.layout.margin.b > images.PLOTLY_MARGIN_B
    assert figure().layout.annotations == ()  # the page's figure is left as it was


def test_no_caption_leaves_the_figure_alone():
    assert images.with_caption(figure()).to_dict() == figure().to_dict()


def test_long_captions_wrap_to_two_lines_and_only_the_source_line_is_kept():
    shown = images.with_caption(figure(), "word " * 200 + "\nYear: 2024.\nAreas are approximated by NUTS-3 regions")
    (note,) = shown.layout.annotations
    assert note.text.count("<br>") == 1 and note.text.endswith("…")  # captions must not fill half the image
    assert "Year" not in note.text and "NUTS-3" not in note.text


def test_without_chromium_export_says_so(monkeypatch):
    monkeypatch.setenv(images.BROWSER_ENV, "/no/such/chromium")
    assert not images.image_export_available()
    with pytest.raises(images.ImageExportUnavailable, match="no Chromium"):
        images.figure_image(figure(), "png")


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown image format"):
        images.figure_image(figure(), "gif")


def test_svg_shows_title_caption_and_attribution():
    require_image_export()
    svg = images.figure_image(figure(), "svg", CAPTION, ATTRIBUTION).decode("utf-8")
    assert svg.startswith("<svg")
    for text in ("Population on 1 January 2024", "Tirana 2024 is missing", "GISCO (NUTS 2021)", "Genova"):
        assert text in svg, text


def test_png_is_a_16_by_9_slide_of_1920_by_1080():
    require_image_export()
    png = images.figure_image(figure(), "png", CAPTION, ATTRIBUTION)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (1920, 1080)  # the caption takes room from the plot, never adds height
