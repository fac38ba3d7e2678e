"""Presenter look (present=1 and stories): no sidebar, toolbar or menu, large type, high contrast; keyboard steps."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from dashboard.figures import labels

PRESENT_PARAM = "present"
# Text colours of the presenter view (WCAG contrast measured by tests/test_seminar.py against BACKGROUND).
BACKGROUND = "#FFFFFF"
TEXT = "#111111"
MUTED = "#404040"  # captions, the step counter: still above 7:1 on white
BODY_PX = 22
CAPTION_PX = 20
FIGURE_FONT_PX = 18
TICK_PX = 17
FIGURE_HEIGHT = 440  # the step's figure, title and buttons in the first screen at 1280×720

# Constant CSS (no data in it). Streamlit's test ids: the sidebar and its toggle, the header with toolbar and menu.
CHROME_CSS = f"""<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stMainMenu"], [data-testid="stDecoration"],
[data-testid="stStatusWidget"], footer {{ display: none !important; }}
.stApp, [data-testid="stAppViewContainer"], [data-testid="stMain"] {{ background: {BACKGROUND}; color: {TEXT}; }}
[data-testid="stMainBlockContainer"] {{ padding: 0.75rem 2rem 1rem 2rem; max-width: 100%; }}
[data-testid="stMarkdownContainer"] p, [data-testid="stMarkdownContainer"] li,
[data-testid="stAlert"] p {{ font-size: {BODY_PX}px !important; line-height: 1.4; color: {TEXT} !important; }}
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p {{
  font-size: {CAPTION_PX}px !important; line-height: 1.35; color: {MUTED} !important; opacity: 1 !important; }}
[data-testid="stExpander"] summary p, .stButton button p {{ font-size: {CAPTION_PX}px; }}
h1 {{ font-size: 34px !important; padding: 0 !important; color: {TEXT} !important; }}
.st-key-story-bar {{ align-items: center; }}
.st-key-story-alt-sr {{ position: absolute !important; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }}
</style>"""

# A constant same-origin script (no CDN): the keys a clicker sends press the Next / Previous buttons, so a step is a
# normal Streamlit rerun that writes ?step= into the URL. Installed once per page; looked up at each key press.
KEYS_JS = """<script>
(function () {
  const doc = document;
  const win = doc.defaultView;
  if (win.__metrocaseStoryKeys) { return; }
  const KEYS = {ArrowRight: "story-next", PageDown: "story-next", ArrowLeft: "story-prev", PageUp: "story-prev"};
  win.__metrocaseStoryKeys = function (event) {
    const target = event.target || {};
    const tag = (target.tagName || "").toLowerCase();
    if (["input", "textarea", "select"].includes(tag) || target.isContentEditable) { return; }
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    const key = KEYS[event.key];
    if (!key) { return; }
    const button = doc.querySelector(".st-key-" + key + " button");
    if (!button || button.disabled) { return; }
    event.preventDefault();
    button.click();
  };
  doc.addEventListener("keydown", win.__metrocaseStoryKeys, true);
})();
</script>"""


def is_presenting() -> bool:
    """True if the URL asks for the presenter look (present=1)."""
    return st.query_params.get(PRESENT_PARAM) == "1"


def chrome() -> None:
    """Hide the sidebar, toolbar and menu, and set large, high-contrast type (constant CSS, no data)."""
    st.html(CHROME_CSS)


def keyboard() -> None:
    """Install the key handler that steps a story (→ / PageDown next, ← / PageUp previous)."""
    st.html(KEYS_JS, unsafe_allow_javascript=True)  # a constant script; no data ever reaches it


def for_projector(fig: go.Figure, larger: bool = True) -> go.Figure:
    """Return a copy of a cached figure in dark type; larger, and as high as the first screen allows, by default."""
    shown = go.Figure(fig)  # a copy: cached figures are shared and never mutated
    # Dark type throughout: Streamlit's chart theme paints ticks and axis titles in a grey under 4.5:1 on white.
    shown.update_layout(font_color=TEXT, title_font_color=TEXT, legend_font_color=TEXT)
    shown.update_xaxes(tickfont_color=MUTED, title_font_color=MUTED)
    shown.update_yaxes(tickfont_color=MUTED, title_font_color=MUTED)
    if not larger:
        return shown
    shown.update_layout(font_size=FIGURE_FONT_PX, height=FIGURE_HEIGHT, title_font_size=FIGURE_FONT_PX + 4,
                        legend_font_size=15, margin_t=50)
    # Builders set their own tick sizes for the pages; a projector needs them larger.
    shown.update_xaxes(tickfont_size=TICK_PX)
    shown.update_yaxes(tickfont_size=TICK_PX)
    shown.update_annotations(font_size=TICK_PX - 2)  # direct labels, panel titles, the map's attribution
    labels.respread(shown, TICK_PX - 2)  # line-end labels were spread for the page's height and type
    legend = shown.layout.legend
    if legend.orientation == "h" and legend.y is not None and legend.y < 0:  # below the plot: clear the larger ticks
        shown.update_layout(legend_y=legend.y - 0.07)
    return shown
