"""Strings of the Live assessment page: opening a round, scoring on a phone, the presenter's live results."""

# key -> (English, Italian)
STRINGS: dict[str, tuple[str, str]] = {
    "nav.assess": ("Live assessment", "Valutazione dal vivo"),
    "assess.title": ("Live assessment", "Valutazione dal vivo"),
    "assess.intro": (
        "At a seminar the facilitator opens a round (the practices on the table, the criteria, a scale); "
        "participants score on their phones from the round's link or QR code; the presenter's view shows the "
        "results as they come in. Every score is stored as it is sent.",
        "Durante un seminario il facilitatore apre una sessione (le pratiche in discussione, i criteri, una "
        "scala); i partecipanti assegnano i punteggi dal telefono con il link o il codice QR della sessione; la "
        "vista del presentatore mostra i risultati man mano che arrivano. Ogni punteggio è salvato appena inviato.",
    ),
    "assess.open_heading": ("Open a round", "Apri una sessione"),
    "assess.rounds_heading": ("Rounds", "Sessioni"),
    "assess.no_rounds": ("No round yet.", "Ancora nessuna sessione."),
    "assess.field.name": ("Name of the round", "Nome della sessione"),
    "assess.field.date": ("Date", "Data"),
    "assess.field.practices": ("Practices on the table", "Pratiche in discussione"),
    "assess.field.criteria": ("Criteria", "Criteri"),
    "assess.field.scale": ("Scale: from 0 to", "Scala: da 0 a"),
    "assess.pick": ("Choose…", "Scegli…"),
    "assess.open_button": ("Open the round", "Apri la sessione"),
    "assess.refused": ("Not stored: {reason}", "Non salvato: {reason}"),
    "assess.refused_entry": ("Not stored (score {entry}): {reason}", "Non salvato (punteggio {entry}): {reason}"),
    "assess.no_round": ("There is no round {value}.", "Non esiste la sessione {value}."),
    "assess.back": ("All rounds", "Tutte le sessioni"),
    "assess.round_caption": ("{date} · scale {low}–{high} · {status}", "{date} · scala {low}–{high} · {status}"),
    "assess.status.open": ("open", "aperta"),
    "assess.status.closed": ("closed", "chiusa"),
    "assess.closed": ("This round is closed: it takes no more scores.",
                      "Questa sessione è chiusa: non accetta altri punteggi."),
    "assess.your_name": ("Your name (optional; leave empty to score anonymously)",
                         "Il tuo nome (facoltativo; lascia vuoto per votare in forma anonima)"),
    "assess.no_score": ("–", "–"),
    "assess.comment": ("Comment (optional)", "Commento (facoltativo)"),
    "assess.send": ("Send my scores for this practice", "Invia i miei punteggi per questa pratica"),
    "assess.nothing_chosen": ("Choose at least one score first.", "Scegli prima almeno un punteggio."),
    "assess.stored": ("Stored: {n} scores. Thank you!", "Salvati {n} punteggi. Grazie!"),
    "assess.participant_link": ("Participants' link", "Link per i partecipanti"),
    "assess.presenter_link": ("Presenter view", "Vista del presentatore"),
    "assess.scoring_link": ("Scoring page", "Pagina dei punteggi"),
    "assess.facilitator_link": (
        "Facilitator's link (keep it: it alone can close the round)",
        "Link del facilitatore (conservalo: solo con questo si chiude la sessione)",
    ),
    "assess.qr_caption": ("Scan to score on your phone", "Inquadra per votare dal telefono"),
    "assess.results_heading": ("Results so far", "Risultati finora"),
    "assess.results_caption": (
        "{n} scores from {people} browsers. Mean and 95% interval of each practice over every criterion "
        "(Student t, clipped to the scale; with one score the interval is the whole scale). Possible ranks: the "
        "best and worst rank the intervals allow. Scores of this round's participants, not an evaluation of "
        "the practice.",
        "{n} punteggi da {people} browser. Media e intervallo al 95% di ogni pratica su tutti i criteri (t di "
        "Student, limitato alla scala; con un solo punteggio l'intervallo è l'intera scala). Posizioni possibili: "
        "la migliore e la peggiore compatibili con gli intervalli. Punteggi dei partecipanti alla sessione, "
        "non una valutazione della pratica.",
    ),
    "assess.no_scores": ("No score yet.", "Ancora nessun punteggio."),
    "assess.fig.title": ("Ranking (mean score, 95% interval)", "Classifica (punteggio medio, intervallo al 95%)"),
    "assess.fig.x": ("Mean score", "Punteggio medio"),
    "assess.fig.hover": ("n = {n}; ranks {best}–{worst}", "n = {n}; posizioni {best}–{worst}"),
    "assess.cells_heading": ("By criterion", "Per criterio"),
    "assess.col.practice": ("Practice", "Pratica"),
    "assess.col.criterion": ("Criterion", "Criterio"),
    "assess.col.n": ("n", "n"),
    "assess.col.mean": ("Mean", "Media"),
    "assess.col.sd": ("Spread (sd)", "Dispersione (dev. st.)"),
    "assess.col.rank": ("Rank", "Posizione"),
    "assess.col.ranks": ("Possible ranks", "Posizioni possibili"),
    "assess.comments": ("Comments ({n})", "Commenti ({n})"),
    "assess.shortlist": (
        "Shortlist in the fields of a good-practice entry (title ≤ 100 characters, location, summary, resources "
        "needed, evidence of success, potential for transfer, sources; empty where the sources read say nothing)",
        "Selezione nei campi di una scheda di buona pratica (titolo ≤ 100 caratteri, luogo, sintesi, risorse "
        "necessarie, prove di successo, potenziale di trasferimento, fonti; vuoti dove le fonti lette non dicono "
        "nulla)",
    ),
    "assess.shortlist_md": ("Shortlist (Markdown)", "Selezione (Markdown)"),
    "assess.close": ("Close the round", "Chiudi la sessione"),
    "assess.close_needs_key": (
        "Only the facilitator's link can close this round.",
        "Solo il link del facilitatore può chiudere questa sessione.",
    ),
    "assess.unknown_catalogue": (
        "Not in the catalogue of this data folder: {value}",
        "Non presenti nel catalogo di questa cartella dati: {value}",
    ),
}
