"""Strings of the Good practices page: filters, cards, table, map, side by side, criteria and screening."""

# key -> (English, Italian)
STRINGS: dict[str, tuple[str, str]] = {
    "nav.practices": ("Good practices", "Buone pratiche"),
    "practices.title": ("Good practices", "Buone pratiche"),
    "practices.intro": (
        "Practices of metropolitan governance from the partner areas, as found in public sources: what each one "
        "does, what results are documented, and where it was read. The screening against the selection criteria "
        "is the project's own reading (†), never an official Interreg Europe validation.",
        "Pratiche di governance metropolitana delle aree partner, come risultano da fonti pubbliche: che cosa fa "
        "ciascuna, quali risultati sono documentati e dove è stata letta. Il confronto con i criteri di selezione "
        "è una lettura del progetto (†), mai una validazione ufficiale di Interreg Europe.",
    ),
    "practices.filters_heading": ("Filters", "Filtri"),
    "practices.filter.areas": ("Areas", "Aree"),
    "practices.filter.themes": ("Themes", "Temi"),
    "practices.filter.levels": ("Governance level †", "Livello di governance †"),
    "practices.filter.years": ("Active in the years", "Attive negli anni"),
    "practices.filter.all": ("all", "tutte"),
    "practices.search": ("Search titles, descriptions and evidence", "Cerca in titoli, descrizioni e risultati"),
    "practices.search_placeholder": ("e.g. mobility, Città, ITI", "ad es. mobilità, Città, ITI"),
    "practices.count": ("{n} of {total} practices shown.", "{n} pratiche su {total} mostrate."),
    "practices.years_note": (
        "A year filter keeps practices whose stated years overlap it (ongoing = to today); practices with no year "
        "stated are then left out.",
        "Un filtro sugli anni tiene le pratiche i cui anni indicati vi si sovrappongono (in corso = fino a oggi); "
        "le pratiche senza anni indicati restano allora escluse.",
    ),
    "practices.none": ("No practice matches these filters.", "Nessuna pratica corrisponde a questi filtri."),
    "practices.cards_heading": ("Practices", "Pratiche"),
    "practices.tab.cards": ("Cards", "Schede"),
    "practices.tab.table": ("Table", "Tabella"),
    "practices.map_heading": ("Practices by area", "Pratiche per area"),
    "practices.map_caption": (
        "Number of practices shown, per area, drawn at the core city. Source: the practices' own pages (cards). "
        "Areas with no practice shown: {missing}.",
        "Numero di pratiche mostrate per area, disegnato sulla città capoluogo. Fonte: le pagine delle pratiche "
        "(schede). Aree senza pratiche mostrate: {missing}.",
    ),
    "practices.map.hover": ("{area}: {n} practices", "{area}: {n} pratiche"),
    "practices.compare_heading": ("Side by side", "A confronto"),
    "practices.compare_pick": ("Two or three practices", "Due o tre pratiche"),
    "practices.compare_too_few": ("Pick two or three practices to compare.", "Scegli due o tre pratiche da "
                                                                              "confrontare."),
    "practices.compare.attribute": ("Practice", "Pratica"),
    "practices.criteria_heading": ("Selection criteria", "Criteri di selezione"),
    "practices.criteria_intro": (
        "The criteria of Interreg Europe (IE), MECOG-CE (MC) and METREX (ME), paraphrased from their sources. "
        "The criteria Metro Case presented at its Torino seminar (11 February 2026) were not found in any source "
        "read, so they are not listed.",
        "I criteri di Interreg Europe (IE), MECOG-CE (MC) e METREX (ME), parafrasati dalle fonti. I criteri "
        "presentati da Metro Case al seminario di Torino (11 febbraio 2026) non sono stati trovati in alcuna fonte "
        "letta, quindi non sono elencati.",
    ),
    "practices.screening_heading": ("Screening", "Verifica"),
    "practices.screening_caption": (
        "† The project's classification, by the rule stated on each card (e.g. documented results as the research "
        "reads them, the area, a listing in an Interreg database): not an official validation.",
        "† Classificazione del progetto, secondo la regola indicata in ogni scheda (ad es. risultati documentati "
        "secondo la ricerca, l'area, una scheda in una banca dati Interreg): non è una validazione ufficiale.",
    ),
    "practices.links_heading": ("Related pages", "Pagine collegate"),
    "practices.link.governance": ("Governance of the areas shown", "Governance delle aree mostrate"),
    "practices.link.plan": ("Plan: {plan}", "Piano: {plan}"),
    "practices.ongoing": ("ongoing", "in corso"),
    "practices.no_years": ("no year stated in the sources read", "nessun anno indicato nelle fonti lette"),
    "practices.no_evidence": ("no documented results in the sources read",
                              "nessun risultato documentato nelle fonti lette"),
    "practices.col.id": ("Id", "Id"),
    "practices.col.area": ("Area", "Area"),
    "practices.col.title_en": ("English title", "Titolo in inglese"),
    "practices.col.title_local": ("Title", "Titolo"),
    "practices.col.years": ("Years", "Anni"),
    "practices.col.theme": ("Theme", "Tema"),
    "practices.col.level": ("Governance level", "Livello di governance"),
    "practices.col.description": ("Description", "Descrizione"),
    "practices.col.evidence": ("Evidence of results", "Risultati documentati"),
    "practices.col.screening": ("Screening †", "Verifica †"),
    "practices.col.sources": ("Sources", "Fonti"),
    "practices.col.name": ("Criterion", "Criterio"),
    "practices.col.explanation": ("What it means", "Che cosa significa"),
    "practices.col.evidence_rule": ("What counts as evidence", "Che cosa vale come prova"),
    "practices.gov_link": ("Good practices of {area}", "Buone pratiche di {area}"),
    "practices.plan_link": ("Good practice: {title}", "Buona pratica: {title}"),
    "notice.bad_practices": (
        "The link named practices that do not exist ({value}); showing the default.",
        "Il link indicava pratiche inesistenti ({value}); si mostra la scelta predefinita.",
    ),
    "notice.bad_filter": (
        "The link held a filter value that does not exist ({value}); it was dropped.",
        "Il link conteneva un valore di filtro inesistente ({value}); è stato ignorato.",
    ),
    "notice.bad_years": (
        "The link held years outside {low}–{high} ({value}); showing every year.",
        "Il link conteneva anni fuori da {low}–{high} ({value}); si mostrano tutti gli anni.",
    ),
    "practice_theme.strategic_planning": ("Strategic planning", "Pianificazione strategica"),
    "practice_theme.governance_cooperation": ("Governance & cooperation", "Governance e cooperazione"),
    "practice_theme.spatial_planning": ("Spatial planning", "Pianificazione territoriale"),
    "practice_theme.mobility": ("Mobility", "Mobilità"),
    "practice_theme.environment_climate": ("Environment & climate", "Ambiente e clima"),
    "practice_theme.data_monitoring": ("Data & monitoring", "Dati e monitoraggio"),
    "practice_theme.economic_development": ("Economic development", "Sviluppo economico"),
    "practice_theme.eu_funds_iti": ("EU funds & ITI", "Fondi UE e ITI"),
    "practice_theme.social_inclusion": ("Social inclusion", "Inclusione sociale"),
    "practice_level.metropolitan": ("metropolitan", "metropolitano"),
    "practice_level.inter_municipal": ("inter-municipal", "intercomunale"),
    "practice_level.municipal": ("municipal", "comunale"),
    "practice_level.regional": ("regional", "regionale"),
    "practice_level.national": ("national", "nazionale"),
    "practice_level.association": ("association", "associazione"),
    "practice_level.multi_level": ("multi-level", "multilivello"),
    "screening.yes": ("yes", "sì"),
    "screening.partly": ("partly", "in parte"),
    "screening.no": ("no", "no"),
    "screening.not_found": ("not found", "non trovato"),
    "screening.not_screened": ("not screened", "non verificato"),
}
