"""Strings of the Strategic plans page: timeline, themes matrix, plan cards, comparison and search."""

# key -> (English, Italian)
STRINGS: dict[str, tuple[str, str]] = {
    "nav.plans": ("Strategic plans", "Piani strategici"),
    "plans.title": ("Strategic plans", "Piani strategici"),
    "plans.intro": (
        "How each area plans its future: its strategic plans over time, what they are about, and each plan's "
        "axes, with a link to the document or the page it was read from.",
        "Come ciascuna area pianifica il proprio futuro: i piani strategici nel tempo, i loro temi e gli assi di "
        "ciascun piano, con un link al documento o alla pagina da cui sono stati letti.",
    ),
    # Timeline
    "plans.timeline_heading": ("Timeline", "Cronologia"),
    "plans.timeline.x": ("Year", "Anno"),
    "plans.timeline_caption": (
        "Bars run from the adoption year (or, where that is not stated, the first year of the plan's horizon) to "
        "the last year of its horizon, in the area's colour; the fill pattern shows the status † (project "
        "classification of the status text: solid = in force, hatched = in preparation, crossed = unclear, dotted = "
        "superseded or ended). ▶ = start known, horizon end not stated; ◀ = horizon end known, adoption not "
        "stated. ed. = edition. Sources: the plan pages linked in the hover and on the cards. "
        "Not on the timeline (no year stated): {missing}.",
        "Le barre vanno dall'anno di adozione (o, se non indicato, dal primo anno dell'orizzonte del piano) "
        "all'ultimo anno dell'orizzonte, nel colore dell'area; il motivo di riempimento indica lo stato † "
        "(classificazione del progetto del testo sullo stato: pieno = in vigore, tratteggiato = in preparazione, "
        "a croce = non chiaro, puntinato = sostituito o concluso). ▶ = inizio noto, fine dell'orizzonte non "
        "indicata; ◀ = fine dell'orizzonte nota, adozione non indicata. ed. = edizione. Fonti: le pagine dei piani "
        "indicate al passaggio del mouse e nelle schede. Non in cronologia (nessun anno indicato): {missing}.",
    ),
    "plans.none_missing": ("none", "nessuno"),
    "plans.span.bar": (
        "bar: adoption (or horizon start) to horizon end",
        "barra: adozione (o inizio orizzonte) a fine orizzonte",
    ),
    "plans.span.start_only": ("horizon end not stated", "fine dell'orizzonte non indicata"),
    "plans.span.end_only": ("adoption year not stated", "anno di adozione non indicato"),
    "plans.span.none": ("no year stated", "nessun anno indicato"),
    # Themes matrix
    "plans.themes_heading": ("Themes", "Temi"),
    "plans.themes_caption": (
        "Number of each plan's axes that the project mapped to each common theme (†: a classification by the "
        "project, kept with the axis text it was read from; an axis may map to two themes). Axis names as "
        "published by the linked sources. Not shown (no axes in the data): {missing}.",
        "Numero di assi di ciascun piano che il progetto ha ricondotto a ciascun tema comune (†: classificazione "
        "del progetto, conservata con il testo dell'asse da cui è stata letta; un asse può ricadere in due temi). "
        "Nomi degli assi come pubblicati dalle fonti indicate. Non mostrati (nessun asse "
        "nei dati): {missing}.",
    ),
    "plans.themes.axes": ("axes", "assi"),
    "plans.themes.none": ("no axis", "nessun asse"),
    "plans.themes.classified": ("project classification", "classificazione del progetto"),
    "plans.themes_expander": ("Every axis with its themes and source", "Ogni asse con i suoi temi e la fonte"),
    "theme.economy_innovation": ("Economy & innovation", "Economia e innovazione"),
    "theme.mobility": ("Mobility", "Mobilità"),
    "theme.environment_climate": ("Environment & climate", "Ambiente e clima"),
    "theme.social_inclusion": ("Social inclusion", "Inclusione sociale"),
    "theme.spatial_planning": ("Spatial planning", "Pianificazione territoriale"),
    "theme.governance_cooperation": ("Governance & cooperation", "Governance e cooperazione"),
    "theme.culture_tourism": ("Culture & tourism", "Cultura e turismo"),
    # Plan status classes (classified by the project)
    "plan_status.in_force": ("In force", "In vigore"),
    "plan_status.in_preparation": ("In preparation", "In preparazione"),
    "plan_status.superseded": ("Superseded", "Sostituito"),
    "plan_status.ended": ("Ended", "Concluso"),
    "plan_status.unclear": ("Unclear", "Non chiaro"),
    # Comparison
    "plans.compare_heading": ("Plans side by side", "Piani a confronto"),
    "plans.compare_pick": ("Plans to compare (two or three)", "Piani da confrontare (due o tre)"),
    "plans.compare_too_few": (
        "Choose two or three plans to compare them side by side.",
        "Scegliere due o tre piani per confrontarli affiancati.",
    ),
    "plans.compare.attribute": ("Plan", "Piano"),
    "plans.compare.area": ("Area", "Area"),
    "plans.compare.name_en": ("Title in English", "Titolo in italiano"),
    "plans.compare.type": ("Type", "Tipo"),
    "plans.compare.edition": ("Edition", "Edizione"),
    "plans.compare.adoption": ("Adopted", "Adozione"),
    "plans.compare.horizon": ("Horizon", "Orizzonte"),
    "plans.compare.status": ("Status", "Stato"),
    "plans.compare.axes": ("Axes (themes †)", "Assi (temi †)"),
    "plans.compare.themes": ("Themes covered", "Temi trattati"),
    "plans.compare.eu_funds": ("EU-fund links", "Legami con i fondi UE"),
    "plans.compare.sources": ("Document and sources", "Documento e fonti"),
    "notice.bad_plans": (
        "Ignored plans in the link: {value} (choose two or three plan ids).",
        "Piani ignorati nel link: {value} (scegliere due o tre identificativi di piano).",
    ),
    # Cards and search
    "plans.cards_heading": ("All plans", "Tutti i piani"),
    "plans.search": ("Search plan names and axes", "Cerca nei nomi e negli assi dei piani"),
    "plans.search_placeholder": ("e.g. mobility, climate, 2030", "es. mobilità, clima, 2030"),
    "plans.search_count": ("{n} of {total} plans", "{n} piani su {total}"),
    "plans.search_none": ("No plan name or axis contains “{q}”.", "Nessun nome o asse di piano contiene “{q}”."),
    "plans.col.area": ("Area", "Area"),
    "plans.col.type": ("Type", "Tipo"),
    "plans.col.edition": ("Edition", "Edizione"),
    "plans.col.adoption": ("Adopted", "Adozione"),
    "plans.col.horizon": ("Horizon", "Orizzonte"),
    "plans.col.status": ("Status", "Stato"),
    "plans.col.eu_funds": ("EU-fund links", "Legami con i fondi UE"),
    "plans.col.document": ("Document and sources", "Documento e fonti"),
    "plans.col.plan": ("Plan", "Piano"),
    "plans.col.axis_no": ("Axis", "Asse"),
    "plans.col.axis_name": ("Axis as written", "Asse come scritto"),
    "plans.col.theme": ("Theme †", "Tema †"),
    "plans.col.source": ("Source", "Fonte"),
    "plans.axes_heading": ("Axes ({n})", "Assi ({n})"),
    "plans.axes_stated": ("the source states {n}", "la fonte ne indica {n}"),
    "plans.no_axes": ("axes not captured in the sources read", "assi non rilevati nelle fonti lette"),
    "plans.not_stated": ("not stated in the sources read", "non indicato nelle fonti lette"),
    "plans.no_adoption": (
        "adoption year not stated in the sources read",
        "anno di adozione non indicato nelle fonti lette",
    ),
    "plans.no_eu_link": ("none stated in the sources read", "nessuno indicato nelle fonti lette"),
    # A plan's title in the page language beside its original name (plans.csv name_en / name_it)
    "plans.working_title": (
        "{title} (working translation by the project)",
        "{title} (traduzione di lavoro del progetto)",
    ),
    "plans.approved_on": ("approved {date}", "approvato il {date}"),
    "plans.source_language": (
        "Plan names are shown as published, with a working title in English; type, status, edition and dates are "
        "the research's text.",
        "I nomi dei piani sono mostrati come pubblicati, con un titolo di lavoro in italiano; tipo, stato, edizione "
        "e date sono il testo della ricerca: il testo segnato (EN) esiste solo in inglese.",
    ),
}
