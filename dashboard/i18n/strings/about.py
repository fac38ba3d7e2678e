"""Strings of the About & sources page."""

# key -> (English, Italian)
STRINGS: dict[str, tuple[str, str]] = {
    "about.weak_heading": ("Facts resting on a weak source ({n})", "Dati basati su una fonte debole ({n})"),
    "about.weak_caption": (
        "Governance facts whose only source, and strategic plans and areas whose cited source, is a search-result "
        "page, a copy of a Wikipedia article or a document-sharing site (hosts in data/source_kinds.csv; the "
        "project's classification). They are shown as sourced, but a primary source should replace them.",
        "Dati sulla governance la cui unica fonte, e piani strategici e aree la cui fonte citata, è una pagina di "
        "risultati di ricerca, una copia di una voce di Wikipedia o un sito di condivisione di documenti (siti in "
        "data/source_kinds.csv; classificazione del progetto). Sono mostrati con la loro fonte, ma andrebbero "
        "sostituiti con una fonte primaria.",
    ),
    "about.weak.search_results": ("search results", "risultati di ricerca"),
    "about.weak.wiki_mirror": ("Wikipedia copy", "copia di Wikipedia"),
    "about.weak.document_host": ("document host", "sito di condivisione di documenti"),
    "about.weak.col_kind": ("Kind of source (project classification)", "Tipo di fonte (classificazione del progetto)"),
    # About & sources
    "about.title": ("About & sources", "Informazioni e fonti"),
    "about.intro": (
        "The dashboard shows only figures and facts taken from cited sources, each with its reference year. "
        "Missing values are shown as missing, derived values say how they were computed, and classifications "
        "made by the project (such as the governance body type) are labelled as such.",
        "Il cruscotto mostra solo dati e fatti tratti da fonti citate, ciascuno con il suo anno di riferimento. "
        "I valori mancanti sono indicati come tali, i valori derivati dicono come sono stati calcolati e le "
        "classificazioni fatte dal progetto (come il tipo di ente di governo) sono segnalate come tali.",
    ),
    "about.data_heading": ("Data and licences", "Dati e licenze"),
    "about.data_text": (
        "Indicators: Eurostat, © European Union, licensed CC BY 4.0. Areas are approximated by NUTS-3 regions "
        "(Skopje = MK008 Skopski; Barcelona ES511 is the province, Göteborg SE232 is all of Västra Götaland). "
        "Governance facts and plans: the web pages listed below, cited row by row.",
        "Indicatori: Eurostat, © Unione europea, licenza CC BY 4.0. Le aree sono approssimate da regioni NUTS-3 "
        "(Skopje = MK008 Skopski; Barcellona ES511 è la provincia, Göteborg SE232 è l'intera Västra Götaland). "
        "Fatti sulla governance e piani: le pagine web elencate sotto, citate riga per riga.",
    ),
    "about.boundaries": (
        "Maps: © EuroGeographics for the administrative boundaries. Source: Eurostat, GISCO (NUTS 2021).",
        "Mappe: © EuroGeographics per i confini amministrativi. Fonte: Eurostat, GISCO (NUTS 2021).",
    ),
    "about.cite_heading": ("How to cite", "Come citare"),
    "about.citation": (
        "Metro Case governance dashboard data set (2026), built from Eurostat (demo_r_pjanaggr3, reg_area3, "
        "nama_10r_3gdp, demo_r_gind3, nama_10r_3empers, edat_lfse_04) and the sources listed per row.",
        "Metro Case governance dashboard data set (2026), costruito da Eurostat (demo_r_pjanaggr3, reg_area3, "
        "nama_10r_3gdp, demo_r_gind3, nama_10r_3empers, edat_lfse_04) e dalle fonti indicate per riga.",
    ),
    "about.indicators_heading": ("Indicators", "Indicatori"),
    "about.sources_heading": ("All sources ({n})", "Tutte le fonti ({n})"),
    "col.source_id": ("Id", "Id"),
    "col.title": ("What it was used for", "Per cosa è stata usata"),
    "col.url": ("Address", "Indirizzo"),
    "col.licence": ("Licence", "Licenza"),
    "col.indicator": ("Indicator", "Indicatore"),
    "col.unit": ("Unit", "Unità"),
    "col.dataset": ("Producer dataset", "Dataset del produttore"),
    "col.definition": ("Definition", "Definizione"),
}
