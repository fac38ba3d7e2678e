"""Exported chart images fit the slide: every text (ticks, bar labels, title, caption) lies inside the image.

Each figure is exported as SVG through kaleido, then laid out by Chromium, which measures every text element; a
label cut at the image's edge (the old 'na/no/va' of a bar chart's left edge) is reported with its position.
"""

from __future__ import annotations

import pytest

from dashboard.data import queries
from dashboard.exports import images
from dashboard.figures import plans as plan_figures
from dashboard.i18n.fmt import md_to_plain
from tests.browser import CHROMIUM, CHROMIUM_ARGS, require_chromium
from tests.test_figures import ALL, chart, real  # noqa: F401 - real is the module's fixture
from tests.test_images import require_image_export

MEASURE = """() => {
  const svg = document.querySelector('svg');
  const out = [];
  for (const el of document.querySelectorAll('text')) {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (!el.textContent.trim() || box.width === 0 || style.display === 'none' || style.visibility === 'hidden') {
      continue;
    }
    out.push({text: el.textContent, point: !!el.closest('.textpoint'),
              left: box.left, right: box.right, top: box.top, bottom: box.bottom});
  }
  return {width: svg.getBoundingClientRect().width, height: svg.getBoundingClientRect().height, texts: out};
}"""

VIEWS = {
    "bar_flags": {"chart": "bar", "ind": "gdp_pps_per_inhabitant", "bench": ("eu", "country")},
    "bar_three": {"chart": "bar", "areas": ("genova", "torino", "barcelona")},
    "line_totals": {"chart": "line", "bench": ("eu", "country")},
    "line_rates": {"chart": "line", "ind": "gdp_pps_per_inhabitant", "bench": ("eu", "country", "partners")},
    "multiples": {"chart": "multiples", "ind": "gdp_pps_per_inhabitant", "bench": ("eu", "country")},
    "scatter": {"chart": "scatter", "ind": "tertiary_attainment_25_64_pct", "x": "gdp_pps_per_inhabitant",
                "bench": ("country", "eu")},
}


@pytest.fixture(scope="module", autouse=True)
def as_in_the_app():
    """Plotly's default template as the app has it: Streamlit's (no automargin), set when Streamlit loads."""
    import plotly.io as pio
    from streamlit.elements.lib.streamlit_plotly_theme import configure_streamlit_plotly_theme

    before = pio.templates.default
    configure_streamlit_plotly_theme()
    yield
    pio.templates.default = before


@pytest.fixture(scope="module")
def measure():
    require_image_export()
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 2000, "height": 1200})

        def run(svg: bytes) -> dict:
            page.set_content(
                "<html><body style='margin:0'>" + svg.decode("utf-8") + "</body></html>", wait_until="load"
            )
            return page.evaluate(MEASURE)

        yield run
        browser.close()


def outside(measured: dict, slack: float = 0.5) -> list[str]:
    """The texts that reach beyond the image, with where."""
    width, height = measured["width"], measured["height"]
    return [
        f"{box['text'][:40]!r} x {box['left']:.0f}–{box['right']:.0f}, y {box['top']:.0f}–{box['bottom']:.0f}"
        for box in measured["texts"]
        if box["left"] < -slack or box["right"] > width + slack or box["top"] < -slack or box["bottom"] > height + slack
    ]


@pytest.mark.parametrize("size", images.SIZES.values(), ids=list(images.SIZES))
@pytest.mark.parametrize("view", VIEWS.values(), ids=list(VIEWS))
@pytest.mark.parametrize("lang", ["en", "it"])
def test_every_label_of_a_compare_chart_is_inside_the_image(real, measure, view, size, lang):  # noqa: F811
    fig, lines = chart(real, lang, **view)
    svg = images.figure_image(fig, "svg", md_to_plain("\n".join(lines)), width=size[0], height=size[1])
    measured = measure(svg)
    assert not outside(measured), outside(measured)
    assert (round(measured["width"]), round(measured["height"])) == size  # the caption fits in, never adds height
    assert any("Source:" in box["text"] or "Fonte:" in box["text"] for box in measured["texts"])


@pytest.mark.parametrize("lang", ["en", "it"])
def test_every_label_of_the_plan_timeline_is_inside_the_image(real_con, measure, lang):
    areas = queries.areas(real_con)
    areas = areas[areas["area_id"].isin(ALL)]
    fig = plan_figures.plan_timeline(queries.plans(real_con, list(ALL)), areas, lang)
    measured = measure(images.figure_image(fig, "svg", "Source: Metro Case research (2025)."))
    texts = " ".join(box["text"] for box in measured["texts"])
    assert "Genova" in texts and "Tirana" in texts
    assert not outside(measured), outside(measured)


def _overlaps(boxes: list[dict]) -> list[str]:
    """Pairs of text boxes that cover each other (more than a pixel each way)."""
    found = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if min(a["right"], b["right"]) - max(a["left"], b["left"]) > 1 and (
                min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > 1
            ):
                found.append(f"{a['text']!r} / {b['text']!r}")
    return found


@pytest.mark.parametrize("lang", ["en", "it"])
def test_scatter_labels_every_point_and_none_overlaps(real, measure, lang):  # noqa: F811
    fig, _ = chart(real, lang, **VIEWS["scatter"])
    names = {trace.name for trace in fig.data}
    assert any("(" in name for name in names)  # the country benchmarks are there
    measured = measure(images.figure_image(fig, "svg", width=1280, height=720))
    point_labels = [box for box in measured["texts"] if box["point"]]  # the points' own text, not the legend
    assert {box["text"] for box in point_labels} == names  # every point labelled, countries by name
    assert not _overlaps(point_labels), _overlaps(point_labels)
