"""The translation catalogue: every user-visible string, in English (first) and Italian."""

from __future__ import annotations

LANGS = ("en", "it")
DEFAULT_LANG = "en"

# key -> (English, Italian). Placeholders use str.format names and must match in both languages.
STRINGS: dict[str, tuple[str, str]] = {
    # App frame and navigation
    "app.title": ("Metro Case governance dashboard", "Cruscotto sulla governance di Metro Case"),
    "nav.overview": ("Overview", "Panoramica"),
    "nav.about": ("About & sources", "Informazioni e fonti"),
    "lang.label": ("Language", "Lingua"),
    "lang.en": ("English", "English"),
    "lang.it": ("Italiano", "Italiano"),
    "notice.bad_lang": (
        "Unknown language {value!r} in the link; showing English.",
        "Lingua {value!r} sconosciuta nel link; si mostra l'inglese.",
    ),
    # Overview
    "overview.title": (
        "Metro Case: eight metropolitan areas compared",
        "Metro Case: otto aree metropolitane a confronto",
    ),
    "overview.intro": (
        "Metro Case (Interreg Europe, 2025–2029) brings together eight metropolitan areas whose core cities and "
        "surrounding municipalities struggle to plan together. This dashboard compares how each area governs "
        "itself, its strategic plans and its context indicators. Every figure names its source and reference year.",
        "Metro Case (Interreg Europe, 2025–2029) riunisce otto aree metropolitane in cui città capoluogo e comuni "
        "circostanti faticano a pianificare insieme. Questo cruscotto confronta come ciascuna area si governa, i suoi "
        "piani strategici e i suoi indicatori di contesto. Ogni dato indica la fonte e l'anno di riferimento.",
    ),
    "overview.project_link": ("Metro Case on Interreg Europe", "Metro Case su Interreg Europe"),
    "overview.areas_heading": ("The eight areas", "Le otto aree"),
    "overview.caption": (
        "Facts as published by the sources linked on each card; the reference year is given in brackets. "
        "The body type is the project's own classification (OECD typology). Populations and dates differ "
        "between areas and are not strictly comparable.",
        "Dati come pubblicati dalle fonti indicate su ogni scheda; l'anno di riferimento è tra parentesi. "
        "Il tipo di ente è una classificazione del progetto (tipologia OCSE). Popolazioni e date differiscono "
        "tra le aree e non sono strettamente confrontabili.",
    ),
    "card.country": ("Country", "Paese"),
    "card.body": ("Governing body", "Ente di governo"),
    "card.body_type": ("Body type", "Tipo di ente"),
    "card.population": ("Population", "Popolazione"),
    "card.members": ("Member municipalities", "Comuni membri"),
    "card.core_city": ("Core city", "Città capoluogo"),
    "card.sources": ("Sources", "Fonti"),
    "card.classified": ("classification by the project", "classificazione del progetto"),
    "card.no_year": ("year not stated", "anno non indicato"),
    "na": ("n/a", "n.d."),
    "na.reason": ("n/a: {reason}", "n.d.: {reason}"),
    "source.link": ("source", "fonte"),
    # Body types (OECD typology, classified by the project)
    "body_type.soft_coordination": ("Informal/soft coordination", "Coordinamento informale/leggero"),
    "body_type.inter_municipal": ("Inter-municipal authority", "Autorità intercomunale"),
    "body_type.supra_municipal": ("Supra-municipal authority", "Autorità sovracomunale"),
    "body_type.special_status_city": ("Special-status metropolitan city", "Città metropolitana a statuto speciale"),
    "body_type.no_metropolitan_body": ("No metropolitan body", "Nessun ente metropolitano"),
    # Leadership modes (classified)
    "leadership.directly_elected": ("Directly elected", "Eletto direttamente"),
    "leadership.indirectly_elected": ("Indirectly elected", "Eletto indirettamente"),
    "leadership.appointed": ("Appointed", "Nominato"),
    # Countries
    "country.IT": ("Italy", "Italia"),
    "country.PL": ("Poland", "Polonia"),
    "country.RO": ("Romania", "Romania"),
    "country.ES": ("Spain", "Spagna"),
    "country.MK": ("North Macedonia", "Macedonia del Nord"),
    "country.SE": ("Sweden", "Svezia"),
    "country.AL": ("Albania", "Albania"),
    "country.EU27_2020": ("EU-27", "UE-27"),
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


def normalise_lang(value: object) -> str | None:
    """Return a supported language code for value, or None if it is not one."""
    if isinstance(value, str) and value in LANGS:
        return value
    return None


def t(key: str, lang: str = DEFAULT_LANG, **values: object) -> str:
    """Return the string for key in lang (English if lang is unknown), formatted with values."""
    en, it = STRINGS[key]
    text = it if lang == "it" else en
    return text.format(**values) if values else text


def has(key: str) -> bool:
    """True if key is in the catalogue."""
    return key in STRINGS
