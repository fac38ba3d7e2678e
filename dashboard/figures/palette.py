"""Fixed colours: one per area everywhere (Okabe-Ito, colour-blind safe), greys for benchmarks."""

from __future__ import annotations

# Okabe & Ito (2008) "Color Universal Design" palette; eight hues for the eight areas, in display order.
AREA_COLOURS: dict[str, str] = {
    "genova": "#0072B2",     # blue
    "torino": "#E69F00",     # orange
    "warszawa": "#009E73",   # bluish green
    "bucuresti": "#CC79A7",  # reddish purple
    "barcelona": "#D55E00",  # vermillion
    "skopje": "#56B4E9",     # sky blue
    "goteborg": "#000000",   # black
    "tirana": "#F0E442",     # yellow (pair with a dark outline on light backgrounds)
}
# Hues too light to stand on white alone: drawn with a dark outline.
NEEDS_OUTLINE = frozenset({"#F0E442"})
FALLBACK_COLOURS = ("#7F3C8D", "#11A579", "#3969AC", "#F2B701", "#E73F74", "#80BA5A")
# Benchmarks are context, not competitors: neutral greys, dashed in line charts.
BENCHMARK_GREYS: dict[str, str] = {
    "partners": "#4D4D4D",
    "country": "#8C8C8C",
    "eu": "#B3B3B3",
}


def area_colour(area_id: str, index: int = 0) -> str:
    """Return the fixed colour of an area; unknown areas (other comparison sets) cycle a fallback list."""
    return AREA_COLOURS.get(area_id, FALLBACK_COLOURS[index % len(FALLBACK_COLOURS)])
# Body type (the project's classification) as a colour dimension: Paul Tol's "bright" qualitative scheme
# (colour-blind safe), deliberately different from the area hues so the two encodings are not confused.
BODY_TYPE_COLOURS: dict[str, str] = {
    "soft_coordination": "#CCBB44",    # yellow
    "inter_municipal": "#228833",      # green
    "supra_municipal": "#4477AA",      # blue
    "special_status_city": "#EE6677",  # red
    "no_metropolitan_body": "#66CCEE",  # cyan
    "unclassified": "#AA3377",         # purple: no body type in the data
}
