"""Strings of the Governance page: comparison matrix, competence heatmap, area profiles."""

# key -> (English, Italian)
STRINGS: dict[str, tuple[str, str]] = {
    "nav.governance": ("Governance", "Governance"),
    "gov.title": ("Governance models compared", "Modelli di governance a confronto"),
    "gov.intro": (
        "How each area governs itself: its metropolitan body, the body's type in the OECD typology, its legal "
        "basis, membership, population, leadership and budget, and which competences it holds. Each cell gives "
        "the reference year and links to the page it was read from.",
        "Come si governa ciascuna area: l'ente metropolitano, il suo tipo nella tipologia OCSE, la base giuridica, "
        "i membri, la popolazione, la guida e il bilancio, e quali competenze detiene. Ogni cella indica l'anno di "
        "riferimento e rimanda alla pagina da cui è stata letta.",
    ),
    # Comparison matrix
    "gov.matrix_heading": ("Comparison matrix", "Matrice di confronto"),
    "gov.matrix.attribute": ("Attribute", "Attributo"),
    "gov.matrix_caption": (
        "Values as published by the linked sources; reference year in brackets. † Classification by the project "
        "(OECD typology of metropolitan governance bodies; leadership mode), not a source's statement. ‡ Derived by "
        "the project: core city population ÷ area population × 100, only where both facts refer to the same year "
        "(both sources linked); otherwise n/a with the reason. ‡ after a value: derived from the linked source "
        "(e.g. an English name translated by the research compiler; the sources list gives the note). "
        "n/a = missing, with the reason from the data. "
        "Populations, areas and budgets differ in scope and year between areas: compare with care.",
        "Valori come pubblicati dalle fonti indicate; anno di riferimento tra parentesi. † Classificazione del "
        "progetto (tipologia OCSE degli enti di governo metropolitano; modalità di guida), non un'affermazione "
        "della fonte. ‡ Calcolato dal progetto: popolazione della città capoluogo ÷ popolazione dell'area × 100, "
        "solo se i due dati si riferiscono allo stesso anno (entrambe le fonti indicate); altrimenti n.d. con il "
        "motivo. ‡ dopo un valore: derivato dalla fonte indicata (per esempio un nome inglese tradotto da chi ha "
        "compilato la ricerca; l'elenco delle fonti riporta la nota). "
        "n.d. = mancante, con il motivo indicato nei dati. Popolazioni, superfici e bilanci differiscono "
        "per ambito e anno tra le aree: confrontare con cautela.",
    ),
    "gov.sources_expander": (
        "Every cell with its status, source and full note",
        "Ogni cella con stato, fonte e nota completa",
    ),
    "gov.no_row": ("no row in the data set", "nessuna riga nel dataset"),
    "gov.share.no_fact": ("a population figure is missing", "manca un dato di popolazione"),
    "gov.share.no_year": ("reference year not stated", "anno di riferimento non indicato"),
    "gov.share.different_years": (
        "different reference years ({core} vs {population})",
        "anni di riferimento diversi ({core} vs {population})",
    ),
    "gov.share.how": (
        "derived: core city population / area population × 100, both {year}",
        "calcolato: popolazione della città capoluogo / popolazione dell'area × 100, entrambe del {year}",
    ),
    "gov.attr.plan": ("Strategic plan", "Piano strategico"),
    "gov.attr.area": ("Area name", "Nome dell'area"),
    "gov.attr.competences": ("Competences (as listed)", "Competenze (come elencate)"),
    "gov.attr.nuts3_codes": ("NUTS-3 codes", "Codici NUTS-3"),
    "gov.attr.website": ("Website", "Sito web"),
    "gov.attr.body_name_local": ("Governing body (local name)", "Ente di governo (nome locale)"),
    "gov.attr.body_name_en": ("Governing body (English)", "Ente di governo (inglese)"),
    "gov.attr.body_type": ("Body type (OECD typology)", "Tipo di ente (tipologia OCSE)"),
    "gov.attr.legal_basis": ("Legal basis", "Base giuridica"),
    "gov.attr.year_established": ("Year established", "Anno di istituzione"),
    "gov.attr.n_member_municipalities": ("Member municipalities", "Comuni membri"),
    "gov.attr.population": ("Population covered", "Popolazione coperta"),
    "gov.attr.area_km2": ("Area covered (km²)", "Superficie coperta (km²)"),
    "gov.attr.core_city_population": ("Core city population", "Popolazione della città capoluogo"),
    "gov.attr.core_city_share": ("Core city's share of population", "Quota della città capoluogo sulla popolazione"),
    "gov.attr.leadership_mode": ("How leadership is chosen", "Come è scelta la guida"),
    "gov.attr.budget_eur": ("Budget (EUR)", "Bilancio (EUR)"),
    # Column labels of the sources table and downloads
    "gov.col.area": ("Area", "Area"),
    "gov.col.attribute": ("Attribute", "Attributo"),
    "gov.col.shown": ("Value shown", "Valore mostrato"),
    "gov.col.year": ("Reference year", "Anno di riferimento"),
    "gov.col.status": ("Status", "Stato"),
    "gov.col.source": ("Source", "Fonte"),
    "gov.col.second_source": ("Second source", "Seconda fonte"),
    "gov.col.note": ("Note", "Nota"),
    "gov.col.competence": ("Competence", "Competenza"),
    "gov.col.level": ("Level †", "Livello †"),
    "gov.col.list_source": ("Competence list read", "Elenco di competenze letto"),
    # Competence heatmap
    "gov.competences_heading": ("Competences", "Competenze"),
    "gov.competences_caption": (
        "Levels are the project's classification († ) of each body's competence list as published by the source "
        "(hover a cell for the source and the words it was read from): held = listed as the body's own; shared = "
        "the source says the body only coordinates it or shares it; not held = a source says so; unknown = not "
        "listed in the source read (the list read is linked in the table below). Missing: {missing}.",
        "I livelli sono la classificazione del progetto (†) dell'elenco di competenze di ciascun ente come "
        "pubblicato dalla fonte (passare sulla cella per la fonte e le parole da cui è stato letto): detenuta = "
        "elencata come propria dell'ente; condivisa = la fonte dice che l'ente la coordina soltanto o la condivide; "
        "non detenuta = una fonte lo afferma; sconosciuta = non elencata nella fonte letta (l'elenco letto è "
        "indicato nella tabella sotto). Mancanti: {missing}.",
    ),
    "gov.competences_missing": ("{n} of {total} cells unknown", "{n} celle su {total} sconosciute"),
    "gov.competences_expander": ("Competence levels with sources", "Livelli di competenza con fonti"),
    "gov.heat.legend": ("Level †", "Livello †"),
    "gov.heat.classified": ("(project classification)", "(classificazione del progetto)"),
    "gov.heat.source": ("source: {url}", "fonte: {url}"),
    "gov.heat.list_read": ("not in the list read: {url}", "assente dall'elenco letto: {url}"),
    "gov.heat.no_source": ("no source", "nessuna fonte"),
    "level.held": ("held", "detenuta"),
    "level.shared": ("shared", "condivisa"),
    "level.not_held": ("not held", "non detenuta"),
    "level.unknown": ("unknown", "sconosciuta"),
    # Side-by-side profiles
    "gov.profile_heading": ("Profiles side by side", "Profili a confronto"),
    "gov.profile_pick": ("Areas to compare (two or three)", "Aree da confrontare (due o tre)"),
    "gov.profile_too_few": (
        "Choose two or three areas to compare them side by side.",
        "Scegliere due o tre aree per confrontarle affiancate.",
    ),
    "gov.profile.held": ("Competences held", "Competenze detenute"),
    "gov.profile.shared": ("Competences shared", "Competenze condivise"),
    "gov.profile.not_held": ("Competences not held", "Competenze non detenute"),
    "gov.profile.unknown": (
        "Competences unknown (not in the list read)",
        "Competenze sconosciute (non nell'elenco letto)",
    ),
    "notice.bad_areas": (
        "Ignored areas in the link: {value} (choose two or three of the {n} areas).",
        "Aree ignorate nel link: {value} (scegliere due o tre delle {n} aree).",
    ),
}
