"""Build data/practices/ from the research's good_practices.csv and GOOD_PRACTICES.md (called by build_data.py)."""

from __future__ import annotations

import re

import pandas as pd

THEMES = {  # the research's theme text -> the data model's theme id
    "strategic planning": "strategic_planning", "governance & cooperation": "governance_cooperation",
    "spatial planning": "spatial_planning", "mobility": "mobility", "environment & climate": "environment_climate",
    "data & monitoring": "data_monitoring", "economic development": "economic_development",
    "EU funds & ITI": "eu_funds_iti", "social inclusion": "social_inclusion",
}
# The level class is read from the start of the research's governance_level text (project classification).
LEVEL_RULES = (
    ("metropolitan", "metropolitan"), ("inter-municipal", "inter_municipal"), ("voluntary", "association"),
    ("non-profit", "association"), ("municipal", "municipal"), ("regional", "regional"),
    ("statutory planning region", "regional"), ("national", "national"), ("multi-level", "multi_level"),
    ("city + association", "multi_level"),
)
PUBLIC_LEVELS = {"metropolitan", "inter_municipal", "municipal", "regional", "national"}
# A practice that is one of the strategic plans of plans/plans.csv (same document, same edition).
PLAN_OF_PRACTICE = {
    "GP-GEN-01": "genova_psm_2017", "GP-GEN-02": "genova_agenda_2030", "GP-TOR-02": "torino_psm_2018",
    "GP-WAR-03": "warszawa_strategia_metropolii_2040", "GP-BUC-02": "bucuresti_pmud_2016_2030",
    "GP-BCN-01": "barcelona_pdum", "GP-BCN-03": "barcelona_cm_2030", "GP-TIR-01": "tirana_ppv_2030",
}
# GOOD_PRACTICES.md section 2 names the strongest and weakest rows against IE-2 (documented results).
IE2_STRONG = {"GP-WAR-01", "GP-TOR-01", "GP-GEN-04", "GP-BUC-01", "GP-BCN-01", "GP-SKP-02"}
IE2_WEAK = {"GP-BUC-03", "GP-TIR-02", "GP-WAR-04"}
GP_MD = "GOOD_PRACTICES.md"
IE_FAQ36 = "https://www.interregeurope.eu/help/faqs/36/"
IE_RESULTS = "https://interregeurope.eu/help-centre/implement-your-project/activities-and-results"
IE_ACTIVITIES = "https://www.interregeurope.eu/help-centre/apply-for-funding/activities"
IE_FAQ39 = "https://www.interregeurope.eu/help/faqs/39/"
IE_SLIDES = "https://scribd.com/document/633238749/Budapest2020-Good-practices"
MECOG_76 = ("https://www.interreg-central.eu/news/76-best-practices-to-boost-metropolitan-cooperation-and-governance-"
            "across-central-europe/")
MECOG_STRATEGY = ("https://www.interreg-central.eu/news/strategy-for-strengthening-metropolitan-cooperation-and-"
                  "governance-in-central-europe")
