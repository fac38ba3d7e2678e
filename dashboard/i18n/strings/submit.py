"""Strings of the Submit data page and of About's version history."""

# key -> (English, Italian)
STRINGS: dict[str, tuple[str, str]] = {
    "nav.submit": ("Submit data", "Invia dati"),
    "submit.title": ("Submit data (partners)", "Invia dati (partner)"),
    "submit.intro": (
        "Partners can correct and extend their own area's indicator values. Download your area's template, fill "
        "it in (one row per indicator and year, with the source of each value), sign in with your partner key and "
        "upload it. You will see every problem found, or the changes, before you confirm. Your values are shown "
        "as submitted by the partner; earlier versions are kept and can be restored.",
        "I partner possono correggere e integrare i valori degli indicatori della propria area. Scaricate il "
        "modello della vostra area, compilatelo (una riga per indicatore e anno, con la fonte di ogni valore), "
        "accedete con la vostra chiave di partner e caricatelo. Vedrete ogni problema trovato, oppure le "
        "modifiche, prima di confermare. I vostri valori sono mostrati come inviati dal partner; le versioni "
        "precedenti sono conservate e possono essere ripristinate.",
    ),
    "submit.off": (
        "Submissions are off: this app serves a plain data folder. An administrator turns them on by serving a "
        "data root (`python -m dashboard versions --init-from data --data-dir ROOT`, then `METROCASE_DATA_DIR=ROOT`).",
        "Gli invii sono disattivati: l'app mostra una semplice cartella di dati. Un amministratore li attiva "
        "servendo una radice di dati (`python -m dashboard versions --init-from data --data-dir ROOT`, poi "
        "`METROCASE_DATA_DIR=ROOT`).",
    ),
    "submit.area": ("Your area", "La vostra area"),
    "submit.template_heading": ("1. Template", "1. Modello"),
    "submit.template_csv": ("Template (CSV)", "Modello (CSV)"),
    "submit.template_xlsx": ("Template (XLSX)", "Modello (XLSX)"),
    "submit.upload_heading": ("2. Sign in and upload", "2. Accesso e caricamento"),
    "submit.key": ("Partner key", "Chiave di partner"),
    "submit.file": (
        "Filled-in template (CSV or XLSX, at most 2 MB)", "Modello compilato (CSV o XLSX, al massimo 2 MB)",
    ),
    "submit.check": ("Check the file", "Controlla il file"),
    "submit.need_both": ("Enter your key and choose a file.", "Inserite la chiave e scegliete un file."),
    "submit.key_refused": (
        "This key does not open {area}. Nothing was changed.",
        "Questa chiave non apre {area}. Non è stato modificato nulla.",
    ),
    "submit.problems": (
        "The file was not accepted ({n} problems). Nothing was changed:",
        "Il file non è stato accettato ({n} problemi). Non è stato modificato nulla:",
    ),
    "submit.read_as": ("Read as: {how}", "Letto come: {how}"),
    "submit.preview_heading": ("3. Changes against version {base}", "3. Modifiche rispetto alla versione {base}"),
    "submit.counts": (
        "{file}: {added} added, {changed} changed, {removed} removed",
        "{file}: {added} aggiunte, {changed} modificate, {removed} rimosse",
    ),
    "submit.confirm": ("Confirm: publish as a new version", "Conferma: pubblica come nuova versione"),
    "submit.accepted": (
        "Accepted: version {version} is now shown.",
        "Accettato: ora è mostrata la versione {version}.",
    ),
    "submit.refused": (
        "Not accepted: {reason}. Nothing was changed.", "Non accettato: {reason}. Non è stato modificato nulla.",
    ),
    "versions.heading": ("Version history", "Cronologia delle versioni"),
    "versions.caption": (
        "Every change of the data is a new version (partner submissions, refreshes, rollbacks); earlier versions "
        "are kept whole. Values submitted by a partner name the partner in their source.",
        "Ogni modifica dei dati è una nuova versione (invii dei partner, aggiornamenti, ripristini); le versioni "
        "precedenti sono conservate intere. I valori inviati da un partner citano il partner nella loro fonte.",
    ),
    "versions.none": (
        "This app serves a plain data folder, without versions.",
        "Questa app mostra una semplice cartella di dati, senza versioni.",
    ),
    "versions.col.version": ("Version", "Versione"),
    "versions.col.when": ("When (UTC)", "Quando (UTC)"),
    "versions.col.kind": ("Kind", "Tipo"),
    "versions.col.who": ("Who", "Chi"),
    "versions.col.what": ("What", "Cosa"),
    "versions.col.added": ("Rows added", "Righe aggiunte"),
    "versions.col.changed": ("Rows changed", "Righe modificate"),
    "versions.col.removed": ("Rows removed", "Righe rimosse"),
    "versions.col.sha256": ("File SHA-256", "SHA-256 del file"),
    "versions.kind.init": ("first version", "prima versione"),
    "versions.kind.update": ("update", "aggiornamento"),
    "versions.kind.submit": ("partner submission", "invio di un partner"),
    "versions.kind.refresh": ("Eurostat refresh", "aggiornamento Eurostat"),
    "versions.kind.rollback": ("rollback", "ripristino"),
}
