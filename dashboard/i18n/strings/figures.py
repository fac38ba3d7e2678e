"""Strings of the figure builders' own labels and notes (panels, classes, scales, what a map cannot show)."""

STRINGS: dict[str, tuple[str, str]] = {
    "fig.panel.areas": ("Areas", "Aree"),
    "fig.panel.totals": (
        "Countries and EU-27 (totals, own scale)", "Paesi e UE-27 (totali, scala propria)",
    ),
    "fig.totals_panel": (
        "Country and EU-27 totals are far larger than the areas' values: they are drawn on their own panel, with "
        "their own scale.",
        "I totali di paesi e UE-27 sono molto maggiori dei valori delle aree: sono disegnati in un pannello a parte, "
        "con la propria scala.",
    ),
    "fig.multiples.no_totals": (
        "Country and EU-27 totals are not drawn in the panels (far larger than the areas' values); choose the index "
        "to compare them.",
        "I totali di paesi e UE-27 non sono disegnati nei pannelli (molto maggiori dei valori delle aree); scegli "
        "l'indice per confrontarli.",
    ),
    "fig.multiples.zero": (
        "All panels share one y-axis, starting at zero.", "Tutti i pannelli hanno lo stesso asse y, che parte da zero.",
    ),
    "fig.multiples.index": (
        "All panels share one y-axis; an index is read around 100, so the axis does not start at zero.",
        "Tutti i pannelli hanno lo stesso asse y; un indice si legge intorno a 100, quindi l'asse non parte da zero.",
    ),
    "fig.multiples.signed": (
        "All panels share one y-axis; values go below zero, so the axis spans them with zero marked.",
        "Tutti i pannelli hanno lo stesso asse y; i valori scendono sotto zero, quindi l'asse li comprende e segna "
        "lo zero.",
    ),
    "fig.map.classes": (
        "Colours: {n} classes by quantiles of the values shown (each class holds about as many areas).",
        "Colori: {n} classi per quantili dei valori mostrati (ogni classe contiene circa lo stesso numero di aree).",
    ),
    "fig.map.benchmarks": (
        "Benchmarks are not drawn on the map (they are not one of its regions): {items}. The chart and the table "
        "show them.",
        "I riferimenti non sono disegnati sulla mappa (non sono sue regioni): {items}. Il grafico e la tabella li "
        "mostrano.",
    ),
    "fig.map.legend": ("Classes (quantiles)", "Classi (quantili)"),
}
