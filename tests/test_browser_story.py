"""The seminar story in a real Chromium at 1280×720 with every non-loopback request blocked, stepped with →.

Screenshots of every step are kept as test artefacts: in $METROCASE_ARTEFACTS if set, else in pytest's temp folder
(the path is printed).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from dashboard.data.paths import DATA_DIR
from dashboard.data.stories import load_story
from dashboard.figures.palette import contrast
from tests.browser import drawn, offline_context

pytestmark = pytest.mark.browser
STORY = "eight-areas"
# Marks a figure drew: SVG paths of cartesian plots (bars, lines), a heatmap's image (Plotly draws it in its own
# layer, not among the cartesian traces), a map's WebGL canvas.
MARKS = """() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(p => ({
  marks: p.querySelectorAll('.cartesianlayer .trace path, .heatmaplayer image').length,
  map: Array.from(p.querySelectorAll('canvas.maplibregl-canvas')).filter(c => c.height > 200).length,
  traces: (p.data || []).length,
}))"""
# The text colour each visible text element is painted in, blended over white through every ancestor's opacity.
TEXT_STYLES = """() => {
  const out = [];
  const walker = document.createTreeWalker(document.querySelector('[data-testid="stMain"]'), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    // WCAG exempts inactive controls (the disabled Previous on step 1); figure text is checked from the palette
    if (!walker.currentNode.textContent.trim() || !el || el.closest('svg') || el.closest('button:disabled')) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    let opacity = 1;
    for (let a = el; a; a = a.parentElement) opacity *= parseFloat(getComputedStyle(a).opacity || '1');
    const s = getComputedStyle(el);
    out.push({text: walker.currentNode.textContent.trim().slice(0, 40), color: s.color, opacity,
              size: parseFloat(s.fontSize), tag: el.tagName});
  }
  // Figure text on the white background (ticks, axis titles, legend, title) as painted in the SVG; text on
  // coloured marks (heatmap cells) is the figure builders' (dashboard/figures/palette.py).
  const onWhite = '.xtick text, .ytick text, .g-xtitle text, .g-ytitle text, .legendtext, .gtitle';
  document.querySelectorAll('.js-plotly-plot svg').forEach(svg => svg.querySelectorAll(onWhite).forEach(el => {
    const box = el.getBoundingClientRect();
    if (!el.textContent.trim() || box.width === 0) return;
    const s = getComputedStyle(el);
    out.push({text: el.textContent.trim().slice(0, 40), color: s.fill, opacity: parseFloat(s.fillOpacity || '1'),
              size: parseFloat(s.fontSize), tag: 'svg'});
  }));
  return out;
}"""


@pytest.fixture(scope="module")
def artefacts(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("METROCASE_ARTEFACTS") or tmp_path_factory.mktemp("story-screens"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"story screenshots in {folder}")
    return folder


def painted(css: str, opacity: float) -> str:
    """An rgb()/rgba() colour as #RRGGBB, blended over white with its alpha and the ancestors' opacity."""
    parts = [float(x) for x in re.findall(r"[\d.]+", css)]
    alpha = (parts[3] if len(parts) > 3 else 1.0) * opacity
    return "#" + "".join(f"{round(c * alpha + 255 * (1 - alpha)):02X}" for c in parts[:3])