METREX = "http://petus.eu.com/left.php?sct=0&sbsct=2&pageid=8&pagesect=0&pagelang=en"
# (id, framework, name EN, name IT, explanation EN, explanation IT, evidence EN, evidence IT, source)
CRITERIA = (
    ("IE-1", "interreg_europe", "Related to regional development policy", "Legata alla politica di sviluppo regionale",
     "The initiative sits under a programme topic; it can be a methodology, project, process or technique.",
     "L'iniziativa rientra in un tema del programma; può essere un metodo, un progetto, un processo o una tecnica.",
     "The policy field and instrument the practice belongs to.",
     "Il settore di politica e lo strumento a cui appartiene la pratica.", IE_FAQ36),
    ("IE-2", "interreg_europe", "Proved successful (evidence of success)", "Successo dimostrato (prove di successo)",
     "It has already produced tangible, measurable results towards a specific objective; a plan only adopted, "
     "with no results yet, is a weak candidate.",
     "Ha già prodotto risultati concreti e misurabili verso un obiettivo preciso; un piano solo adottato, "
     "senza risultati, è un candidato debole.",
     "Documented results: outputs, budgets spent, measured outcomes; not targets.",
     "Risultati documentati: realizzazioni, spesa, esiti misurati; non obiettivi.", IE_RESULTS),
    ("IE-3", "interreg_europe", "Potential interest to other regions (transferability)",
     "Potenziale interesse per altre regioni (trasferibilità)",
     "It must be potentially transferable to other places.", "Deve poter essere trasferita in altri luoghi.",
     "What could be transferred, e.g. by MECOG-CE's strategy elements (MC-2).",
     "Che cosa si può trasferire, ad es. secondo gli elementi di strategia MECOG-CE (MC-2).", IE_FAQ36),
    ("IE-4", "interreg_europe", "Public intervention", "Intervento pubblico",
     "Usually a public intervention; a private initiative counts only with evidence that it inspired public policy.",
     "Di norma un intervento pubblico; un'iniziativa privata conta solo se è provato che ha ispirato politiche "
     "pubbliche.",
     "Who runs the practice: a public authority, or evidence of influence on public policy.",
     "Chi gestisce la pratica: un ente pubblico, o prove di influenza sulle politiche pubbliche.", IE_RESULTS),
    ("IE-5", "interreg_europe", "Lessons from failure are allowed", "Ammesse le lezioni dai fallimenti",
     "Unsuccessful practices can also feed the exchange of experience.",
     "Anche le pratiche non riuscite possono alimentare lo scambio di esperienze.",
     "A documented account of what did not work and why.", "Un resoconto documentato di cosa non ha funzionato e "
     "perché.", IE_RESULTS),
    ("IE-6", "interreg_europe", "Origin within the partnership", "Origine nel partenariato",
     "Practices come from the partner regions; others only in exceptional, justified cases.",
     "Le pratiche vengono dalle regioni partner; le altre solo in casi eccezionali e motivati.",
     "The area the practice is located in.", "L'area in cui si trova la pratica.", IE_ACTIVITIES),
    ("IE-7", "interreg_europe", "Two-step validation", "Validazione in due fasi",
     "The project and the Joint Secretariat validate a practice; thematic experts decide whether it enters the "
     "public Policy Learning Platform database.",
     "Il progetto e il Segretariato congiunto validano la pratica; esperti tematici decidono se entra nella banca "
     "dati pubblica della Policy Learning Platform.",
     "A listing in an Interreg good-practice database.", "Una scheda in una banca dati di buone pratiche Interreg.",
     IE_FAQ39),
    ("IE-8", "interreg_europe", "Quality over quantity", "Qualità più che quantità",
     "Submit practices that add real value for the partnership.",
     "Proporre pratiche che portano un valore reale al partenariato.",
     "The partners' judgement of the added value.", "Il giudizio dei partner sul valore aggiunto.", IE_SLIDES),
    ("MC-1", "mecog_ce", "Transferable and testable in other metropolitan areas",
     "Trasferibile e sperimentabile in altre aree metropolitane",
     "Tools and practices that strengthen metropolitan cooperation and governance and can be transferred and "
     "tested elsewhere.",
     "Strumenti e pratiche che rafforzano cooperazione e governance metropolitana e possono essere trasferiti e "
     "sperimentati altrove.",
     "A pilot or a transfer elsewhere, or a clear account of what would be transferred.",
     "Una sperimentazione o un trasferimento altrove, o una descrizione chiara di cosa trasferire.", MECOG_76),
    ("MC-2", "mecog_ce", "Strategy element improved", "Elemento di strategia migliorato",
     "Which dimension it improves: vision and objectives, territory, governance system, financial schemes, "
     "thematic priorities, stakeholder involvement, evaluation and monitoring.",
     "Quale dimensione migliora: visione e obiettivi, territorio, sistema di governance, schemi finanziari, "
     "priorità tematiche, coinvolgimento degli attori, valutazione e monitoraggio.",
     "The dimension named with the change it made.", "La dimensione indicata con il cambiamento prodotto.",
     MECOG_STRATEGY),
    ("ME-1", "metrex", "Competence, capability, process", "Competenza, capacità, processo",
     "METREX's three tests of effective metropolitan planning: the ability to make effective, informed and "
     "accepted decisions.",
     "I tre test METREX della pianificazione metropolitana efficace: capacità di prendere decisioni efficaci, "
     "informate e condivise.",
     "Powers held, knowledge used, and the process that reached agreement.",
     "Poteri esercitati, conoscenze usate e processo che ha portato all'accordo.", METREX),
)
URL = re.compile(r"https?://\S+")


