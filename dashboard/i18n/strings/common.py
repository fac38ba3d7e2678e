"""Strings shared by every page: app frame, navigation, languages, coded values."""

# key -> (English, Italian)
STRINGS: dict[str, tuple[str, str]] = {
    # App frame and navigation
    "app.title": ("Metro Case governance dashboard", "Cruscotto sulla governance di Metro Case"),
    "nav.overview": ("Overview", "Panoramica"),
    "nav.about": ("About & sources", "Informazioni e fonti"),
    "lang.label": ("Language", "Lingua"),
    "lang.en": ("English", "English"),
    "lang.it": ("Italiano", "Italiano"),
    "notice.bad_lang": (
        "Unknown language “{value}” in the link; showing English.",
        "Lingua “{value}” sconosciuta nel link; si mostra l'inglese.",
    ),
    "notice.bad_text": (
        "Ignored search text in the link: {value} (plain text of at most {n} characters).",
        "Testo di ricerca ignorato nel link: {value} (testo semplice di al massimo {n} caratteri).",
    ),
    "set.label": ("Comparison set", "Insieme di confronto"),
    "notice.bad_set": (
        "Unknown comparison set “{value}” in the link; showing {default}.",
        "Insieme di confronto “{value}” sconosciuto nel link; si mostra {default}.",
    ),
    "query.show": ("Show query", "Mostra la query"),
    # The project itself (data/project/): partners and events, on the Overview and About pages
    "project.heading": ("The Metro Case project", "Il progetto Metro Case"),
    "project.partners_heading": ("Partners and associated policy authorities ({n})",
                                 "Partner e autorità politiche associate ({n})"),
    "project.events_heading": ("Events ({n})", "Eventi ({n})"),
    "project.role.lead_partner": ("Lead partner", "Capofila"),
    "project.role.partner": ("Partner", "Partner"),
    "project.role.associated_policy_authority": ("Associated policy authority", "Autorità politica associata"),
    "project.no_instrument": ("n/a: not named in the sources read", "n.d.: non indicato nelle fonti lette"),
    "project.col.name": ("Organisation", "Organizzazione"),
    "project.col.name_local": ("Name (local)", "Nome (locale)"),
    "project.col.role": ("Role", "Ruolo"),
    "project.col.country": ("Country", "Paese"),
    "project.col.instrument": ("Policy instrument addressed", "Strumento di policy affrontato"),
    "project.col.instrument_url": ("Instrument page", "Pagina dello strumento"),
    "project.col.other_sources": ("Other sources", "Altre fonti"),
    "project.col.from": ("From", "Dal"),
    "project.col.to": ("To", "Al"),
    "project.col.title": ("Event", "Evento"),
    "project.col.city": ("Place", "Luogo"),
    "project.col.kind": ("Kind", "Tipo"),
    "project.col.host": ("Host", "Ospite"),
    "project.col.topic": ("Topic", "Tema"),
    "project.caption": (
        "Facts as the linked sources state them; notes say where an attribution is the research's inference, and "
        "an event whose date was not found keeps empty dates. Texts in the sources' language (mostly English).",
        "Fatti come li riportano le fonti indicate; le note dicono dove un'attribuzione è un'inferenza della "
        "ricerca, e un evento di cui non si è trovata la data ha le date vuote. Testi nella lingua delle fonti "
        "(per lo più inglese).",
    ),
    "query.params": ("Bound parameters of {name}:", "Parametri associati di {name}:"),
    "error.data_dir": (
        "The data directory {path} cannot be loaded ({reason}). Check it with "
        "`python -m dashboard check --data-dir DIR`, or unset METROCASE_DATA_DIR to serve the embedded data.",
        "Impossibile caricare la cartella dei dati {path} ({reason}). Verificarla con "
        "`python -m dashboard check --data-dir DIR`, oppure togliere METROCASE_DATA_DIR per usare i dati inclusi.",
    ),
    "error.data_refused": (
        "The data directory {path} does not pass the data check ({n} problems), so nothing from it is shown. "
        "Fix them, then reload; `python -m dashboard check --data-dir DIR` lists them all. The first {shown}, "
        "as `file:line: column: reason`:",
        "La cartella dei dati {path} non supera il controllo dei dati ({n} problemi), quindi non se ne mostra nulla. "
        "Correggerli, poi ricaricare; `python -m dashboard check --data-dir DIR` li elenca tutti. I primi {shown}, "
        "come `file:riga: colonna: motivo` (nella lingua del controllo, l'inglese):",
    ),
    # Missing values and source links
    "na": ("n/a", "n.d."),
    "na.reason": ("n/a: {reason}", "n.d.: {reason}"),
    "source.link": ("source", "fonte"),
    # Status of a fact or value (data/README.md: observed, derived, classified)
    "status.observed": ("observed", "osservato"),
    "status.derived": ("derived", "derivato"),
    "status.classified": ("classified (project judgement)", "classificato (giudizio del progetto)"),
    # A value a partner submitted (or derived from one), beside Eurostat's
    "value.partner": ("submitted by the partner, not Eurostat", "inviato dal partner, non da Eurostat"),
    # Kind of geography of a value
    "geo_kind.area": ("area", "area"),
    "geo_kind.benchmark": ("benchmark", "riferimento"),
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
    # Text our own code writes into the data (dashboard/updates/derive.py notes and sources, submission.py sources),
    # recognised when shown (dashboard/i18n/own_text.py) so it speaks the page's language
    "own.derived_from": ("derived from {source}", "derivato da {source}"),
    "own.derived_from_two": ("derived from {source} and {other}", "derivato da {source} e {other}"),
    "own.submitted": ("{source} (submitted by partner {partner})", "{source} (inviato dal partner {partner})"),
    "own.change": (
        "derived: ({new} ÷ {old} − 1) × 100, {indicator} {year} and {base}",
        "derivato: ({new} ÷ {old} − 1) × 100, {indicator} {year} e {base}",
    ),
    "own.foreign_share": (
        "derived: {foreign} ÷ {total} × 100, nights by non-residents ÷ all nights, {code} {year}",
        "derivato: {foreign} ÷ {total} × 100, notti dei non residenti ÷ tutte le notti, {code} {year}",
    ),
    "own.nights_per_inhabitant": (
        "derived: {nights} nights ÷ {people} inhabitants on 1 January, {code} {year}",
        "derivato: {nights} notti ÷ {people} abitanti al 1º gennaio, {code} {year}",
    ),
    "own.same_territory": (" ({other}: the same territory as {code})", " ({other}: lo stesso territorio di {code})"),
}
