"""Strings of the Data & downloads page, the download buttons used on every page, and export file contents."""

# key -> (English, Italian)
STRINGS: dict[str, tuple[str, str]] = {
    # Navigation (kept here, not in common.py, so the page's strings live in one place)
    "nav.data": ("Data & downloads", "Dati e download"),
    # Data & downloads page
    "data.title": ("Data & downloads", "Dati e download"),
    "data.intro": (
        "Choose areas, indicators and years, check the rows below, then download them exactly as filtered. "
        "Every file carries the indicator definitions, units, sources, licence and the citation text. "
        "Areas are approximated by NUTS-3 regions; missing values stay missing, with a note saying why.",
        "Scegli aree, indicatori e anni, controlla le righe qui sotto, poi scaricale esattamente come filtrate. "
        "Ogni file contiene definizioni degli indicatori, unità, fonti, licenza e il testo per la citazione. "
        "Le aree sono approssimate da regioni NUTS-3; i valori mancanti restano mancanti, con una nota che ne "
        "spiega il motivo.",
    ),
    "data.filters_heading": ("Filter", "Filtro"),
    "data.areas": ("Areas", "Aree"),
    "data.bench": ("Benchmarks", "Riferimenti"),
    "data.bench.country": ("Countries of the chosen areas", "Paesi delle aree scelte"),
    "data.bench.eu": ("EU-27", "UE-27"),
    "data.indicators": ("Indicators", "Indicatori"),
    "data.years": ("Years", "Anni"),
    "data.components": (
        "Add the NUTS-3 regions of areas made of several (Warszawa, Bucureşti)",
        "Aggiungi le regioni NUTS-3 delle aree composte da più regioni (Varsavia, Bucarest)",
    ),
    "data.preview_heading": ("Rows", "Righe"),
    "data.rows": ("{n} rows", "{n} righe"),
    "data.no_rows": (
        "No values match this filter. Choose more areas, indicators or years.",
        "Nessun valore corrisponde a questo filtro. Scegli più aree, indicatori o anni.",
    ),
    "data.download_heading": ("Download", "Scarica"),
    "data.choose": ("Choose", "Scegli"),
    "data.download_help": (
        "CSV opens in Excel (UTF-8); XLSX has sheets data, metadata, columns and citation; Parquet keeps the "
        "column types; GeoJSON joins the values to the NUTS boundaries; the ZIP is a Frictionless data package.",
        "Il CSV si apre in Excel (UTF-8); l'XLSX ha i fogli data, metadata, columns e citation; il Parquet "
        "conserva i tipi delle colonne; il GeoJSON unisce i valori ai confini NUTS; lo ZIP è un pacchetto di dati "
        "Frictionless.",
    ),
    "data.cite_heading": ("How to cite this download", "Come citare questo download"),
    "data.notice.bad_param": (
        "Ignored {param}=“{value}” in the link (unknown or invalid); the filter below shows what is used.",
        "Ignorato {param}=“{value}” nel link (sconosciuto o non valido); il filtro sotto mostra cosa si usa.",
    ),
    # Download buttons (widgets.table_downloads / figure_downloads / export_downloads)
    "download.csv": ("CSV", "CSV"),
    "download.xlsx": ("Excel (XLSX)", "Excel (XLSX)"),
    "download.parquet": ("Parquet", "Parquet"),
    "download.geojson": ("GeoJSON", "GeoJSON"),
    "download.zip": ("Data package (ZIP)", "Pacchetto di dati (ZIP)"),
    "download.png": ("Image (PNG)", "Immagine (PNG)"),
    "download.svg": ("Image (SVG)", "Immagine (SVG)"),
    "download.help": ("Download {what} as {fmt}", "Scarica {what} in formato {fmt}"),
    "download.geojson_unavailable": (
        "GeoJSON is not available: the NUTS boundary files could not be found or downloaded on this server.",
        "GeoJSON non disponibile: i file dei confini NUTS non sono stati trovati né scaricati su questo server.",
    ),
    "download.images_unavailable": (
        "Image export is not available on this server (it needs Chromium).",
        "L'esportazione di immagini non è disponibile su questo server (richiede Chromium).",
    ),
    # Export contents: citation, README, licence
    "export.retrieved": (
        "Retrieved on {date} from the Metro Case governance dashboard. Filter: {filter}.",
        "Scaricato il {date} dal cruscotto sulla governance di Metro Case. Filtro: {filter}.",
    ),
    "export.filter": (
        "areas {areas}; benchmarks {bench}; indicators {indicators}; years {year_from}-{year_to}; "
        "NUTS-3 components {components}",
        "aree {areas}; riferimenti {bench}; indicatori {indicators}; anni {year_from}-{year_to}; "
        "componenti NUTS-3 {components}",
    ),
    "export.none": ("none", "nessuno"),
    "export.yes": ("yes", "sì"),
    "export.no": ("no", "no"),
    "export.licence": (
        "Indicator values: Eurostat, © European Union, 1995-today, licensed under the Creative Commons "
        "Attribution 4.0 International licence (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/). "
        "Values marked derived were computed by the Metro Case research from Eurostat data (see the note). "
        "Boundaries in GeoJSON files: © EuroGeographics for the administrative boundaries. "
        "Source: Eurostat, GISCO (NUTS 2021).",
        "Valori degli indicatori: Eurostat, © Unione europea, 1995-oggi, con licenza Creative Commons "
        "Attribuzione 4.0 Internazionale (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/). "
        "I valori derived sono stati calcolati dalla ricerca di Metro Case da dati Eurostat (vedi la nota). "
        "Confini nei file GeoJSON: © EuroGeographics per i confini amministrativi. "
        "Fonte: Eurostat, GISCO (NUTS 2021).",
    ),
    "export.caveat": (
        "Areas are approximated by NUTS-3 regions (Skopje = MK008; Barcelona ES511 is the province; "
        "Göteborg SE232 is all of Västra Götaland). Some series are NUTS-2 proxies: nuts_code says which "
        "territory each value was measured on. An empty value is missing, never zero.",
        "Le aree sono approssimate da regioni NUTS-3 (Skopje = MK008; Barcellona ES511 è la provincia; "
        "Göteborg SE232 è l'intera Västra Götaland). Alcune serie sono proxy NUTS-2: nuts_code indica su quale "
        "territorio è stato misurato ciascun valore. Un valore vuoto è mancante, mai zero.",
    ),
    "export.safety": (
        "Text cells that begin with =, +, -, @, a tab or a carriage return are prefixed with ' so that "
        "spreadsheet programs do not run them as formulas.",
        "Le celle di testo che iniziano con =, +, -, @, una tabulazione o un ritorno a capo sono precedute da ' "
        "perché i fogli di calcolo non le eseguano come formule.",
    ),
    "export.package_title": (
        "Metro Case governance dashboard: indicator values",
        "Cruscotto sulla governance di Metro Case: valori degli indicatori",
    ),
    "export.readme_files": (
        "Files: data/values.csv (one row per geography, indicator and year), data/indicators.csv (definitions, "
        "units, sources, licence), datapackage.json (Frictionless Data Package describing every column), "
        "CITATION.txt, LICENSE.txt.",
        "File: data/values.csv (una riga per territorio, indicatore e anno), data/indicators.csv (definizioni, "
        "unità, fonti, licenza), datapackage.json (Frictionless Data Package che descrive ogni colonna), "
        "CITATION.txt, LICENSE.txt.",
    ),
    "export.citation_heading": ("How to cite", "Come citare"),
    "export.licence_heading": ("Licence", "Licenza"),
    "export.columns_heading": ("Columns", "Colonne"),
    # Columns of the exported values (machine id -> label, description)
    "col.export.geo_kind": ("Kind", "Tipo"),
    "col.export.geo": ("Area or benchmark code", "Codice di area o riferimento"),
    "col.export.geo_name": ("Name", "Nome"),
    "col.export.nuts_code": ("NUTS code", "Codice NUTS"),
    "col.export.series": ("Series", "Serie"),
    "col.export.indicator_id": ("Indicator id", "Id indicatore"),
    "col.export.indicator_name": ("Indicator", "Indicatore"),
    "col.export.unit": ("Unit", "Unità"),
    "col.export.year": ("Year", "Anno"),
    "col.export.value": ("Value", "Valore"),
    "col.export.flag": ("Eurostat flag", "Flag Eurostat"),
    "col.export.status": ("Status", "Stato"),
    "col.export.source": ("Source", "Fonte"),
    "col.export.note": ("Note", "Nota"),
    "col.export.boundary": ("Boundary", "Confine"),
    "col.export.name": ("Indicator", "Indicatore"),
    "col.export.decimals": ("Decimals", "Decimali"),
    "col.export.definition": ("Definition", "Definizione"),
    "col.export.source_dataset": ("Producer dataset", "Dataset del produttore"),
    "col.export.source_url": ("Source address", "Indirizzo della fonte"),
    "col.export.licence": ("Licence", "Licenza"),
    "desc.export.geo_kind": (
        "area (a Metro Case partner area) or benchmark (a country, or the EU-27)",
        "area (un'area partner di Metro Case) o benchmark (un paese, o l'UE-27)",
    ),
    "desc.export.geo": (
        "Area id (e.g. genova) or benchmark code (ISO 3166 country code, or EU27_2020)",
        "Id dell'area (es. genova) o codice del riferimento (codice paese ISO 3166, o EU27_2020)",
    ),
    "desc.export.geo_name": (
        "Name of the area or benchmark", "Nome dell'area o del riferimento",
    ),
    "desc.export.nuts_code": (
        "NUTS 2021 code(s) of the territory the value was measured on; A+B = aggregate of NUTS-3 regions; "
        "a NUTS-2 code marks a proxy",
        "Codice/i NUTS 2021 del territorio su cui è misurato il valore; A+B = aggregato di regioni NUTS-3; "
        "un codice NUTS-2 indica un proxy",
    ),
    "series.headline": ("headline", "serie principale"),
    "series.component": ("NUTS-3 component", "componente NUTS-3"),
    "desc.export.series": (
        "headline = the area's series used by the dashboard; component = one NUTS-3 region of an area made of "
        "several",
        "headline = la serie dell'area usata dal cruscotto; component = una regione NUTS-3 di un'area composta "
        "da più regioni",
    ),
    "desc.export.indicator_id": ("Indicator id (see data/indicators.csv)", "Id dell'indicatore"),
    "desc.export.indicator_name": ("Indicator name", "Nome dell'indicatore"),
    "desc.export.unit": ("Unit of the value", "Unità del valore"),
    "desc.export.year": ("Reference year of the value", "Anno di riferimento del valore"),
    "desc.export.value": (
        "Value as published or derived, in unit; empty = missing (the note says why)",
        "Valore come pubblicato o calcolato, nell'unità indicata; vuoto = mancante (la nota spiega perché)",
    ),
    "desc.export.flag": (
        "Eurostat flag: b break in series, e estimated, p provisional (combined, e.g. ep); empty = none",
        "Flag Eurostat: b interruzione di serie, e stimato, p provvisorio (combinati, es. ep); vuoto = nessuno",
    ),
    "desc.export.status": (
        "observed (read from the source) or derived (computed by the research; the note says how)",
        "observed (letto dalla fonte) o derived (calcolato dalla ricerca; la nota spiega come)",
    ),
    "desc.export.source": (
        "Producer dataset, or how the value was derived", "Dataset del produttore, o come è stato calcolato il valore",
    ),
    "desc.export.note": ("Caveats and reasons for missing values", "Avvertenze e motivi dei valori mancanti"),
    "desc.export.boundary": (
        "NUTS regions whose outline is the feature's geometry (empty: no outline, e.g. EU-27)",
        "Regioni NUTS il cui contorno è la geometria (vuoto: nessun contorno, es. UE-27)",
    ),
    "desc.export.name": ("Indicator name", "Nome dell'indicatore"),
    "desc.export.decimals": ("Decimals to show", "Decimali da mostrare"),
    "desc.export.definition": ("Definition and caveats", "Definizione e avvertenze"),
    "desc.export.source_dataset": ("Producer dataset", "Dataset del produttore"),
    "desc.export.source_url": ("Where the dataset is published", "Dove è pubblicato il dataset"),
    "desc.export.licence": ("Licence of the values", "Licenza dei valori"),
}
