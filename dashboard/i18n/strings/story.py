"""Strings of the story page (presenter view) and of the figures' text alternatives."""

# key -> (English, Italian)
STRINGS: dict[str, tuple[str, str]] = {
    "nav.story": ("Seminar story", "Racconto per seminari"),
    "story.title": ("Seminar stories", "Racconti per seminari"),
    "story.intro": (
        "A story walks an audience through a prepared sequence of views. Open one in presenter view: → or PageDown "
        "for the next step, ← or PageUp for the previous one; add notes=1 to the link for the speaker notes.",
        "Un racconto guida il pubblico attraverso una sequenza preparata di viste. Aprilo nella vista presentatore: "
        "→ o PagGiù per il passo successivo, ← o PagSu per il precedente; aggiungi notes=1 al link per le note "
        "del relatore.",
    ),
    "story.none": ("No story in this data folder.", "Nessun racconto in questa cartella di dati."),
    "story.open": ("Present: {title} ({n} steps)", "Presenta: {title} ({n} passi)"),
    "story.open_notes": ("Speaker view with notes", "Vista relatore con note"),
    "story.unknown": (
        "There is no story “{value}” (or its file does not pass the data check); the list of stories is below.",
        "Non c'è un racconto “{value}” (o il suo file non supera il controllo dei dati); l'elenco è qui sotto.",
    ),
    "story.bad_step": (
        "The link's step “{value}” is not a step of this story (1 to {n}); step 1 is shown.",
        "Il passo “{value}” del link non è un passo di questo racconto (da 1 a {n}); è mostrato il passo 1.",
    ),
    "story.step_refused": (
        "Step {n} of {file} holds a state its page refuses: {problems}",
        "Il passo {n} di {file} contiene uno stato che la sua pagina rifiuta: {problems}",
    ),
    "story.counter": ("step {n} / {total}", "passo {n} / {total}"),
    "story.next": ("Next", "Avanti"),
    "story.previous": ("Previous", "Indietro"),
    "story.describe": ("Describe the figure", "Descrivi la figura"),
    "story.hide_description": ("Hide the description", "Nascondi la descrizione"),
    "story.description": ("Description of the figure", "Descrizione della figura"),
    "story.notes": ("Speaker notes", "Note del relatore"),
    "story.more": ("All notes on this figure", "Tutte le note sulla figura"),
    "story.open_page": ("Open this view in its page", "Apri questa vista nella sua pagina"),
    "story.keys": (
        "Keys: → / PageDown next, ← / PageUp previous.",
        "Tasti: → / PagGiù avanti, ← / PagSu indietro.",
    ),
    # Text alternatives (alt text) of figures, from their data
    "alt.ranking": ("{title}, {year}: {n} areas with a value.", "{title}, {year}: {n} aree con un valore."),
    "alt.highest": ("Highest: {area}, {value}.", "Valore più alto: {area}, {value}."),
    "alt.highest_in": ("Highest in {year}: {area}, {value}.", "Valore più alto nel {year}: {area}, {value}."),
    "alt.lowest": ("Lowest: {area}, {value}.", "Valore più basso: {area}, {value}."),
    "alt.missing": ("No value: {areas}.", "Nessun valore: {areas}."),
    "alt.empty": ("{title}: no value to show.", "{title}: nessun valore da mostrare."),
    "alt.period": ("{title}, {start} to {end}.", "{title}, dal {start} al {end}."),
    "alt.change_most": (
        "Largest change: {area}, {change} ({start} to {end}).",
        "Variazione maggiore: {area}, {change} (dal {start} al {end}).",
    ),
    "alt.change_least": (
        "Smallest change: {area}, {change} ({start} to {end}).",
        "Variazione minore: {area}, {change} (dal {start} al {end}).",
    ),
    "alt.competences": (
        "Competences of the metropolitan bodies of {n} areas over {k} fields (project classification).",
        "Competenze degli enti metropolitani di {n} aree in {k} ambiti (classificazione del progetto).",
    ),
    "alt.competences_most": ("Most held: {area}, {n} fields.", "Più competenze detenute: {area}, {n} ambiti."),
    "alt.competences_least": ("Fewest held: {area}, {n} fields.", "Meno competenze detenute: {area}, {n} ambiti."),
    "alt.competences_unknown": ("Unknown: {n} of {total} cells.", "Ignote: {n} celle su {total}."),
    "alt.plans": ("Timeline of {n} strategic plans.", "Cronologia di {n} piani strategici."),
    "alt.plans_first": ("Earliest start: {year}.", "Inizio più remoto: {year}."),
    "alt.plans_last": ("Latest horizon: {year}.", "Orizzonte più lontano: {year}."),
    "alt.plans_undated": ("Plans without dates: {n}.", "Piani senza date: {n}."),
    "alt.themes": (
        "Themes of the axes of {n} plans ({mapped} with axes mapped by the project).",
        "Temi degli assi di {n} piani ({mapped} con assi ricondotti dal progetto).",
    ),
    "alt.themes_most": ("Most often: {theme}, {n} plans.", "Più frequente: {theme}, {n} piani."),
    "alt.themes_least": ("Least often: {theme}, {n} plans.", "Meno frequente: {theme}, {n} piani."),
    # The Governance page's heatmap caption, for the story: the story shows no table, so the sources are on the page.
    "story.competences_caption": (
        "Levels are the project's classification (†) of each body's competence list as published by the source: "
        "held = listed as the body's own; shared = the source says the body only coordinates it or shares it; not "
        "held = a source says so; unknown = not listed in the source read (each list read is linked on the "
        "Governance page). Missing: {missing}.",
        "I livelli sono la classificazione del progetto (†) dell'elenco di competenze di ciascun ente come "
        "pubblicato dalla fonte: detenuta = elencata come propria dell'ente; condivisa = la fonte dice che l'ente la "
        "coordina soltanto o la condivide; non detenuta = una fonte lo afferma; sconosciuta = non elencata nella "
        "fonte letta (ogni elenco letto è indicato nella pagina Governance). Mancanti: {missing}.",
    ),
}
