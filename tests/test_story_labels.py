"""Direct labels at line ends stay apart when the story enlarges a figure for the projector (fonts and height)."""

from __future__ import annotations

import pytest

from dashboard.data import queries
from dashboard.figures import compare_view
from dashboard.figures.labels import END_LABEL
from dashboard.transform import series
from dashboard.transform.view_state import CompareState
from dashboard.web.present import for_projector
from tests.test_series import years_of

ALL = ("genova", "torino", "warszawa", "bucuresti", "barcelona", "skopje", "goteborg", "tirana")


def label_centres(fig) -> dict[str, list[tuple[float, float]]]:
    """Per y-axis: (centre px upwards in the drawn plot, font size) of every end label, from the figure's layout."""
    layout = fig.layout
    plot_px = layout.height - layout.margin.t - layout.margin.b
    found: dict[str, list[tuple[float, float]]] = {}
    for note in layout.annotations:
        if note.name != END_LABEL:
            continue
        axis = layout["yaxis" + (note.yref or "y").removeprefix("y")]
        low, high = axis.range
        domain = axis.domain or (0, 1)
        panel_px = plot_px * (domain[1] - domain[0])
        centre = (note.y - low) / (high - low) * panel_px + note.ay * -1  # ay: px downwards from the point
        found.setdefault(note.yref or "y", []).append((centre, note.font.size))
    return found


@pytest.mark.parametrize(("ind", "bench"), [("population_jan1", ()), ("gdp_pps_per_inhabitant_index_eu27", ("eu",))])
def test_story_line_labels_do_not_overlap_at_projector_size(real_con, ind, bench):
    """Story steps 9 and 10: every area highlighted, index lines; enlarged for the projector, no two labels touch."""
    catalog = queries.indicator_catalog(real_con).set_index("indicator_id", drop=False)
    areas = queries.areas(real_con)
    state = CompareState(ind=ind, areas=ALL).with_(chart="line", norm="index" if not bench else "none",
                                                   bench=bench, highlight=ALL)
    prepared = series.load(real_con, state, areas, years_of(real_con))
    fig, _ = compare_view.chart(prepared, catalog, state, areas, {}, "en")
    for shown in (fig, for_projector(fig)):
        panels = label_centres(shown)
        assert sum(len(v) for v in panels.values()) >= len(ALL) - 1
        for found in panels.values():
            found.sort()
            for (low, size), (high, _) in zip(found, found[1:], strict=False):
                assert high - low >= size * 1.15, (shown.layout.height, found)