@pytest.mark.parametrize("lang", ["en", "it"])
def test_the_story_steps_with_the_arrow_key_offline_without_chrome(app_server, browser, artefacts, lang):
    story = load_story(DATA_DIR, STORY)
    suffix = "&lang=it" if lang == "it" else ""
    lowest: dict[str, float] = {}
    with offline_context(browser) as (page, blocked):
        page.set_viewport_size({"width": 1280, "height": 720})
        page.goto(f"{app_server}/story?id={STORY}&step=1{suffix}", wait_until="domcontentloaded")
        for step in story.steps:
            page.wait_for_url(re.compile(rf"[?&]step={step.number}(&|$)"), timeout=120000)
            page.get_by_role("heading", name=step.title(lang)).wait_for(timeout=120000)
            page.wait_for_function(f"() => ({MARKS})().some(p => p.traces > 0 && (p.marks > 0 || p.map > 0))",
                                   timeout=120000)
            # The run is over when Streamlit no longer fades the previous step's elements (data-stale).
            page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')", timeout=120000)
            assert (lang == "it") == ("lang=it" in page.url)
            for chrome in ("stSidebar", "stHeader", "stToolbar", "stMainMenu", "stExpandSidebarButton"):
                assert not page.locator(f'[data-testid="{chrome}"]').first.is_visible(), chrome
            assert page.locator(".modebar").count() == 0 or not page.locator(".modebar").first.is_visible()
            figure = page.locator(".js-plotly-plot").first.bounding_box()
            assert figure["y"] < 720 and figure["height"] > 300  # the figure starts in the first screen
            for item in page.evaluate(TEXT_STYLES):
                ratio = contrast(painted(item["color"], item["opacity"]), "#FFFFFF")
                lowest[item["tag"]] = min(lowest.get(item["tag"], 99), ratio)
                assert ratio >= 4.5, item
                if item["tag"] in ("P", "LI"):
                    assert item["size"] >= 20, item  # body text on the projector
            drawn(page, 120000)  # the figure (a map's regions too) drawn before the picture
            page.screenshot(path=str(artefacts / f"{STORY}-{lang}-step{step.number:02d}.png"))
            if step.number < len(story.steps):
                page.keyboard.press("ArrowRight")
        page.keyboard.press("PageUp")  # a clicker's "back"
        page.wait_for_url(re.compile(rf"[?&]step={len(story.steps) - 1}(&|$)"), timeout=120000)
        page.reload(wait_until="domcontentloaded")  # the step is in the URL: a reload stays on it
        page.get_by_role("heading", name=story.steps[-2].title(lang)).wait_for(timeout=120000)
        print(f"lowest text contrast by element ({lang}):", {k: round(v, 2) for k, v in sorted(lowest.items())})
        assert blocked == [], blocked


def test_present_on_any_page_hides_the_chrome_and_enlarges_the_type(app_server, browser):
    with offline_context(browser) as (page, blocked):
        page.set_viewport_size({"width": 1280, "height": 720})
        page.goto(f"{app_server}/governance?present=1", wait_until="domcontentloaded")
        page.get_by_role("heading", name="Governance models compared").wait_for(timeout=120000)
        page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')", timeout=120000)
        for chrome in ("stSidebar", "stHeader"):  # hidden once the run's style has arrived
            page.locator(f'[data-testid="{chrome}"]').first.wait_for(state="hidden", timeout=30000)
        size = page.evaluate("parseFloat(getComputedStyle(document.querySelector("
                             "'[data-testid=\"stMarkdownContainer\"] p')).fontSize)")
        assert size >= 20
        assert blocked == [], blocked


def test_every_story_control_is_reachable_with_tab_and_works_with_enter(app_server, browser):
    with offline_context(browser) as (page, blocked):
        page.set_viewport_size({"width": 1280, "height": 720})
        page.goto(f"{app_server}/story?id={STORY}&step=2", wait_until="domcontentloaded")
        page.locator(".st-key-story-next button").wait_for(timeout=120000)
        page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')", timeout=120000)
        focused = "() => { const b = document.activeElement.closest('[class*=\"st-key-story-\"]');" \
                  " return b ? Array.from(b.classList).find(c => c.startsWith('st-key-')) : ''; }"
        reached = []
        for _ in range(60):  # Tab through the page, noting which story buttons take the focus, up to Next again
            page.keyboard.press("Tab")
            reached.append(page.evaluate(focused))
            if reached[-1] == "st-key-story-next" and "st-key-story-describe" in reached:
                break
        assert {"st-key-story-prev", "st-key-story-next", "st-key-story-describe"} <= set(reached), reached
        assert reached[-1] == "st-key-story-next"
        page.keyboard.press("Enter")  # the focused Next button
        page.wait_for_url(re.compile(r"[?&]step=3(&|$)"), timeout=120000)
        assert blocked == [], blocked
