"""Show a Plotly figure whose JSON was serialised once (in a cached builder), not on every render.

st.plotly_chart copies the figure (Figure.to_dict) and encodes it to JSON on every call: ~6 ms for the Plans
timeline, a third of the page's CPU once everything else is cached. A cached figure never changes, so its JSON is
made once with `spec_of` beside the figure, and `chart` sends exactly the element st.plotly_chart would send for it
(same spec, config, theme, size and element id; tests/test_show.py compares the two on the installed Streamlit).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import plotly.graph_objects as go
import plotly.io as pio
import streamlit as st
from streamlit.delta_generator import DeltaGenerator
from streamlit.elements.lib.form_utils import current_form_id
from streamlit.elements.lib.layout_utils import LayoutConfig
from streamlit.elements.lib.utils import compute_and_register_element_id
from streamlit.proto.PlotlyChart_pb2 import PlotlyChart as PlotlyChartProto

# st.plotly_chart's defaults, which the element id is computed from.
SELECTION_MODE = ("points", "box", "lasso")
DEFAULT_HEIGHT = 450  # plotly.js's, as st.plotly_chart assumes when the layout sets none


@dataclass(frozen=True)
class FigureSpec:
    """A figure as st.plotly_chart sends it: its JSON and its drawn height in pixels."""

    spec: str
    height: int


def spec_of(fig: go.Figure) -> FigureSpec:
    """Serialise a figure once, as st.plotly_chart does (to_dict, then plotly.io.to_json without validation)."""
    height = fig.layout.height
    return FigureSpec(pio.to_json(fig.to_dict(), validate=False),
                      int(height) if isinstance(height, int | float) and height > 0 else DEFAULT_HEIGHT)


def chart(figure: FigureSpec, config: dict[str, Any] | None = None, dg: DeltaGenerator | None = None) -> None:
    """Draw a serialised figure full width, as st.plotly_chart(fig, config=config) would (no selections)."""
    dg = dg or st._main
    proto = PlotlyChartProto()
    proto.theme = "streamlit"
    proto.form_id = current_form_id(dg)
    proto.spec = figure.spec
    proto.config = json.dumps(config or {})
    proto.id = compute_and_register_element_id(
        "plotly_chart", user_key=None, key_as_main_identity=False, dg=dg, plotly_spec=proto.spec,
        plotly_config=proto.config, selection_mode=SELECTION_MODE, is_selection_activated=False, theme="streamlit",
        width="stretch", height="content", alt=None,
    )
    dg._enqueue("plotly_chart", proto, layout_config=LayoutConfig(width="stretch", height=figure.height))
