"""show.chart sends exactly the element st.plotly_chart sends for the same figure, from JSON serialised once."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest
from streamlit.testing.v1 import AppTest, local_script_runner

from dashboard.web.show import DEFAULT_HEIGHT, spec_of


def _draw(use_show: bool, height: int | None) -> None:
    """A one-chart app: a small made-up fixture figure drawn by st.plotly_chart or by show.plotly."""
    import numpy as np
    import plotly.graph_objects as go
    import streamlit as st

    from dashboard.web import show

    fig = go.Figure(go.Bar(x=["a", "b"], y=np.array([1.5, 2.0])), layout={"title": {"text": "fixture"}})
    if height:
        fig.update_layout(height=height)
    if use_show:
        show.chart(show.spec_of(fig), config={"displaylogo": False})
    else:
        st.plotly_chart(fig, config={"displaylogo": False})


def _element(use_show: bool, height: int | None, monkeypatch: pytest.MonkeyPatch):
    """The whole element (chart proto and its width and height) the app sends, read from its ForwardMsgs."""
    sent = []
    parse = local_script_runner.parse_tree_from_messages

    def keep(messages):
        sent.extend(messages)
        return parse(messages)

    monkeypatch.setattr(local_script_runner, "parse_tree_from_messages", keep)
    at = AppTest.from_function(_draw, args=(use_show, height), default_timeout=60)
    at.run()
    assert not at.exception
    return next(m.delta.new_element for m in sent
                if m.WhichOneof("type") == "delta" and m.delta.new_element.WhichOneof("type") == "plotly_chart")


@pytest.mark.parametrize("height", [None, 380])
def test_show_sends_what_plotly_chart_sends(height, monkeypatch):
    """Spec, config, theme, element id, width and height are the same as st.plotly_chart's."""
    ours, theirs = _element(True, height, monkeypatch), _element(False, height, monkeypatch)
    assert ours == theirs
    assert '"fixture"' in ours.plotly_chart.spec and ours.plotly_chart.id
    assert ours.height_config.pixel_height == (height or DEFAULT_HEIGHT)


def test_spec_keeps_the_layout_height_or_plotly_default():
    """The height the element reserves is the layout's, else plotly.js's 450 px."""
    assert spec_of(go.Figure()).height == DEFAULT_HEIGHT
    assert spec_of(go.Figure(layout={"height": 300})).height == 300
