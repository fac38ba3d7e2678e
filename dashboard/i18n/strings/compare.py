"""Strings of the Compare indicators page: controls, notices, figure captions, map notes."""

# key -> (English, Italian)
STRINGS: dict[str, tuple[str, str]] = {
    "nav.compare": ("Compare indicators", "Confronta indicatori"),
    "compare.title": ("Compare indicators", "Confronta indicatori"),
    "compare.intro": (
        "Pick an indicator, the areas and the years. Every figure names its source, unit and years; missing "
        "values stay missing. The link in the address bar reproduces exactly this view.",
        "Scegli un indicatore, le aree e gli anni. Ogni figura indica fonte, unità e anni; i valori mancanti "
        "restano mancanti. Il link nella barra degli indirizzi riproduce esattamente questa vista.",
    ),
    # Controls
    "compare.indicator": ("Indicator", "Indicatore"),
    "compare.areas": ("Areas", "Aree"),
    "compare.chart": ("Chart", "Grafico"),
    "compare.chart.bar": ("Ranking (one year)", "Classifica (un anno)"),
    "compare.chart.line": ("Lines over time", "Linee nel tempo"),
    "compare.chart.multiples": ("Small multiples", "Piccoli multipli"),
    "compare.chart.scatter": ("Scatter of two indicators", "Dispersione di due indicatori"),
    "compare.x": ("Second indicator (x axis)", "Secondo indicatore (asse x)"),
    "compare.bench": ("Benchmarks", "Riferimenti"),
    "compare.bench.partners": ("Partner average", "Media dei partner"),
    "compare.bench.country": ("Each area's country", "Paese di ciascuna area"),
    "compare.bench.eu": ("EU-27", "UE-27"),
    "compare.norm": ("Values", "Valori"),
    "compare.norm.none": ("As published", "Come pubblicati"),
    "compare.norm.index": ("Index (first year = 100)", "Indice (primo anno = 100)"),
    "compare.norm.per_capita": ("Per capita", "Pro capite"),
    "compare.colour": ("Colour by", "Colora per"),
    "compare.colour.area": ("Area", "Area"),
    "compare.colour.body_type": ("Body type (project classification)", "Tipo di ente (classificazione del progetto)"),
    "compare.year": ("Year", "Anno"),
    "compare.from": ("From", "Dal"),
    "compare.to": ("To", "Al"),
    "compare.year_auto": ("Chosen from the data", "Scelto dai dati"),
    "compare.tab.chart": ("Chart", "Grafico"),
    "compare.tab.map": ("Map", "Mappa"),
    "compare.tab.table": ("Table", "Tabella"),
    "compare.definition": ("Definition: {text}", "Definizione: {text}"),
    "compare.link": (
        "Link to this view (copy it with the button on the right):",
        "Link a questa vista (copialo con il pulsante a destra):",
    ),
    "compare.options": ("Options", "Opzioni"),
    "compare.highlight_none": ("None: every area in its colour", "Nessuna: ogni area nel suo colore"),
    "compare.details": ("Definition, notes and territories", "Definizione, note e territori"),
    # Themes of the indicator catalogue
    "theme.demography": ("Demography", "Demografia"),
    "theme.economy": ("Economy", "Economia"),
    "theme.labour_education": ("Labour and education", "Lavoro e istruzione"),
    "theme.territory": ("Territory", "Territorio"),
    # Benchmark series
    "series.partners": ("Partner average", "Media dei partner"),
    "series.eu": ("EU-27", "UE-27"),
    "series.country": ("{country} (country)", "{country} (paese)"),
    "series.benchmark": ("benchmark", "riferimento"),
    # Notices (a link's parameter not used as given; rendering fallbacks)
    "compare.notice.bad_value": (
        "The link's value “{value}” for “{param}” is not valid; the default is used instead.",
        "Il valore “{value}” del link per “{param}” non è valido; si usa quello predefinito.",
    ),
    "compare.notice.unknown_param": (
        "Ignored unknown link parameter(s): {value}.",
        "Parametri del link sconosciuti ignorati: {value}.",
    ),
    "compare.notice.per_capita_unavailable": (
        "Per capita values are offered only for totals (GDP in million EUR, employment); for this indicator "
        "values are shown as published.",
        "I valori pro capite sono disponibili solo per i totali (PIL in milioni di euro, occupati); per questo "
        "indicatore i valori sono mostrati come pubblicati.",
    ),
    "compare.notice.same_indicator": (
        "The scatter needs two different indicators; the default second indicator is used.",
        "La dispersione richiede due indicatori diversi; si usa il secondo indicatore predefinito.",
    ),
    "compare.notice.year_unavailable": (
        "No area has data for {param} = {value}; the years are chosen from the data instead.",
        "Nessuna area ha dati per {param} = {value}; gli anni sono scelti dai dati.",
    ),
    "compare.notice.from_after_to": (
        "The link's year range ({value}) is reversed; all years are shown.",
        "L'intervallo di anni del link ({value}) è invertito; si mostrano tutti gli anni.",
    ),
    "compare.notice.no_boundaries": (
        "Region boundaries are not available (no copy on this machine and no network): the map shows "
        "proportional symbols at the core cities instead of the NUTS-3 regions.",
        "I confini delle regioni non sono disponibili (nessuna copia su questa macchina e nessuna rete): la mappa "
        "mostra simboli proporzionali nelle città capoluogo invece delle regioni NUTS-3.",
    ),
    "compare.notice.scatter_norm": (
        "The scatter shows both indicators as published; normalisation does not apply to it.",
        "La dispersione mostra entrambi gli indicatori come pubblicati; la normalizzazione non si applica.",
    ),
    "compare.notice.map_body_type": (
        "The map colours regions by value; the body type is given in each region's hover text.",
        "La mappa colora le regioni per valore; il tipo di ente è indicato nel testo al passaggio del mouse.",
    ),
    "compare.notice.no_year_data": (
        "No selected area has a value in {year}.",
        "Nessuna area selezionata ha un valore nel {year}.",
    ),
    # Captions (every figure: source, unit, years, what is missing)
    "caption.source": ("Source: {sources} ({licence}).", "Fonte: {sources} ({licence})."),
    "caption.unit": ("Unit: {unit}.", "Unità: {unit}."),
    "caption.years": ("Years: {first}–{last}.", "Anni: {first}–{last}."),
    "caption.year": ("Year: {year}.", "Anno: {year}."),
    "caption.year_auto": (
        "Year: {year} (the latest year in which the most selected areas have a value).",
        "Anno: {year} (l'anno più recente in cui il maggior numero di aree selezionate ha un valore).",
    ),
    "caption.no_year": (
        "Year: none (no selected area has a value).",
        "Anno: nessuno (nessuna area selezionata ha un valore).",
    ),
    "caption.missing": ("Missing: {items}.", "Mancanti: {items}."),
    "caption.missing_none": ("Nothing is missing in the years shown.", "Nessun valore manca negli anni mostrati."),
    "caption.missing.no_row": ("no value in the data set", "nessun valore nel set di dati"),
    "caption.missing.no_base": ("no value in the base year", "nessun valore nell'anno base"),
    "caption.missing.no_population": ("no population for that year", "popolazione mancante per quell'anno"),
    "caption.missing.incomplete": (
        "not every selected area has a value",
        "non tutte le aree selezionate hanno un valore",
    ),
    "caption.missing.one_area": ("needs two or more areas", "servono due o più aree"),
    "caption.flags": ("Eurostat flags: {items} (marked ◆ / ■ on the points, hatched on bars, listed in the hover).",
                      "Flag Eurostat: {items} (indicati con ◆ / ■ sui punti, a tratteggio sulle barre e nel testo al "
                      "passaggio del mouse)."),
    "flag.b": ("b = break in time series", "b = interruzione della serie"),
    "flag.e": ("e = estimated", "e = stimato"),
    "flag.p": ("p = provisional", "p = provvisorio"),
    "caption.breaks": ("Census breaks: {items}.", "Interruzioni censuarie: {items}."),
    "caption.release_break": ("{items}.", "{items}."),
    "caption.index": (
        "Index derived by the dashboard: value ÷ value in {base} × 100 ({base} = 100, the first year of the range "
        "in which every selected area has a value).",
        "Indice calcolato dal cruscotto: valore ÷ valore del {base} × 100 ({base} = 100, il primo anno "
        "dell'intervallo in cui tutte le aree selezionate hanno un valore).",
    ),
    "caption.per_capita": (
        "Per capita, derived by the dashboard: value × {factor} ÷ population on 1 January of the same region and "
        "year (Eurostat demo_r_pjanaggr3). Unit: {unit}.",
        "Pro capite, calcolato dal cruscotto: valore × {factor} ÷ popolazione al 1° gennaio della stessa regione "
        "e anno (Eurostat demo_r_pjanaggr3). Unità: {unit}.",
    ),
    "unit.index": ("index, {base} = 100", "indice, {base} = 100"),
    "caption.partner_values": (
        "Submitted by partners, not read from Eurostat: {items}. Each value names the partner's own source; the "
        "dashboard checked its form, not its content.",
        "Inviati dai partner, non letti da Eurostat: {items}. Ogni valore indica la fonte del partner; la dashboard "
        "ne ha controllato la forma, non il contenuto.",
    ),
    "caption.partners": (
        "Partner average: unweighted mean of the selected areas, drawn only in years where every selected area has "
        "a value (derived by the dashboard).",
        "Media dei partner: media non ponderata delle aree selezionate, tracciata solo negli anni in cui tutte le "
        "aree selezionate hanno un valore (calcolata dal cruscotto).",
    ),
    "caption.totals": (
        "Country and EU-27 totals are far larger than the areas' values; choose the index to compare growth.",
        "I totali di paesi e UE-27 sono molto maggiori dei valori delle aree; scegli l'indice per confrontare "
        "la crescita.",
    ),
    "caption.body_type": (
        "Colour: body type, the project's own classification (OECD typology), not a statistical source.",
        "Colore: tipo di ente, classificazione del progetto (tipologia OCSE), non una fonte statistica.",
    ),
    "caption.scatter": (
        "One point per area; y: {y}; x: {x}.",
        "Un punto per area; y: {y}; x: {x}.",
    ),
    "caption.nuts": (
        "Areas are approximated by NUTS-3 regions: {items}.",
        "Le aree sono approssimate da regioni NUTS-3: {items}.",
    ),
    "caption.territories": (
        "Each area's territory (notes of the research, in English): {items}",
        "Il territorio di ciascuna area (note della ricerca, in inglese): {items}",
    ),
    "caption.proxy.first": (
        "Values for {area} are for {code} ({level})", "I valori di {area} sono di {code} ({level})",
    ),
    "caption.proxy.next": ("for {area} for {code} ({level})", "di {area} di {code} ({level})"),
    "caption.proxy.larger": (
        "{items}: a larger territory than the area (a proxy, not its NUTS-3 regions).",
        "{items}: un territorio più ampio dell'area (un proxy, non le sue regioni NUTS-3).",
    ),
    "caption.proxy.same": (
        "{items}: the NUTS-2 region made of exactly the area's NUTS-3 regions, so the same territory.",
        "{items}: la regione NUTS-2 formata esattamente dalle regioni NUTS-3 dell'area, quindi lo stesso territorio.",
    ),
    "caption.proxy.other": (
        "{items}: not the area's NUTS-3 regions (a proxy).",
        "{items}: non le regioni NUTS-3 dell'area (un proxy).",
    ),
    "region.country": ("the whole country", "l'intero paese"),
    "region.nuts1": ("NUTS-1 region", "regione NUTS-1"),
    "region.nuts2": ("NUTS-2 region", "regione NUTS-2"),
    "region.nuts3": ("NUTS-3 region", "regione NUTS-3"),
    # Figures
    "fig.no_data": ("n/a", "n.d."),
    "fig.flag": ("flag", "flag"),
    "fig.source": ("source", "fonte"),
    "fig.of_areas": ("mean of {n} areas", "media di {n} aree"),
    "fig.body_type": ("body type (project classification)", "tipo di ente (classificazione del progetto)"),
    "fig.nuts": ("NUTS {code}", "NUTS {code}"),
    "fig.proxy.larger": (
        "proxy: value for {code} ({level}), larger than the area",
        "proxy: valore di {code} ({level}), più ampio dell'area",
    ),
    "fig.proxy.same": (
        "proxy: value for {code} ({level}), the same territory as the area's NUTS-3 regions",
        "proxy: valore di {code} ({level}), lo stesso territorio delle regioni NUTS-3 dell'area",
    ),
    "fig.proxy.other": (
        "proxy: value for {code} ({level}), not the area's NUTS-3 regions",
        "proxy: valore di {code} ({level}), non le regioni NUTS-3 dell'area",
    ),
    "body_type.unclassified": ("Not classified", "Non classificato"),
    "map.attribution": (
        "© EuroGeographics for the administrative boundaries. Source: Eurostat, GISCO (NUTS 2021).",
        "© EuroGeographics per i confini amministrativi. Fonte: Eurostat, GISCO (NUTS 2021).",
    ),
    "map.note": (
        "The map draws each area as its NUTS-3 region(s); an area made of several regions (Warszawa, București) "
        "shows its one value on each of them.",
        "La mappa disegna ogni area come la sua regione NUTS-3 (o le sue regioni); un'area composta da più regioni "
        "(Varsavia, Bucarest) mostra il suo unico valore su ciascuna di esse.",
    ),
    "compare.highlight": ("Highlight (the other areas in grey)", "Evidenzia (le altre aree in grigio)"),
    "map.no_coordinates": (
        "Not drawn (no core-city coordinates in the data): {names}.",
        "Non disegnate (coordinate della città capoluogo assenti nei dati): {names}.",
    ),
    "map.fallback": (
        "Symbols at the core cities, area proportional to the value (boundaries unavailable).",
        "Simboli nelle città capoluogo, area proporzionale al valore (confini non disponibili).",
    ),
    "map.no_data": ("no data in {year}", "nessun dato nel {year}"),
    "map.proxy": ("Value for another NUTS region (proxy)", "Valore di un'altra regione NUTS (proxy)"),
    "map.proxy_note": (
        "Regions outlined in black show a value measured on another territory (a NUTS-2 region or the country; "
        "see above); the region's code is in the hover.",
        "Le regioni bordate di nero mostrano un valore misurato su un altro territorio (una regione NUTS-2 o il "
        "paese; vedi sopra); il codice della regione è nel testo al passaggio del mouse.",
    ),
    # Table columns
    "col.series": ("Area or benchmark", "Area o riferimento"),
    "col.geo": ("Geo code", "Codice geo"),
    "col.nuts": ("NUTS code", "Codice NUTS"),
    "col.year": ("Year", "Anno"),
    "col.value": ("Value shown", "Valore mostrato"),
    "col.raw_value": ("Value as published", "Valore pubblicato"),
    "col.flag": ("Flag", "Flag"),
    "col.status": ("Status", "Stato"),
    "col.source": ("Source", "Fonte"),
    "col.note": ("Note", "Nota"),
    "col.missing": ("Why missing", "Perché manca"),
    "col.flag_meaning": ("Producer flag", "Flag del produttore"),
    "table.source_language": (
        "Sources and notes are shown as written; text marked (EN) exists only in English.",
        "Fonti e note sono mostrate come scritte; il testo segnato (EN) esiste solo in inglese.",
    ),
}