def level_class(text: str) -> str:
    """Return the level class of a governance_level text by its opening words."""
    for start, level in LEVEL_RULES:
        if text.startswith(start):
            return level
    raise ValueError(f"no level class for {text!r}")


def other_sources(notes: str) -> str:
    """Return the further URLs of a research note, ' ; '-separated, without trailing punctuation or cut-off ones."""
    # A URL the research cut off ("...") is no address: it stays in the note only.
    urls = [u for u in URL.findall(notes) if not u.rstrip(" .;,)").endswith("…") and "..." not in u]
    return " ; ".join(dict.fromkeys(u.rstrip(".,;)") for u in urls))


def build_practices(gp: pd.DataFrame) -> pd.DataFrame:
    """Build practices.csv: one row per research practice, theme and level coded, 'ongoing' in its own column."""
    rows = []
    for r in gp.itertuples():
        ongoing = r.year_end == "ongoing"
        rows.append({"practice_id": r.practice_id, "area_id": r.area_id, "title_en": r.title_en,
                     "title_local": r.title_local, "year_start": r.year_start,
                     "year_end": "" if ongoing else r.year_end, "ongoing": "yes" if ongoing else "no",
                     "theme": THEMES[r.theme], "governance_level": r.governance_level,
                     "level_class": level_class(r.governance_level), "description": r.description,
                     "evidence_of_results": r.evidence_of_results, "source_url": r.source_url,
                     "interreg_gp_url": r.interreg_gp_url, "other_sources": other_sources(r.notes),
                     "plan_id": PLAN_OF_PRACTICE.get(r.practice_id, ""), "note": r.notes})
    return pd.DataFrame(rows)


def build_criteria() -> pd.DataFrame:
    """Build criteria.csv from CRITERIA (texts paraphrase GOOD_PRACTICES.md section 1; Italian is ours)."""
    cols = ["criterion_id", "framework", "name_en", "name_it", "explanation_en", "explanation_it", "evidence_en",
            "evidence_it", "source_url"]
    out = pd.DataFrame(CRITERIA, columns=cols)
    out.insert(1, "sort_order", range(1, len(out) + 1))
    return out


def _ie2(pid: str) -> tuple[str, str, str]:
    if pid in IE2_STRONG:
        return ("yes", f"{GP_MD} lists it among the strongest candidates against IE-2",
                f"{GP_MD} la elenca tra le candidate più forti rispetto a IE-2")
    if pid in IE2_WEAK:
        return ("not_found", f"{GP_MD} lists it among the weakest: no documented results found",
                f"{GP_MD} la elenca tra le più deboli: nessun risultato documentato trovato")
    return ("partly", "adoption, outputs or participation documented; no measured outcome named by the research",
            "documentati adozione, realizzazioni o partecipazione; la ricerca non cita esiti misurati")


def build_screening(practices: pd.DataFrame, partner_areas: set[str]) -> pd.DataFrame:
    """Build screening.csv: each practice against IE-2, IE-4, IE-6, IE-7 by stated rules (project classification)."""
    rows = []
    for p in practices.itertuples():
        public = p.level_class in PUBLIC_LEVELS
        partner = p.area_id in partner_areas
        listed = bool(p.interreg_gp_url)
        checks = [
            ("IE-2", *_ie2(p.practice_id)),
            ("IE-4", "yes" if public else "partly",
             f"public body ({p.governance_level})" if public else f"not only public bodies ({p.governance_level})",
             # the research's level text stays English: marked as such in the Italian reason
             f"ente pubblico («{p.governance_level}» (EN))" if public
             else f"non solo enti pubblici («{p.governance_level}» (EN))"),
            ("IE-6", "yes" if partner else "no", f"located in the partner area {p.area_id}",
             f"si trova nell'area partner {p.area_id}"),
            ("IE-7", "yes" if listed else "not_found",
             "listed in an Interreg good-practice database" if listed else "no listing found by the research",
             "presente in una banca dati Interreg di buone pratiche" if listed
             else "la ricerca non ha trovato alcuna scheda"),
        ]
        rows += [{"practice_id": p.practice_id, "criterion_id": c, "result": res, "status": "classified",
                  "reason_en": en, "reason_it": it} for c, res, en, it in checks]
    return pd.DataFrame(rows)
