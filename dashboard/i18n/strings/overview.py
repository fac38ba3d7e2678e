"""Strings of the Overview page and its area cards."""

# key -> (English, Italian)
STRINGS: dict[str, tuple[str, str]] = {
    # Overview
    "overview.title": (
        "Metro Case: {n} metropolitan areas compared",
        "Metro Case: {n} aree metropolitane a confronto",
    ),
    "overview.intro": (
        "Metro Case (Interreg Europe, 2025–2029) brings together {n} metropolitan areas whose core cities and "
        "surrounding municipalities struggle to plan together. This dashboard compares how each area governs "
        "itself, its strategic plans and its context indicators. Every figure names its source and reference year.",
        "Metro Case (Interreg Europe, 2025–2029) riunisce {n} aree metropolitane in cui città capoluogo e comuni "
        "circostanti faticano a pianificare insieme. Questo cruscotto confronta come ciascuna area si governa, i suoi "
        "piani strategici e i suoi indicatori di contesto. Ogni dato indica la fonte e l'anno di riferimento.",
    ),
    "overview.title_set": ("{name} compared", "{name} a confronto"),
    "overview.intro_set": (
        "The comparison set {name} ({n} areas), beside the Metro Case areas (Interreg Europe, 2025–2029). Areas "
        "without governance research show n/a with the reason. Every figure names its source and reference year.",
        "L'insieme di confronto {name} ({n} aree), accanto alle aree di Metro Case (Interreg Europe, 2025–2029). Le "
        "aree senza ricerca sulla governance mostrano n.d. con il motivo. Ogni dato indica la fonte e l'anno di "
        "riferimento.",
    ),
    "overview.project_link": ("Metro Case on Interreg Europe", "Metro Case su Interreg Europe"),
    "overview.next.compare": (
        "Population, economy, ageing and more: the {n} areas over time, on a map, beside their countries and the EU.",
        "Popolazione, economia, invecchiamento e altro: le {n} aree nel tempo, su mappa, accanto ai paesi e all'UE.",
    ),
    "overview.next.governance": (
        "Who governs each area: body, legal basis, members, leadership, budget and competences, side by side.",
        "Chi governa ciascuna area: ente, base giuridica, membri, guida, bilancio e competenze, a confronto.",
    ),
    "overview.next.plans": (
        "The areas' strategic plans on one timeline, their axes by common theme, searchable.",
        "I piani strategici delle aree su un'unica linea del tempo, i loro assi per tema comune, con ricerca.",
    ),
    "overview.next.data": (
        "Download the data as filtered: CSV, Excel, Parquet, GeoJSON or a data package, with sources and citation.",
        "Scarica i dati come filtrati: CSV, Excel, Parquet, GeoJSON o pacchetto dati, con fonti e citazione.",
    ),
    "overview.areas_heading": ("The {n} areas", "Le {n} aree"),
    "overview.caption": (
        "Facts as published by the sources linked on each card; the reference year is given in brackets. "
        "† Body type: the project's own classification (OECD typology). ‡ Derived from the linked source (e.g. an "
        "English name translated by the research compiler). Populations and dates differ "
        "between areas and are not strictly comparable.",
        "Dati come pubblicati dalle fonti indicate su ogni scheda; l'anno di riferimento è tra parentesi. "
        "† Tipo di ente: classificazione del progetto (tipologia OCSE). ‡ Derivato dalla fonte indicata (per "
        "esempio un nome inglese tradotto da chi ha compilato la ricerca). Popolazioni e date differiscono "
        "tra le aree e non sono strettamente confrontabili.",
    ),
    # Map and key figures above the cards
    "overview.key.heading": ("Key figures", "Dati principali"),
    "overview.key.area": ("Area", "Area"),
    "overview.key.population": ("Population", "Popolazione"),
    "overview.key.no_fact": ("not in the governance research", "non nella ricerca sulla governance"),
    "overview.key.density": ("Per km²", "Per km²"),
    "overview.key.gdp_pps": ("GDP/inh. PPS", "PIL/ab. SPA"),
    "overview.key.body_type": ("Body type †", "Tipo di ente †"),
    "overview.key.note": (
        "{name}, {year}: {unit}; source: {sources} ({licence}).",
        "{name}, {year}: {unit}; fonte: {sources} ({licence}).",
    ),
    "overview.key.nuts": (
        "Each column shows the latest year in which the most areas have a value; values are for the areas' NUTS-3 "
        "regions, which only approximate them.",
        "Ogni colonna mostra l'anno più recente in cui il maggior numero di aree ha un valore; i valori sono delle "
        "regioni NUTS-3 delle aree, che le approssimano soltanto.",
    ),
    "overview.key.flags": ("Eurostat flags: {items}.", "Flag Eurostat: {items}.",
    ),
    "overview.key.derived": (
        "{mark} Derived by the research from the sources named (the catalogue's definition says how).",
        "{mark} Calcolato dalla ricerca dalle fonti indicate (la definizione nel catalogo spiega come).",
    ),
    "overview.key.classified": (
        "{mark} Body type: the project's own classification (OECD typology), not a statistical source; its "
        "sources are on each card below.",
        "{mark} Tipo di ente: classificazione del progetto (tipologia OCSE), non una fonte statistica; le sue "
        "fonti sono su ciascuna scheda qui sotto.",
    ),
    "overview.map.hover": ("<b>{name}</b><br>NUTS-3: {codes}", "<b>{name}</b><br>NUTS-3: {codes}"),
    "overview.map.caption": (
        "Each area's NUTS-3 region(s) in its colour; the regions only approximate the areas.",
        "Le regioni NUTS-3 di ciascuna area nel suo colore; le regioni approssimano soltanto le aree.",
    ),
    "card.country": ("Country", "Paese"),
    "card.body": ("Governing body", "Ente di governo"),
    "card.body_type": ("Body type", "Tipo di ente"),
    "card.population": ("Population", "Popolazione"),
    "card.members": ("Member municipalities", "Comuni membri"),
    "card.core_city": ("Core city", "Città capoluogo"),
    "card.sources": ("Sources", "Fonti"),
    "card.no_year": ("year not stated", "anno non indicato"),
}
