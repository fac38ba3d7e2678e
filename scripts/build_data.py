"""Build the embedded data set of the Metro Case governance dashboard from the shared research files."""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # this checkout's package, not another one installed in the environment
from dashboard.updates.derive import DERIVED_HERE, derive_rows, join, rules_from_tables, union_flags  # noqa: E402

EUROSTAT = ["demo_r_pjanaggr3", "reg_area3", "nama_10r_3gdp", "demo_r_gind3", "nama_10r_3empers",
            "edat_lfse_04", "tour_occ_nin2"]
# indicators_more.csv rows left out: the vehicle code TOT_X_TM is not confirmed (research/INDICATORS_MORE.md).
LEFT_OUT = {"vehicle_stock_tot_x_tm_nr"}
BENCH = ["IT", "ES", "PL", "RO", "SE", "MK", "AL", "EU27_2020"]
CENSUS_BREAK = "not comparable with earlier years (census break)"
ATTRS = ["body_name_local", "body_name_en", "body_type", "legal_basis", "year_established",
         "n_member_municipalities", "population", "area_km2", "core_city_population", "leadership_mode",
         "competences", "budget_eur", "nuts3_codes", "website"]
TIME_VARYING = {"population", "core_city_population", "area_km2", "n_member_municipalities", "budget_eur",
                "leadership_mode", "website", "competences"}
UNITS = {"population": "persons", "core_city_population": "persons", "area_km2": "km2", "budget_eur": "EUR",
         "n_member_municipalities": "municipalities", "year_established": "year"}
BODY_TYPE = {"special-status metropolitan city": "special_status_city", "special-status city":
             "special_status_city", "informal/soft coordination": "soft_coordination",
             "inter-municipal authority": "inter_municipal", "supra-municipal authority": "supra_municipal",
             "n/a": "no_metropolitan_body"}
LEADERSHIP = {"directly elected": "directly_elected", "indirectly elected": "indirectly_elected",
              "appointed": "appointed"}

# area_id, core city, NUTS-3 codes, headline indicator geo, note on the NUTS-3 approximation
AREAS = [
    ("genova", "Genoa", "ITC33", "ITC33", "ITC33 is the Città metropolitana di Genova (former province)."),
    ("torino", "Turin", "ITC11", "ITC11", "ITC11 is the Città metropolitana di Torino (former province),"
     " broader than the functional urban area."),
    ("warszawa", "Warsaw", "PL911;PL912;PL913", "PL911+PL912+PL913", "PL911+PL912+PL913 = NUTS-2 PL91"
     " Warszawski stołeczny, the territory named in the SMW statute; larger than the 10-county"
     " metropolitan area (about 6,100 km2) and than the 517 km2 city."),
    ("bucuresti", "Bucharest", "RO321;RO322", "RO321+RO322", "RO321 (Bucharest city, about 240 km2) +"
     " RO322 (Ilfov) = NUTS-2 RO32 Bucharest-Ilfov, the territory of the ADIZMB member authorities."),
    ("barcelona", "Barcelona", "ES511", "ES511", "ES511 is the province of Barcelona, much larger than the"
     " 36 AMB municipalities (636 km2)."),
    ("skopje", "Skopje", "MK008", "MK008", "MK008 Skopski (Skopje statistical region), not MK004; larger"
     " than the City of Skopje (571.46 km2, 10 municipalities)."),
    ("goteborg", "Gothenburg", "SE232", "SE232", "SE232 is the whole of Västra Götalands län, much larger"
     " than the 13-municipality Göteborg Region; member Kungsbacka lies in SE231 (Hallands län)."),
    ("tirana", "Tirana", "AL022", "AL022", "AL022 is the Tiranë qark (county), larger than Bashkia Tiranë"
     " (1,110.03 km2)."),
]
# Display data per area: name_it, short name EN/IT (the one used in every figure), core city IT, colour (Okabe & Ito
# 2008 "Color Universal Design" palette, colour-blind safe, one hue per area), the NUTS-2 region with exactly the
# area's NUTS-3 territory (NUTS 2021) where one exists.
AREA_DISPLAY = {
    "genova": ("Città metropolitana di Genova", "Genova", "Genova", "Genova", "#0072B2", ""),
    "torino": ("Città metropolitana di Torino", "Torino", "Torino", "Torino", "#E69F00", ""),
    "warszawa": ("Area metropolitana di Varsavia", "Warszawa", "Varsavia", "Varsavia", "#009E73", "PL91"),
    "bucuresti": ("Area metropolitana di Bucarest-Ilfov", "București", "Bucarest", "Bucarest", "#CC79A7", "RO32"),
    "barcelona": ("Area metropolitana di Barcellona", "Barcelona", "Barcellona", "Barcellona", "#D55E00", ""),
    "skopje": ("Città di Skopje", "Skopje", "Skopje", "Skopje", "#56B4E9", ""),
    "goteborg": ("Regione di Göteborg", "Göteborg", "Göteborg", "Göteborg", "#000000", ""),
    "tirana": ("Comune di Tirana", "Tirana", "Tirana", "Tirana", "#F0E442", ""),
}
IT_LIST = "https://it.wikipedia.org/wiki/Citt%C3%A0_metropolitane_d%27Italia"
# Comparison sets: set_id, name EN/IT, default indicator, default benchmarks of Compare, source of the membership.
SETS = [("metro_case", "Metro Case (Interreg Europe, 2025–2029)", "Metro Case (Interreg Europe, 2025–2029)",
         "population_jan1", "", "https://www.interregeurope.eu/metro-case"),
        ("italy_14", "Italy's 14 metropolitan cities", "Le 14 città metropolitane italiane", "population_jan1",
         "country", IT_LIST)]
# The 12 other Italian metropolitan cities (research/italy_nuts3.csv gives area_id -> NUTS-3): name EN, name IT (the
# legal name, also the local one), core city EN. Short names are the Italian city names in both languages.
# Colours: Paul Tol's "muted" scheme (9 colour-blind-distinct hues) plus black, Tol's vibrant magenta and light pear,
# none of them Torino's orange or Genova's blue, which keep their Metro Case colours in this set too.
ITALY = {
    "it_milano": ("Metropolitan City of Milan", "Città metropolitana di Milano", "Milan", "#332288"),
    "it_venezia": ("Metropolitan City of Venice", "Città metropolitana di Venezia", "Venice", "#88CCEE"),
    "it_bologna": ("Metropolitan City of Bologna", "Città metropolitana di Bologna", "Bologna", "#44AA99"),
    "it_firenze": ("Metropolitan City of Florence", "Città metropolitana di Firenze", "Florence", "#117733"),
    "it_roma": ("Metropolitan City of Rome Capital", "Città metropolitana di Roma Capitale", "Rome", "#999933"),
    "it_napoli": ("Metropolitan City of Naples", "Città metropolitana di Napoli", "Naples", "#DDCC77"),
    "it_bari": ("Metropolitan City of Bari", "Città metropolitana di Bari", "Bari", "#CC6677"),
    "it_reggio_calabria": ("Metropolitan City of Reggio Calabria", "Città metropolitana di Reggio Calabria",
                           "Reggio Calabria", "#882255"),
    "it_palermo": ("Metropolitan City of Palermo", "Città metropolitana di Palermo", "Palermo", "#AA4499"),
    "it_messina": ("Metropolitan City of Messina", "Città metropolitana di Messina", "Messina", "#000000"),
    "it_catania": ("Metropolitan City of Catania", "Città metropolitana di Catania", "Catania", "#EE3377"),
    "it_cagliari": ("Metropolitan City of Cagliari", "Città metropolitana di Cagliari", "Cagliari", "#BBCC33"),
}
# Strategic-plan status of the 12 (research/italy_metro_cities.csv, column cm): the project's status_class of the
# research's psm_status text. Approved with no stated end -> in_force; a plan whose stated period is over -> ended;
# no approval found, or approved with no date -> unclear.
ITALY_PLANS = {
    "it_milano": ("Milano", "in_force"), "it_venezia": ("Venezia", "ended"), "it_bologna": ("Bologna", "in_force"),
    "it_firenze": ("Firenze", "unclear"), "it_roma": ("Roma Capitale", "unclear"), "it_napoli": ("Napoli", "ended"),
    "it_bari": ("Bari", "in_force"), "it_reggio_calabria": ("Reggio Calabria", "unclear"),
    "it_palermo": ("Palermo", "unclear"), "it_messina": ("Messina", "unclear"),
    "it_catania": ("Catania", "in_preparation"), "it_cagliari": ("Cagliari", "in_force"),
}
# research/project.md names the project page without a SOURCES.md entry: its title is taken from there.
EXTRA_TITLES = {
    "https://www.interregeurope.eu/metro-case": "Interreg Europe: Metro Case project page",
    # First sources of partners.csv / project_events.csv rows without a SOURCES.md entry: titles from those rows' notes.
    "https://agenparl.eu/2025/06/11/comunicato-da-citta-metropolitana-di-genova-genova-ospita-il-lancio-del-progetto-"
    "europeo-metro-case-aiutiamo-le-aree-metropolitane-a-pianificare-meglio-insieme":
        "Agenparl: press release of Città Metropolitana di Genova on the Metro Case launch (11 June 2025)",
    "https://www.dist.polito.it/news/(idnews)/28287/(cal_mese)/00-04-2022":
        "DIST, Politecnico di Torino: news on the Metro Case Community of Practice seminar (11 February 2026)",
    "https://www.cittametropolitana.genova.it/it/news/webnews/metro-case-göteborg-nuove-idee-strumenti-i-comuni-della-"
    "città-metropolitana-genova":
        "Città Metropolitana di Genova: news on the Metro Case meeting in Göteborg (November 2025)",
    "https://www.cittametropolitana.genova.it/it/node/25902":
        "Città Metropolitana di Genova: news on the METREX conference in Gipuzkoa (November 2025)",
}
PARTNER_ROLES = {"lead_partner", "partner", "associated_policy_authority"}
_TIRANA_OPENDATA = ("https://opendata.tirana.al/?q=story/nj%C3%ABsit%C3%AB-administrative-t%C3%AB-bashkis%C3%AB-tiran%C3%AB"
                    "-0")
# research/project.md "better sources": (area, attribute) -> (row number there, the better page, title, note). Each
# confirms the value, so it replaces the weak source; the weak one stays named in the note. Every address must occur
# in project.md (checked), and the title says what the page is.
BETTER_SOURCES = {
    ("tirana", "body_name_local"): (
        1, _TIRANA_OPENDATA, "Municipality of Tirana open-data portal: the administrative units of the municipality",
        "the municipality's own portal confirms the name"),
    ("tirana", "body_type"): (2, _TIRANA_OPENDATA, "",
                              "the municipality's own portal confirms a bashkia of administrative units; no page "
                              "describes a separate metropolitan body"),
    ("tirana", "year_established"): (
        3, "https://vlora.gov.al/ligj-nr-1152014-per-ndarjen-administrativo-territoriale-te-njesive-te-qeverisjes-"
           "vendore-ne-republiken-e-shqiperise/",
        "Law 115/2014 on the administrative-territorial division of local government units (text on vlora.gov.al)",
        "the law of 2014 took effect with the 2015 local elections (art. 3)"),
    ("torino", "leadership_mode"): (
        4, "http://www.torinometropoli.it/istituzionale/organi.shtml",
        "Città metropolitana di Torino: the organs (metropolitan mayor, council, conference)",
        "the official CM Torino page confirms it: the metropolitan mayor is by law the mayor of Turin, the council is "
        "chosen in a second-degree election"),
    ("genova", "leadership_mode"): (5, "https://www.cittametropolitana.genova.it/it/ist/consiglio-metropolitano",
                                    "Città metropolitana di Genova: the Consiglio metropolitano",
                                    "the official CM Genova page confirms it: the metropolitan mayor plus 18 "
                                    "councillors elected by the mayors and councillors of the comuni"),
    ("barcelona", "body_type"): (
        6, "https://transparencia.amb.cat/es/web/amb/la-institucio/llei-amb/titol-preliminar/-/asset_publisher/"
           "0cWRT50urWHH/content/int_llei_titolpreliminar_article_1?detailBackURL=%2Fes%2Fweb%2Famb%2Fla-institucio"
           "%2Fllei-amb%2Ftitol-preliminar",
        "AMB transparency portal: Llei 31/2010, article 1",
        "the law (art. 1) confirms it: a territorial supra-municipal local entity with its own legal personality"),
    ("barcelona", "leadership_mode"): (
        7, "https://www.amb.cat/web/amb/la-institucio/llei-amb/titol-i/-/asset_publisher/Vd9yIPCbjrbG/content/"
           "int_llei_titol_1_article_5?detailBackURL=%2Fweb%2Famb%2Fla-institucio%2Fllei-amb%2Ftitol-i",
        "AMB: Llei 31/2010, article 5 (the Consell Metropolità)",
        "the law (art. 5) confirms indirect election (all the mayors plus councillors elected by the municipalities); "
        "the figure of 90 members appears only in news pages, not on an official AMB page"),
}
# Two more governance facts (#8, #10), read on official or primary pages named in research/project.md.
BETTER_SOURCES.update({
    ("goteborg", "legal_basis"): (
        8, "https://goteborgsregionen.se/styrande-dokument/2024-06-26-forbundsordningen",
        "Göteborgsregionen: förbundsordning valid from 26 June 2024",
        "GR's own förbundsordning confirms a kommunalförbund of the member municipalities with a "
        "förbundsfullmäktige (§2); Kommunallagen is not named in the part read, so that part rests on the earlier "
        "source"),
    ("skopje", "legal_basis"): (
        10, "https://ccre.org/pays/view/28",
        "CEMR: North Macedonia, local and regional government (the City of Skopje)",
        "CEMR's country page confirms the substance: the capital is a special unit of local self-government made of "
        "ten municipalities; the adopted law is dated 12.08.2004 (text read on sr.scribd.com, a document host: "
        "https://sr.scribd.com/doc/161334408/02-Zakon-Za-Gradot-Skopje-12-08-2004), not the 2003 government draft "
        "of the earlier source; the Official Gazette number was not verified"),
})
# research/project.md "better sources" for plans (#11-#13): plan_id -> (row number there, the better page, title,
# note, adoption detail shown instead, or '' to keep the research's). The weak source moves to other_sources.
PLAN_BETTER_SOURCES = {
    "genova_psm_2017": (
        11, "https://www.teleradiopace.tv/2017/04/21/approvato-piano-strategico-della-citta-metropolitana-genova/"
            "?share=skype",
        "Teleradiopace news, 21 April 2017: the Città metropolitana di Genova approves its strategic plan",
        "same-day news confirms the approval by the Consiglio metropolitano after the Conferenza's opinion "
        "(21 April 2017); the deliberation itself is read only on a document host", ""),
    "torino_psm_2018": (
        12, "http://www.torinometropoli.it/speciali/2018/approvato_piano_strategico_2018_2020/",
        "Città metropolitana di Torino: the Piano strategico 2018-2020 approved (May 2018)",
        "the official CM Torino page confirms the ratification on Wednesday 16 May 2018 by the Conferenza and the "
        "Consiglio metropolitano: 316 comuni, 5 project platforms, 20 strategies, 63 actions", ""),
    "tirana_ppv_2030": (
        13, "https://www.infocip.org/al/?p=12187",
        "Infocip: Tirana City Council decision no. 84 of 29.12.2016 (the 2017 budget)",
        "the better sources contradict 26 Dec 2016 (weakly): council decision no. 84 of 29.12.2016 approved the 2017 "
        "budget (infocip.org), and a Report TV video places the plan vote in the same sitting as that budget, so "
        "the research infers 29 Dec 2016; this is the research's inference, not a stated date. KKT approval in April "
        "2017 is confirmed by mapo.al; the day (14 April) rests on surfacesinternational.com only",
        "City Council: 29 Dec 2016 by the better sources (the research's inference; surfacesinternational.com says "
        "26 Dec 2016); National Territory Council (KKT): April 2017 (14 April per surfacesinternational.com only)"),
}
# Web hosts whose pages the project counts as weak sources (its own classification, from research/project.md "better
# sources" and the hosts themselves): search-result pages, copies of Wikipedia, and document-sharing hosts that
# re-publish others' files. A fact whose only source is on one of them is counted by `check` and listed on About.
WEAK_HOSTS = {
    "when.com": ("search_results", "a search engine's result page, not the page it links to"),
    **{h: ("wiki_mirror", "a copy of a Wikipedia article") for h in (
        "it.qwe.wiki", "pt.wikiital.com", "review.clateway.com", "de.wiki.li", "es.nearbywiki.org", "it.frwiki.wiki",
        "wikivisually.com", "wiki.studentb.eu", "s.cnmilf.com")},
    **{h: ("document_host", "a document-sharing site re-publishing another publisher's file") for h in (
        "5dok.org", "123dok.org", "kipdf.com", "yumpu.com", "docplayer.se", "fdocumenti.com", "fdocuments.in",
        "pdffox.com", "scribd.com", "sr.scribd.com", "happylibnet.com")},
}
COUNTRIES = [("AL", "Albania", "Albania"), ("ES", "Spain", "Spagna"), ("EU27_2020", "EU-27", "UE-27"),
             ("IT", "Italy", "Italia"), ("MK", "North Macedonia", "Macedonia del Nord"),
             ("PL", "Poland", "Polonia"), ("RO", "Romania", "Romania"), ("SE", "Sweden", "Svezia")]
GDP = ["gdp_eur_per_inhabitant", "gdp_mio_eur", "gdp_pps_per_inhabitant", "gdp_pps_per_inhabitant_index_eu27"]
GDP_BREAK = ("GDP release break between 2020 and 2021 (newer Eurostat release from 2021; North Macedonia's "
             "per-capita series revised strongly)",
             "Discontinuità di edizione del PIL tra 2020 e 2021 (edizione Eurostat più recente dal 2021; serie pro "
             "capite della Macedonia del Nord fortemente riviste)")
# Series breaks from INDICATORS.md (data/README.md caveats): geo ('' = every geo), first year not comparable with
# earlier ones, scope (population_based or an indicator_id), kind, notes EN/IT, the dataset that shows it.
BREAKS = [
    ("AL", 2025, "population_based", "census",
     "Albania 2025 (after the 2023 census; no flag; 2024 missing; not comparable with earlier years)",
     "Albania 2025 (dopo il censimento 2023; senza flag; 2024 mancante; non confrontabile con gli anni precedenti)",
     "demo_r_pjanaggr3"),
    ("MK", 2021, "population_based", "census",
     "North Macedonia 2021–2022 (2021 census: flag b in 2022, net-migration adjustment in 2021)",
     "Macedonia del Nord 2021–2022 (censimento 2021: flag b nel 2022, aggiustamento migratorio nel 2021)",
     "demo_r_pjanaggr3"),
    ("MK", 2022, "population_based", "census",
     "North Macedonia 2021–2022 (2021 census: flag b in 2022, net-migration adjustment in 2021)",
     "Macedonia del Nord 2021–2022 (censimento 2021: flag b nel 2022, aggiustamento migratorio nel 2021)",
     "demo_r_pjanaggr3"),
    ("PL", 2021, "population_based", "census", "Poland 2021 (census; flag b)", "Polonia 2021 (censimento; flag b)",
     "demo_r_pjanaggr3"),
    ("RO", 2021, "population_based", "census", "Romania 2021 (census: net-migration adjustment)",
     "Romania 2021 (censimento: aggiustamento della migrazione netta)", "demo_r_gind3"),
    *(("", 2021, ind, "release", *GDP_BREAK, "nama_10r_3gdp") for ind in GDP),
]
# Per-capita rules: indicator -> (denominator, factor applied to value / denominator, unit EN, unit IT). Only totals
# for which dividing by resident population means something (not rates, not population, not area).
PER_CAPITA = {
    "gdp_mio_eur": ("population_jan1", "1000000", "EUR per inhabitant", "euro per abitante"),
    "employment_thousand": ("population_jan1", "1000000", "employed per 1,000 inhabitants",
                            "occupati ogni 1.000 abitanti"),
}
SUMMABLE = {"population_jan1", "population_jan1_prev_release", "gdp_mio_eur", "employment_thousand", "area_km2"}
POPULATION_BASED = {"population_jan1", "population_jan1_prev_release", "share_pop_65plus_pct",
                    "old_age_dependency_ratio", "population_density_derived", "net_migration_crude_rate",
                    "crude_birth_rate_per_1000", "crude_death_rate_per_1000", "natural_change_rate_per_1000",
                    "population_change_1y_pct", "population_change_5y_pct", "tourism_nights_per_inhabitant"}
# What `python -m dashboard refresh` reads from Eurostat's API (eurostat_queries.csv): indicator -> (dataset,
# filters dim=CODE;..., note). The filters are those research/INDICATORS.md and INDICATORS_MORE.md state; a refresh
# refuses an answer in which any dimension but geo and time keeps more than one category. Not listed: indicators the
# research derived, population_jan1_prev_release (an older release by definition) and employment_thousand (read from
# a processed file, persons / 1000, its filters not stated).
STATED = "filters as stated in research/INDICATORS.md"
EUROSTAT_QUERIES = {
    "population_jan1": ("demo_r_pjanaggr3", "sex=T;age=TOTAL;unit=NR",
                        "sex T, age TOTAL as stated in research/INDICATORS.md; unit=NR (persons) added by the project"),
    "area_km2": ("reg_area3", "landuse=TOTAL;unit=KM2", STATED),
    "gdp_mio_eur": ("nama_10r_3gdp", "unit=MIO_EUR", STATED),
    "gdp_eur_per_inhabitant": ("nama_10r_3gdp", "unit=EUR_HAB", STATED),
    "gdp_pps_per_inhabitant": ("nama_10r_3gdp", "unit=PPS_EU27_2020_HAB", STATED),
    "gdp_pps_per_inhabitant_index_eu27": ("nama_10r_3gdp", "unit=PPS_HAB_EU27_2020", STATED),
    "net_migration_crude_rate": ("demo_r_gind3", "indic_de=CNMIGRATRT", STATED),
    "crude_birth_rate_per_1000": ("demo_r_gind3", "indic_de=GBIRTHRT", STATED.replace(".md", "_MORE.md")),
    "crude_death_rate_per_1000": ("demo_r_gind3", "indic_de=GDEATHRT", STATED.replace(".md", "_MORE.md")),
    "natural_change_rate_per_1000": ("demo_r_gind3", "indic_de=NATGROWRT", STATED.replace(".md", "_MORE.md")),
    "tertiary_attainment_25_64_pct": ("edat_lfse_04", "sex=T;isced11=ED5-8;age=Y25-64;unit=PC", STATED),
    "tourism_nights_total_nr": ("tour_occ_nin2", "unit=NR;c_resid=TOTAL;nace_r2=I551-I553",
                                STATED.replace(".md", "_MORE.md")),
    "tourism_nights_foreign_nr": ("tour_occ_nin2", "unit=NR;c_resid=FOR;nace_r2=I551-I553",
                                  STATED.replace(".md", "_MORE.md")),
}
# The default second indicator of a scatter: GDP PPS per inhabitant, or density for the GDP PPS indicator itself.
SCATTER_X = {"gdp_pps_per_inhabitant": "population_density_derived"}
SCATTER_X_DEFAULT = "gdp_pps_per_inhabitant"
TOURISM_CAVEAT = (
    "NUTS-2 regions only (the dataset has no NUTS-3 data): for most areas the value covers a much larger region "
    "than the metropolitan area (e.g. Piemonte for Torino, Cataluña for Barcelona, Västsverige for Göteborg, Sicily's "
    "ITG1 for Palermo, Messina and Catania alike, the whole country for Skopje); only Warszawa (PL91) and București "
    "(RO32) are exact. Each value names its region. 2020-2021: COVID-19 years.",
    "Solo regioni NUTS-2 (il dataset non ha dati NUTS-3): per la maggior parte delle aree il valore copre una regione "
    "molto più grande dell'area metropolitana (per esempio il Piemonte per Torino, la Catalogna per Barcellona, il "
    "Västsverige per Göteborg, la ITG1 siciliana per Palermo, Messina e Catania insieme, l'intero paese per Skopje); "
    "solo Varsavia (PL91) e Bucarest (RO32) sono esatte. Ogni valore indica la sua regione. 2020-2021: anni COVID-19.")
CAVEATS = {
    "tourism_nights_total_nr": TOURISM_CAVEAT, "tourism_nights_foreign_nr": TOURISM_CAVEAT,
    "tourism_nights_foreign_share_pct": TOURISM_CAVEAT,
    "tourism_nights_per_inhabitant": (
        "Only where the population of exactly the tourism region is in the data: Warszawa (PL91), București (RO32), "
        "Skopje (MK00, the whole country) and the countries; elsewhere the NUTS-2 region's population is missing.",
        "Solo dove i dati contengono la popolazione esattamente della regione turistica: Varsavia (PL91), Bucarest "
        "(RO32), Skopje (MK00, l'intero paese) e i paesi; altrove manca la popolazione della regione NUTS-2."),
    "employment_thousand": (
        "Employment is counted at the place of work: commuters make per-capita ratios differ from residents' "
        "employment rates.",
        "Gli occupati sono contati nel luogo di lavoro: il pendolarismo rende i rapporti pro capite diversi dai "
        "tassi di occupazione dei residenti."),
    "population_jan1_prev_release": (
        "Previous release kept for transparency; do not splice it with the current population series.",
        "Edizione precedente conservata per trasparenza; non unirla alla serie corrente della popolazione."),
}
TAXONOMY = [
    ("strategic_planning", "Strategic planning", "Pianificazione strategica"),
    ("spatial_planning", "Spatial and land-use planning", "Pianificazione territoriale e urbanistica"),
    ("public_transport_mobility", "Public transport and mobility", "Trasporto pubblico e mobilità"),
    ("roads_infrastructure", "Roads and infrastructure", "Strade e infrastrutture"),
    ("environment_climate", "Environment and climate", "Ambiente e clima"),
    ("waste", "Waste management", "Gestione dei rifiuti"),
    ("water", "Water cycle", "Ciclo idrico"),
    ("housing", "Housing", "Politiche abitative"),
    ("economic_development", "Economic development", "Sviluppo economico"),
    ("social_services", "Social services", "Servizi sociali"),
    ("education", "Education", "Istruzione"),
    ("culture_tourism", "Culture and tourism", "Cultura e turismo"),
    ("eu_funds", "EU funds", "Fondi UE"),
    ("civil_protection", "Civil protection", "Protezione civile"),
]
# Project classification: area -> "competence=level:exact phrase of the source text" (phrases split by " | ").
# Warszawa's list is qualified by the source as "(coordination, not service delivery)", hence shared.
# An "unknown" entry only records a listed item that was deliberately NOT read as that competence.
_IT = ("strategic_planning=held:strategic planning | spatial_planning=held:general territorial planning"
       " | public_transport_mobility=held:mobility and roads | roads_infrastructure=held:mobility and roads"
       " | economic_development=held:economic and social development"
       " | social_services=unknown:economic and social development")
COMPETENCES = {
    "genova": _IT, "torino": _IT,
    "warszawa": "public_transport_mobility=shared:public transport | waste=shared:waste management"
                " | education=shared:education | environment_climate=shared:air protection; climate adaptation"
                " | eu_funds=shared:joint negotiation of EU funds 2021-2027",
    "bucuresti": "social_services=held:social | education=held:education | roads_infrastructure=held:"
                 "infrastructure | environment_climate=held:environment | economic_development=held:"
                 "entrepreneurship | civil_protection=held:emergency management | public_transport_mobility="
                 "held:sustainable mobility | spatial_planning=held:urbanism & mobility planning documentation",
    "barcelona": "spatial_planning=held:territorial planning; urban planning | roads_infrastructure=held:"
                 "metropolitan infrastructure | public_transport_mobility=held:public transport & mobility (bus)"
                 " | water=held:water cycle | waste=held:waste | environment_climate=held:environment"
                 " | housing=held:housing & land | economic_development=held:economic promotion/employment/"
                 "tourism | culture_tourism=held:economic promotion/employment/tourism"
                 " | social_services=unknown:social cohesion",
    "skopje": "spatial_planning=held:spatial & urban planning | environment_climate=held:environment & nature"
              " | economic_development=held:local economic development | culture_tourism=held:culture"
              " | education=held:education | social_services=held:social welfare & child protection"
              " | civil_protection=held:civil protection & firefighting | water=unknown:communal activities"
              " | waste=unknown:communal activities",
    "goteborg": "spatial_planning=held:regional planning | environment_climate=held:environment"
                " | public_transport_mobility=held:traffic | economic_development=held:labour market"
                " | social_services=held:welfare & social services | education=held:education",
    "tirana": "water=held:drinking water; sewerage & drainage | roads_infrastructure=held:local roads,"
              " sidewalks, squares | public_transport_mobility=held:local public transport | waste=held:solid"
              " waste | education=held:pre-university school buildings; pre-school education"
              " | spatial_planning=held:territorial planning, development & control | social_services=held:"
              "social services | culture_tourism=held:culture, sport & recreation | environment_climate=held:"
              "environmental protection | economic_development=held:local economic development"
              " | civil_protection=unknown:public safety",
}
# Indicator catalogue: "@id|theme|decimals|direction|dataset codes", "N name_en|name_it", "U unit_en|unit_it",
# "EN"/"IT" definitions; indented lines continue the previous line.
CATALOG_TEXT = """
@population_jan1|demography|0|neutral|demo_r_pjanaggr3
N Population on 1 January|Popolazione al 1° gennaio
U persons|persone
EN Population on 1 January, total, both sexes (demo_r_pjanaggr3). 2016-2025 from the current release;
   2014-2015 from an older release, used only where its 2016-2020 values equal the current ones. Metro
   aggregates are sums of NUTS-3 regions. Census breaks: PL 2021 and MK 2022 (flag b); AL 2025 (no flag,
   not comparable with earlier years; 2024 missing).
IT Popolazione al 1° gennaio, totale, entrambi i sessi (demo_r_pjanaggr3). 2016-2025 dall'edizione
   corrente; 2014-2015 da un'edizione precedente, usata solo dove i suoi valori 2016-2020 coincidono con
   quelli correnti. Gli aggregati metropolitani sono somme di regioni NUTS-3. Interruzioni censuarie: PL
   2021 e MK 2022 (flag b); AL 2025 (senza flag, non confrontabile con gli anni precedenti; 2024
   mancante).
@population_jan1_prev_release|demography|0|neutral|demo_r_pjanaggr3
N Population on 1 January (previous release)|Popolazione al 1° gennaio (edizione precedente)
U persons|persone
EN Population on 1 January, 2014-2017, from an older demo_r_pjanaggr3 release (file of Oct 2023) for
   ITC11, ITC33, ES511, IT, ES and EU27, whose series were revised later. Do not splice with
   population_jan1 without adjustment.
IT Popolazione al 1° gennaio, 2014-2017, da un'edizione precedente di demo_r_pjanaggr3 (file di ottobre
   2023) per ITC11, ITC33, ES511, IT, ES e UE27, le cui serie sono state poi riviste. Non unire a
   population_jan1 senza aggiustamenti.
@area_km2|territory|0|neutral|reg_area3
N Total area (land and inland water)|Superficie totale (terre e acque interne)
U km2|km2
EN Total area including inland water (reg_area3, landuse TOTAL), 2024 value; constant 2017/18-2026 for all
   NUTS-3 regions used. Metro aggregates are sums.
IT Superficie totale comprese le acque interne (reg_area3, landuse TOTAL), valore 2024; costante
   2017/18-2026 per tutte le regioni NUTS-3 usate. Gli aggregati metropolitani sono somme.
@population_density_derived|territory|1|neutral|demo_r_pjanaggr3;reg_area3
N Population density (derived)|Densità di popolazione (calcolata)
U persons per km2|abitanti per km2
EN Population on 1 January divided by the 2024 total area incl. inland water, computed by the research.
   Not the official demo_r_d3dens (average population, land area where available): expect small
   differences.
IT Popolazione al 1° gennaio divisa per la superficie totale 2024 comprese le acque interne, calcolata
   dalla ricerca. Non è l'indicatore ufficiale demo_r_d3dens (popolazione media, superficie terrestre dove
   disponibile): sono possibili piccole differenze.
@share_pop_65plus_pct|demography|1|neutral|demo_r_pjanaggr3
N Share of population aged 65 and over|Quota di popolazione di 65 anni e più
U % of total population|% della popolazione totale
EN Population aged 65 and over as % of the total population (Y_GE65 / TOTAL × 100), computed by the
   research from demo_r_pjanaggr3.
IT Popolazione di 65 anni e più in % della popolazione totale (Y_GE65 / TOTAL × 100), calcolata dalla
   ricerca da demo_r_pjanaggr3.
@old_age_dependency_ratio|demography|1|neutral|demo_r_pjanaggr3
N Old-age dependency ratio|Indice di dipendenza degli anziani
U persons 65+ per 100 persons aged 15-64|persone di 65+ anni ogni 100 persone di 15-64 anni
EN Population aged 65+ per 100 persons aged 15-64 (Y_GE65 / Y15-64 × 100), computed by the research from
   demo_r_pjanaggr3; same definition as demo_r_pjanind3 OLDDEP1 (the official dataset was not read).
IT Popolazione di 65 anni e più ogni 100 persone di 15-64 anni (Y_GE65 / Y15-64 × 100), calcolata dalla
   ricerca da demo_r_pjanaggr3; stessa definizione di demo_r_pjanind3 OLDDEP1 (il dataset ufficiale non è
   stato letto).
@gdp_mio_eur|economy|2|neutral|nama_10r_3gdp
N GDP at current market prices|PIL a prezzi di mercato correnti
U million EUR|milioni di euro
EN GDP at current market prices (nama_10r_3gdp, MIO_EUR). 2014-2020 from the release of 21/02/2023 (NUTS
   2021); 2021 (NUTS 3 and national) and 2022 (national only) from a newer release that also revises
   2014-2020: release break between 2020 and 2021. Metro aggregates are sums.
IT PIL a prezzi di mercato correnti (nama_10r_3gdp, MIO_EUR). 2014-2020 dall'edizione del 21/02/2023 (NUTS
   2021); 2021 (NUTS 3 e nazionale) e 2022 (solo nazionale) da un'edizione più recente che rivede anche il
   2014-2020: discontinuità di edizione tra 2020 e 2021. Gli aggregati metropolitani sono somme.
@gdp_eur_per_inhabitant|economy|0|higher_is_better|nama_10r_3gdp
N GDP per inhabitant at current market prices|PIL per abitante a prezzi di mercato correnti
U EUR per inhabitant|euro per abitante
EN GDP per inhabitant (nama_10r_3gdp, EUR_HAB). 2014-2020 from the release of 21/02/2023 (NUTS 2021); 2021
   (NUTS 3 and national) and 2022 (national only) from a newer release that also revises 2014-2020:
   release break between 2020 and 2021. North Macedonia's per-capita series were revised strongly: do not
   compare MK/MK008 2021 with 2014-2020. Metro aggregate = Σ MIO_EUR / Σ (MIO_EUR / EUR per inhabitant).
IT PIL per abitante (nama_10r_3gdp, EUR_HAB). 2014-2020 dall'edizione del 21/02/2023 (NUTS 2021); 2021
   (NUTS 3 e nazionale) e 2022 (solo nazionale) da un'edizione più recente che rivede anche il 2014-2020:
   discontinuità di edizione tra 2020 e 2021. Le serie pro capite della Macedonia del Nord sono state
   fortemente riviste: non confrontare MK/MK008 2021 con 2014-2020. Aggregato metropolitano = Σ MIO_EUR /
   Σ (MIO_EUR / euro per abitante).
@gdp_pps_per_inhabitant|economy|0|higher_is_better|nama_10r_3gdp
N GDP per inhabitant in purchasing power standards|PIL per abitante in standard di potere d'acquisto
U PPS (EU27_2020) per inhabitant|SPA (UE27_2020) per abitante
EN GDP per inhabitant in PPS (nama_10r_3gdp, PPS_EU27_2020_HAB). 2014-2020 from the release of 21/02/2023
   (NUTS 2021); 2021 (NUTS 3 and national) and 2022 (national only) from a newer release that also revises
   2014-2020: release break between 2020 and 2021. Metro aggregate 2014-2020 = Σ MIO_PPS / Σ (MIO_PPS /
   PPS per inhabitant); 2021 = NUTS-3 values weighted by implied population, rounded to 100.
IT PIL per abitante in SPA (nama_10r_3gdp, PPS_EU27_2020_HAB). 2014-2020 dall'edizione del 21/02/2023
   (NUTS 2021); 2021 (NUTS 3 e nazionale) e 2022 (solo nazionale) da un'edizione più recente che rivede
   anche il 2014-2020: discontinuità di edizione tra 2020 e 2021. Aggregato metropolitano 2014-2020 = Σ
   MIO_PPS / Σ (MIO_PPS / SPA per abitante); 2021 = valori NUTS-3 ponderati con la popolazione implicita,
   arrotondati al centinaio.
@gdp_pps_per_inhabitant_index_eu27|economy|0|higher_is_better|nama_10r_3gdp
N GDP per inhabitant in PPS, % of EU27 average|PIL per abitante in SPA, % della media UE27
U % of EU27_2020 average (EU27 = 100)|% della media UE27_2020 (UE27 = 100)
EN GDP per inhabitant in PPS as % of the EU27_2020 average (nama_10r_3gdp, PPS_HAB_EU27_2020). 2014-2020
   from the release of 21/02/2023 (NUTS 2021); 2021 (NUTS 3 and national) and 2022 (national only) from a
   newer release that also revises 2014-2020: release break between 2020 and 2021. Metro aggregate =
   aggregate PPS per inhabitant ÷ EU27 PPS per inhabitant × 100.
IT PIL per abitante in SPA in % della media UE27_2020 (nama_10r_3gdp, PPS_HAB_EU27_2020). 2014-2020
   dall'edizione del 21/02/2023 (NUTS 2021); 2021 (NUTS 3 e nazionale) e 2022 (solo nazionale) da
   un'edizione più recente che rivede anche il 2014-2020: discontinuità di edizione tra 2020 e 2021.
   Aggregato metropolitano = SPA per abitante dell'aggregato ÷ SPA per abitante UE27 × 100.
@net_migration_crude_rate|demography|1|neutral|demo_r_gind3
N Crude rate of net migration plus statistical adjustment|
   Tasso grezzo di migrazione netta più aggiustamento statistico
U per 1000 persons|per 1000 abitanti
EN Net migration plus statistical adjustment per 1,000 persons (demo_r_gind3, CNMIGRATRT), release with
   data to 2022, transcribed by hand. Census years carry large statistical adjustments, not real flows (RO
   2021, MK/MK008 2021). No EU27 row. Metro aggregates = population-weighted means (approximation).
IT Migrazione netta più aggiustamento statistico per 1.000 abitanti (demo_r_gind3, CNMIGRATRT), edizione
   con dati fino al 2022, trascritta a mano. Gli anni censuari contengono forti aggiustamenti statistici,
   non flussi reali (RO 2021, MK/MK008 2021). Nessuna riga UE27. Aggregati metropolitani = medie ponderate
   con la popolazione (approssimazione).
@employment_thousand|labour_education|1|neutral|nama_10r_3empers
N Employment (all NACE activities, domestic concept)|Occupati (tutte le attività NACE, concetto interno)
U thousand persons|migliaia di persone
EN Employment by place of work, all NACE activities (nama_10r_3empers), older release (NUTS 2016): NUTS-3
   to 2017, national to 2018. Warsaw uses NUTS-2 PL91 as proxy (same territory, 2016-2018 only). No values
   for Albania, ES/SE national or EU27. Divide by resident population only with care (commuting).
IT Occupati per luogo di lavoro, tutte le attività NACE (nama_10r_3empers), edizione precedente (NUTS
   2016): NUTS-3 fino al 2017, nazionale fino al 2018. Per Varsavia si usa come proxy la NUTS-2 PL91
   (stesso territorio, solo 2016-2018). Nessun valore per l'Albania, per ES/SE a livello nazionale o per
   l'UE27. Dividere per la popolazione residente solo con cautela (pendolarismo).
@tertiary_attainment_25_64_pct|labour_education|1|higher_is_better|edat_lfse_04
N Population aged 25-64 with tertiary education (ISCED 5-8)|
   Popolazione di 25-64 anni con istruzione terziaria (ISCED 5-8)
U % of population aged 25-64|% della popolazione di 25-64 anni
EN Share of persons aged 25-64 with tertiary education (edat_lfse_04). NUTS-2 proxies, not the NUTS-3
   areas: ITC1, ITC3, ES51, PL91 (from 2013), RO32, SE23, MK00 (= whole country). Older release with data
   to 2019 (NUTS 2016); survey break in 2014 in most countries (flag b). No values for Albania.
IT Quota di persone di 25-64 anni con istruzione terziaria (edat_lfse_04). Proxy NUTS-2, non le aree
   NUTS-3: ITC1, ITC3, ES51, PL91 (dal 2013), RO32, SE23, MK00 (= intero paese). Edizione precedente con
   dati fino al 2019 (NUTS 2016); interruzione dell'indagine nel 2014 nella maggior parte dei paesi (flag
   b). Nessun valore per l'Albania.
@crude_birth_rate_per_1000|demography|1|neutral|demo_r_gind3
N Crude birth rate|Tasso grezzo di natalità
U live births per 1000 inhabitants|nati vivi per 1000 abitanti
EN Live births per 1,000 average population (demo_r_gind3, GBIRTHRT), release with data to 2022, transcribed
   by the research. NUTS 3; Warszawa and București use the NUTS-2 region of the same territory (PL91, RO32):
   rates are never summed. Gaps: AL022 2021, ITG2F (Cagliari) 2014-2020. No EU27 row.
IT Nati vivi per 1.000 abitanti medi (demo_r_gind3, GBIRTHRT), edizione con dati fino al 2022, trascritta
   dalla ricerca. NUTS 3; Varsavia e Bucarest usano la regione NUTS-2 dello stesso territorio (PL91, RO32): i
   tassi non si sommano mai. Lacune: AL022 2021, ITG2F (Cagliari) 2014-2020. Nessuna riga UE27.
@crude_death_rate_per_1000|demography|1|neutral|demo_r_gind3
N Crude death rate|Tasso grezzo di mortalità
U deaths per 1000 inhabitants|decessi per 1000 abitanti
EN Deaths per 1,000 average population (demo_r_gind3, GDEATHRT), same file, release and territories as the
   crude birth rate. Gaps: AL022 2021, ITG2F 2014-2020, MK008 2022. No EU27 row. 2020-2021: COVID-19 years.
IT Decessi per 1.000 abitanti medi (demo_r_gind3, GDEATHRT), stesso file, edizione e territori del tasso
   grezzo di natalità. Lacune: AL022 2021, ITG2F 2014-2020, MK008 2022. Nessuna riga UE27. 2020-2021: anni
   COVID-19.
@natural_change_rate_per_1000|demography|1|neutral|demo_r_gind3
N Crude rate of natural change|Tasso grezzo di crescita naturale
U per 1000 inhabitants|per 1000 abitanti
EN Live births minus deaths per 1,000 average population (demo_r_gind3, NATGROWRT), as published by
   Eurostat (not computed here); same file, release, territories and gaps as the crude death rate.
IT Nati vivi meno decessi per 1.000 abitanti medi (demo_r_gind3, NATGROWRT), come pubblicato da Eurostat
   (non calcolato qui); stesso file, edizione, territori e lacune del tasso grezzo di mortalità.
@tourism_nights_total_nr|economy|0|neutral|tour_occ_nin2
N Nights spent at tourist accommodation|Presenze negli esercizi ricettivi
U nights|notti
EN Nights spent at tourist accommodation establishments (hotels, holiday and other short-stay
   accommodation, campsites; NACE I551-I553), residents and non-residents (tour_occ_nin2, unit NR, c_resid
   TOTAL), 2020-2024. NUTS 2 only: each value names the region it measures.
IT Presenze (notti) negli esercizi ricettivi (alberghi, alloggi per vacanze e altri alloggi per brevi
   soggiorni, campeggi; NACE I551-I553), residenti e non residenti (tour_occ_nin2, unità NR, c_resid TOTAL),
   2020-2024. Solo NUTS 2: ogni valore indica la regione che misura.
@tourism_nights_foreign_nr|economy|0|neutral|tour_occ_nin2
N Nights spent at tourist accommodation by non-residents|Presenze di non residenti negli esercizi ricettivi
U nights|notti
EN Nights spent at tourist accommodation establishments (NACE I551-I553) by non-residents of the country
   (tour_occ_nin2, unit NR, c_resid FOR), 2020-2024. NUTS 2 only: each value names the region it measures.
IT Presenze (notti) di non residenti nel paese negli esercizi ricettivi (NACE I551-I553) (tour_occ_nin2,
   unità NR, c_resid FOR), 2020-2024. Solo NUTS 2: ogni valore indica la regione che misura.
@population_change_1y_pct|demography|2|neutral|demo_r_pjanaggr3
N Population change over 1 year (derived)|Variazione della popolazione in 1 anno (calcolata)
U % change on 1 January a year earlier|% di variazione sul 1° gennaio dell'anno prima
EN (population on 1 January of year t ÷ population on 1 January of year t−1 − 1) × 100, computed by this
   project from population_jan1 of the same region, rounded to 2 decimals. Left out where the two values
   come from different releases or a census break (breaks.csv) lies between them: the change would be a
   revision, not a change.
IT (popolazione al 1° gennaio dell'anno t ÷ popolazione al 1° gennaio dell'anno t−1 − 1) × 100, calcolata
   dal progetto da population_jan1 della stessa regione, arrotondata a 2 decimali. Esclusa dove i due valori
   vengono da edizioni diverse o tra loro cade un'interruzione censuaria (breaks.csv): la variazione sarebbe
   una revisione, non una variazione.
@population_change_5y_pct|demography|2|neutral|demo_r_pjanaggr3
N Population change over 5 years (derived)|Variazione della popolazione in 5 anni (calcolata)
U % change on 1 January five years earlier|% di variazione sul 1° gennaio di cinque anni prima
EN (population on 1 January of year t ÷ population on 1 January of year t−5 − 1) × 100, computed by this
   project from population_jan1 of the same region, rounded to 2 decimals. Left out where the two values
   come from different releases or a census break (breaks.csv) lies between them.
IT (popolazione al 1° gennaio dell'anno t ÷ popolazione al 1° gennaio dell'anno t−5 − 1) × 100, calcolata
   dal progetto da population_jan1 della stessa regione, arrotondata a 2 decimali. Esclusa dove i due valori
   vengono da edizioni diverse o tra loro cade un'interruzione censuaria (breaks.csv).
@gdp_eur_per_inhabitant_change_pct|economy|1|higher_is_better|nama_10r_3gdp
N GDP per inhabitant, change over 1 year (derived)|PIL per abitante, variazione in 1 anno (calcolata)
U % change on the year before (current prices)|% di variazione sull'anno prima (prezzi correnti)
EN (GDP per inhabitant at current market prices in year t ÷ the same in year t−1 − 1) × 100, computed by
   this project from gdp_eur_per_inhabitant of the same region, rounded to 2 decimals. Nominal (not
   adjusted for inflation). Left out where the two values come from different Eurostat releases (the
   2020-2021 release break of most series).
IT (PIL per abitante a prezzi di mercato correnti nell'anno t ÷ lo stesso nell'anno t−1 − 1) × 100,
   calcolata dal progetto da gdp_eur_per_inhabitant della stessa regione, arrotondata a 2 decimali. Nominale
   (non corretta per l'inflazione). Esclusa dove i due valori vengono da edizioni Eurostat diverse (la
   discontinuità 2020-2021 della maggior parte delle serie).
@tourism_nights_foreign_share_pct|economy|1|neutral|tour_occ_nin2
N Share of tourist nights spent by non-residents (derived)|Quota di presenze di non residenti (calcolata)
U % of all nights|% di tutte le presenze
EN Nights by non-residents ÷ all nights × 100 (tour_occ_nin2, c_resid FOR and TOTAL), same region and year,
   computed by this project, rounded to 2 decimals. NUTS 2 only, like its inputs.
IT Presenze di non residenti ÷ presenze totali × 100 (tour_occ_nin2, c_resid FOR e TOTAL), stessa regione e
   anno, calcolata dal progetto, arrotondata a 2 decimali. Solo NUTS 2, come i dati di partenza.
@tourism_nights_per_inhabitant|economy|2|neutral|tour_occ_nin2;demo_r_pjanaggr3
N Tourist nights per inhabitant (derived)|Presenze turistiche per abitante (calcolata)
U nights per inhabitant|notti per abitante
EN All nights at tourist accommodation in the year ÷ population on 1 January of the same year of the same
   territory, computed by this project, rounded to 2 decimals; only where the data hold the population of
   exactly the tourism region (PL91 = PL911+PL912+PL913, RO32 = RO321+RO322, MK00 = MK, countries, EU27).
IT Tutte le presenze negli esercizi ricettivi nell'anno ÷ popolazione al 1° gennaio dello stesso anno dello
   stesso territorio, calcolata dal progetto, arrotondata a 2 decimali; solo dove i dati contengono la
   popolazione esattamente della regione turistica (PL91 = PL911+PL912+PL913, RO32 = RO321+RO322, MK00 = MK,
   paesi, UE27).
"""
DERIVED_INDICATORS = {"population_density_derived", "share_pop_65plus_pct", "old_age_dependency_ratio"}
POP_BASED = DERIVED_INDICATORS | {"population_jan1"}
# plan_id, area_id, substring of plan_name_local, status_class (project classification), axes language
PLANS = [
    ("genova_psm_2017", "genova", "Piano Strategico della Città", "unclear", "it"),
    ("genova_agenda_2030", "genova", "Agenda metropolitana", "in_force", ""),
    ("genova_pr_fesr_2021_2027", "genova", "Programma Regionale FESR", "in_force", "en"),
    ("torino_psm_2018", "torino", "(PSMTo)", "superseded", ""),
    ("torino_psm_2021", "torino", "2021-2023", "superseded", "it"),
    ("torino_psm_2024", "torino", "2024-2026", "in_force", "it"),
    ("warszawa_strategia_2030", "warszawa", "#Warszawa2030", "in_force", "pl"),
    ("warszawa_strategia_metropolii_2040", "warszawa", "do 2040", "in_preparation", "pl"),
    ("warszawa_zit_2021_2027", "warszawa", "Zintegrowanych Inwestycji", "in_force", ""),
    ("bucuresti_pmud_2016_2030", "bucuresti", "Planul de Mobilitate", "in_force", ""),
    ("bucuresti_pmud_2_0", "bucuresti", "PMUD 2.0", "in_preparation", ""),
    ("bucuresti_sidu", "bucuresti", "(SIDU)", "in_preparation", "ro"),
    ("bucuresti_csb_2035", "bucuresti", "CSB2035", "unclear", ""),
    ("bucuresti_por_bi_2021_2027", "bucuresti", "POR BI", "unclear", "en"),
    ("barcelona_cm_2030", "barcelona", "Compromís Metropolità", "in_force", "en"),
    ("barcelona_pdum", "barcelona", "(PDUM)", "in_preparation", ""),
    ("barcelona_pim_2024_2028", "barcelona", "(PIM)", "in_force", ""),
    ("skopje_strategic_plan_2020_2022", "skopje", "Стратешки план", "ended", ""),
    ("skopje_region_programme_2020_2024", "skopje", "Скопски плански регион", "unclear", ""),
    ("skopje_gup_2022_2032", "skopje", "Генерален урбанистички", "in_preparation", ""),
    ("goteborg_hallbar_tillvaxt_2013", "goteborg", "Hållbar tillväxt", "in_force", "en"),
    ("goteborg_verksamhetsinriktning_2017_2019", "goteborg", "Verksamhetsinriktning", "superseded", "en"),
    ("goteborg_strategisk_inriktning_2020_2024", "goteborg", "Strategisk inriktning", "ended", "sv"),
    ("tirana_ppv_2030", "tirana", "Tirana 2030", "in_force", "en"),
    ("tirana_pkp_shqiperia_2030", "tirana", "Shqipëria 2030", "in_force", ""),
]
# Each plan's original language (that of name_local, ISO 639-1) and an Italian working title: a translation of the
# original name by the project (name_en is the research's English one), never a new fact. Plans named in Italian
# keep their own name as name_it. The UI marks a working title shown beside the original as such.
PLAN_NAMES_IT = {
    "genova_psm_2017": ("it", ""),
    "genova_agenda_2030": ("it", ""),
    "genova_pr_fesr_2021_2027": ("it", ""),
    "torino_psm_2018": ("it", ""),
    "torino_psm_2021": ("it", ""),
    "torino_psm_2024": ("it", ""),
    "warszawa_strategia_2030": ("pl", "Strategia di sviluppo della città di Varsavia fino al 2030 (#Warszawa2030)"),
    "warszawa_strategia_metropolii_2040": ("pl", "Strategia di sviluppo della metropoli di Varsavia fino al 2040"),
    "warszawa_zit_2021_2027": (
        "pl", "Strategia degli Investimenti Territoriali Integrati per la metropoli di Varsavia 2021-2027+"),
    "bucuresti_pmud_2016_2030": (
        "ro", "Piano di Mobilità Urbana Sostenibile 2016-2030 Regione Bucarest-Ilfov (PMUD)"),
    "bucuresti_pmud_2_0": ("ro", "PMUD 2.0 Bucarest-Ilfov (aggiornamento)"),
    "bucuresti_sidu": ("ro", "Strategia Integrata di Sviluppo Urbano del Municipio di Bucarest (SIDU)"),
    "bucuresti_csb_2035": (
        "ro", "Concetto Strategico Bucarest 2035 (CSB2035) - Strategia di sviluppo urbano integrato del municipio "
              "di Bucarest e del suo territorio di supporto e influenza"),
    "bucuresti_por_bi_2021_2027": (
        "ro", "Programma Operativo Regionale Bucarest-Ilfov 2021-2027 (POR BI), basato sul Piano di Sviluppo "
              "Regionale Bucarest-Ilfov 2021-2027"),
    "barcelona_cm_2030": ("ca", "Impegno Metropolitano 2030"),
    "barcelona_pdum": ("ca", "Piano Direttore Urbanistico Metropolitano (PDUM)"),
    "barcelona_pim_2024_2028": ("ca", "Piano degli Investimenti Metropolitani 2024-2028 (PIM)"),
    "skopje_strategic_plan_2020_2022": ("mk", "Piano strategico della Città di Skopje 2020-2022"),
    "skopje_region_programme_2020_2024": (
        "mk", "Programma di sviluppo della Regione di pianificazione di Skopje 2020-2024"),
    "skopje_gup_2022_2032": ("mk", "Piano urbanistico generale della Città di Skopje 2022-2032"),
    "goteborg_hallbar_tillvaxt_2013": (
        "sv", "Crescita sostenibile – obiettivi e strategie con attenzione alla struttura regionale"),
    "goteborg_verksamhetsinriktning_2017_2019": (
        "sv", "Orientamento delle attività 2017–2019 \"Così sviluppiamo insieme la buona vita nella regione di "
              "Göteborg\""),
    "goteborg_strategisk_inriktning_2020_2024": ("sv", "Orientamento strategico 2020–2023 e 2024"),
    "tirana_ppv_2030": ("sq", "Piano Generale Locale \"Tirana 2030\" (TR030)"),
    "tirana_pkp_shqiperia_2030": ("sq", "Piano Generale Nazionale \"Albania 2030\""),
}
TRANSLATED_AXES = {"goteborg_hallbar_tillvaxt_2013", "bucuresti_por_bi_2021_2027"}
GAP = re.compile(r"\[[^\]]*(?:not captured|truncated)[^\]]*\]")


def read(path: Path) -> pd.DataFrame:
    """Read a research CSV with every cell as text and no NA guessing."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def write(df: pd.DataFrame, path: Path, columns: list[str]) -> pd.DataFrame:
    """Write one output CSV (UTF-8, LF, no index) with exactly the given columns."""
    path.parent.mkdir(parents=True, exist_ok=True)
    df = df[columns].fillna("").astype(str)
    df.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
    return df


def eurostat_url(code: str) -> str:
    """Return the Eurostat data browser URL of a dataset code."""
    return f"https://ec.europa.eu/eurostat/databrowser/view/{code}/default/table"


def parse_catalog() -> dict[str, dict[str, str]]:
    """Parse CATALOG_TEXT into {indicator_id: fields}."""
    records: list[list[str]] = []
    for line in CATALOG_TEXT.strip().splitlines():
        if line.startswith("   "):
            records[-1][-1] += " " + line.strip()
        elif line.startswith("@"):
            records.append([line])
        else:
            records[-1].append(line)
    out = {}
    for head, names, units, en, it in records:
        iid, theme, dec, direction, codes = head[1:].split("|")
        n_en, n_it = (s.strip() for s in names[2:].split("|"))
        u_en, u_it = (s.strip() for s in units[2:].split("|"))
        out[iid] = {"theme": theme, "decimals": dec, "direction": direction, "codes": codes, "name_en": n_en,
                    "name_it": n_it, "unit_en": u_en, "unit_it": u_it, "definition_en": en[3:],
                    "definition_it": it[3:]}
    return out


CATALOG = parse_catalog()


def build_areas(gov: pd.DataFrame, nuts3_map: pd.DataFrame) -> pd.DataFrame:
    """Build areas.csv from the governance fields, the fixed NUTS-3 mapping and the Italian set's NUTS-3 map."""
    g = gov.set_index(["area_id", "field"])
    rows = []
    for order, (aid, city, nuts3, geo, note) in enumerate(AREAS, start=1):
        name_it, short_en, short_it, city_it, colour, nuts2_same = AREA_DISPLAY[aid]
        rows.append({"area_id": aid, "sort_order": order, "name_en": g.loc[(aid, "area_name_en"), "value"],
                     "name_it": name_it, "name_local": g.loc[(aid, "area_name_local"), "value"],
                     "short_en": short_en, "short_it": short_it,
                     "country": g.loc[(aid, "country_iso2"), "value"], "core_city_en": city, "core_city_it": city_it,
                     "lat": g.loc[(aid, "core_lat"), "value"], "lon": g.loc[(aid, "core_lon"), "value"],
                     "nuts3": nuts3, "indicator_geo": geo, "nuts2_same": nuts2_same, "colour": colour,
                     "comparison_sets": "metro_case;italy_14" if geo.startswith("IT") else "metro_case",
                     "source_url": g.loc[(aid, "area_name_en"), "source_url"],
                     "coord_source_url": g.loc[(aid, "core_lat"), "source_url"],
                     # that NUTS-3 regions only approximate an area is said once per figure (caption.nuts), not per area
                     "note": note})
    return pd.DataFrame(rows + italy_areas(nuts3_map, len(rows)))


def italy_areas(nuts3_map: pd.DataFrame, start: int) -> list[dict[str, object]]:
    """Rows of the 12 other Italian metropolitan cities; no coordinates in the research, so lat/lon stay empty."""
    rows = []
    for order, r in enumerate(nuts3_map[nuts3_map.area_id.isin(ITALY)].itertuples(), start=start + 1):
        name_en, name_it, city_en, colour = ITALY[r.area_id]
        extra = (" NUTS 2021 code; the NUTS 2016 province ITG27 is a different, larger territory."
                 if r.nuts_code == "ITG2F" else "")
        rows.append({"area_id": r.area_id, "sort_order": order, "name_en": name_en, "name_it": name_it,
                     "name_local": name_it, "short_en": r.city, "short_it": r.city, "country": "IT",
                     "core_city_en": city_en, "core_city_it": r.city, "lat": "", "lon": "", "nuts3": r.nuts_code,
                     "indicator_geo": r.nuts_code, "nuts2_same": "", "colour": colour, "comparison_sets": "italy_14",
                     "source_url": IT_LIST, "coord_source_url": "",
                     "note": f"{r.nuts_code} is the {name_it} (former province).{extra}"
                             " Core-city coordinates not in the research: missing."})
    if len(rows) != len(ITALY):
        raise ValueError("italy_nuts3.csv does not list every Italian metropolitan city")
    return rows


def build_sets() -> pd.DataFrame:
    """Build sets.csv: the comparison sets, their names and default indicator."""
    cols = ["set_id", "name_en", "name_it", "default_indicator", "default_bench", "source_url"]
    out = pd.DataFrame(SETS, columns=cols)
    out.insert(1, "sort_order", range(1, len(out) + 1))
    return out


def build_breaks() -> pd.DataFrame:
    """Build breaks.csv from BREAKS; the source is the Eurostat dataset the break shows in."""
    cols = ["geo", "year", "scope", "kind", "note_en", "note_it", "source_url"]
    rows = [(*b[:6], eurostat_url(b[6])) for b in BREAKS]
    return pd.DataFrame(rows, columns=cols)


def better_titles(project_md: Path) -> dict[str, str]:
    """Titles of the BETTER_SOURCES pages; each address must occur in research/project.md."""
    text = project_md.read_text(encoding="utf-8")
    titles = {}
    for _, url, title, *_ in [*BETTER_SOURCES.values(), *PLAN_BETTER_SOURCES.values()]:
        if url not in text:
            raise ValueError(f"better source not in project.md: {url}")
        if title:
            titles[url] = title
    return titles


def build_governance(gov: pd.DataFrame) -> pd.DataFrame:
    """Build governance.csv: one row per area and attribute, with status, unit and reference year."""
    rows = []
    for r in gov.itertuples():
        attr = "body_type" if r.field == "body_type_oecd" else r.field
        if attr not in ATTRS:
            continue
        value, url, note, status = r.value, r.source_url, r.note, "observed"
        if attr == "body_type":
            value, status = BODY_TYPE[next(k for k in BODY_TYPE if r.value.startswith(k))], "classified"
            note = join(f"OECD-typology classification by the project; research text: {r.value}", r.note)
        elif attr == "leadership_mode" and value:
            value, status = LEADERSHIP[next(k for k in LEADERSHIP if r.value.startswith(k))], "classified"
            note = join(f"classification by the project; research text: {r.value}", r.note)
        if value and not url:
            if (r.area_id, attr) != ("warszawa", "body_name_en"):
                raise ValueError(f"value without source: {r.area_id} {attr}")
            url = gov[(gov.area_id == r.area_id) & (gov.field == "body_name_local")].source_url.iloc[0]
            status, note = "derived", "English name translated by the research compiler"
        if not value and note in ("", "not found"):
            note = "not found in sources searched"
        if (r.area_id, attr) in BETTER_SOURCES and value:
            number, better, _, why = BETTER_SOURCES[(r.area_id, attr)]
            note = join(note, f"source: {why} (research/project.md, better sources #{number}); earlier source, of the "
                        f"rest of this note: {url}")
            url = better
        if value and not r.year and attr in TIME_VARYING:
            note = join(note, "reference year not stated in the source")
        rows.append({"area_id": r.area_id, "attribute": attr, "value": value, "unit": UNITS.get(attr, ""),
                     "year": r.year, "status": status, "source_url": url, "note": note})
    return pd.DataFrame(rows).sort_values(["area_id", "attribute"])


def build_competences(gov: pd.DataFrame) -> pd.DataFrame:
    """Classify each area's competences text over the fixed taxonomy (held/shared/not_held/unknown)."""
    comp = gov[gov.field == "competences"].set_index("area_id")
    rows = [[aid, competence, "unknown", "classified", "", "not researched: the governance research covers only the"
             " Metro Case areas"] for aid in ITALY for competence, *_ in TAXONOMY]
    for aid, *_ in AREAS:
        text, url = comp.loc[aid, "value"], comp.loc[aid, "source_url"]
        spec = dict(item.split("=", 1) for item in COMPETENCES[aid].split(" | "))
        if set(spec) - {c for c, *_ in TAXONOMY}:
            raise ValueError(f"unknown competence for {aid}: {set(spec)}")
        for competence, *_ in TAXONOMY:
            level, phrase = spec.get(competence, "unknown:").split(":", 1)
            if any(p not in text for p in phrase.split("; ") if p):
                raise ValueError(f"phrase not in source text: {aid} {phrase}")
            if level == "unknown":
                hint = f' (the source lists "{phrase}", not read as this competence)' if phrase else ""
                rows.append([aid, competence, level, "classified", "", "not listed in the source read" + hint])
            else:
                qual = ' … "(coordination, not service delivery)"' if level == "shared" else ""
                rows.append([aid, competence, level, "classified", url, f'"{phrase}"{qual}'])
    cols = ["area_id", "competence", "level", "status", "source_url", "note"]
    return pd.DataFrame(rows, columns=cols).sort_values(["area_id", "competence"])


def build_catalog() -> pd.DataFrame:
    """Build the indicator catalogue from CATALOG_TEXT."""
    rows = []
    for iid, c in CATALOG.items():
        codes = c["codes"].split(";")
        derived = iid in DERIVED_INDICATORS | set(DERIVED_HERE)
        how = ("computed by this project (scripts/build_data.py) from Eurostat values in data/; each value's note "
               "gives its inputs" if iid in DERIVED_HERE else "computed by the research from Eurostat data")
        rows.append({"indicator_id": iid, **{k: v for k, v in c.items() if k != "codes"},
                     "source_dataset": "; ".join(f"Eurostat {x}" for x in codes),
                     "source_url": eurostat_url(codes[0]), "licence": "CC BY 4.0 (Eurostat)",
                     "status": "derived" if derived else "observed",
                     "note": how if derived else "",
                     **per_capita_columns(iid),
                     "summable": "yes" if iid in SUMMABLE else "no",
                     "population_based": "yes" if iid in POPULATION_BASED else "no",
                     "scatter_x": SCATTER_X.get(iid, SCATTER_X_DEFAULT),
                     "caveat_en": CAVEATS.get(iid, ("", ""))[0], "caveat_it": CAVEATS.get(iid, ("", ""))[1],
                     # The research read copies of the producers' files (commit in source_copy), not dated reads.
                     "retrieved": ""})
    cols = ["indicator_id", "name_en", "name_it", "theme", "unit_en", "unit_it", "decimals", "direction",
            "definition_en", "definition_it", "source_dataset", "source_url", "licence", "status", "note",
            "per_capita_denominator", "per_capita_factor", "per_capita_unit_en", "per_capita_unit_it", "summable",
            "population_based", "scatter_x", "caveat_en", "caveat_it", "retrieved"]
    return pd.DataFrame(rows)[cols].sort_values("indicator_id")


def per_capita_columns(iid: str) -> dict[str, str]:
    """Return the per-capita rule columns of one indicator (empty where none)."""
    names = ["per_capita_denominator", "per_capita_factor", "per_capita_unit_en", "per_capita_unit_it"]
    return dict(zip(names, PER_CAPITA.get(iid, ("", "", "", "")), strict=True))


def carry_flags(out: pd.DataFrame) -> pd.DataFrame:
    """Give metro aggregates the union of their components' flags, and derived densities those of their inputs."""
    out = out.copy()
    flag = {(r.indicator_id, r.nuts_code, r.year): r.flag for r in out.itertuples()}
    for i, r in out[out.nuts_code.str.contains("+", regex=False)].iterrows():
        parts = [flag.get((r.indicator_id, code, r.year), "") for code in r.nuts_code.split("+")]
        out.at[i, "flag"] = flag[(r.indicator_id, r.nuts_code, r.year)] = union_flags([r.flag, *parts])
    area_flags = {code: f for (ind, code, _), f in flag.items() if ind == "area_km2"}
    for i, r in out[out.indicator_id == "population_density_derived"].iterrows():
        pop = flag.get(("population_jan1", r.nuts_code, r.year), "")
        out.at[i, "flag"] = union_flags([r.flag, pop, area_flags.get(r.nuts_code, "")])
    return out


def build_indicator_rows(ind: pd.DataFrame) -> pd.DataFrame:
    """Map research indicator rows to the dashboard schema (flag, status, source, source_copy, note)."""
    if set(ind.indicator_id) - set(CATALOG):
        raise ValueError(f"indicators missing from catalogue: {set(ind.indicator_id) - set(CATALOG)}")
    flag = ind.notes.str.extract(r"Eurostat flag:? ([a-z]+)\b", expand=False).fillna("")
    derived = ind.source_dataset.str.startswith("derived") | ind.notes.str.contains("computed here")
    dataset = ind.indicator_id.map(lambda i: "derived from Eurostat " + CATALOG[i]["codes"].split(";")[0])
    source = ind.source_dataset.where(ind.source_dataset != "derived", dataset)
    brk = ind.area_id.isin(["AL", "tirana"]) & (ind.year == "2025") & ind.indicator_id.isin(POP_BASED)
    note = ind.notes.where(~brk, ind.notes.map(lambda n: join(n, CENSUS_BREAK)))
    return carry_flags(pd.DataFrame({
        "area_id": ind.area_id, "geo": ind.nuts_code, "indicator_id": ind.indicator_id, "nuts_code": ind.nuts_code,
        "year": ind.year, "value": ind.value, "flag": flag, "status": derived.map({True: "derived", False: "observed"}),
        "source": source, "source_copy": ind.source_url_or_repo_path, "note": note}))


def research_rows(res: Path) -> pd.DataFrame:
    """indicators.csv and indicators_more.csv (less LEFT_OUT); a row for several areas ('a|b') goes to each."""
    more = read(res / "indicators_more.csv")
    more = more[~more.indicator_id.isin(LEFT_OUT)].assign(area_id=lambda d: d.area_id.str.split("|"))
    return pd.concat([read(res / "indicators.csv"), more.explode("area_id")], ignore_index=True)


def parse_horizon(text: str) -> tuple[str, str]:
    """Return (start, end) years only when the horizon text literally states them ("2027+": no end)."""
    m = re.fullmatch(r"(?:vision )?(\d{4})(?:-(\d{4})(\+?))?", text.strip())
    if not m:
        return "", ""
    if m.group(2) is None:
        return "", m.group(1)
    return m.group(1), "" if m.group(3) else m.group(2)


def build_axes(pid: str, lang: str, r: pd.Series, note: list[str]) -> list[dict[str, object]]:
    """Split a plan's axes_names into axis rows; gaps and stripped qualifiers go to the plan note."""
    axes = []
    frags = [f.strip() for f in r.axes_names.split(";") if f.strip()]
    for frag in frags:
        if GAP.search(frag):
            note.append(f"axis list incomplete in the sources read: {frag}")
            continue
        axis_note, src = "", r.source_url
        if not axes and re.match(r"[^()]*?:\s", frag):
            prefix, frag = (s.strip() for s in frag.split(":", 1))
            axis_note = f"research list introduced by: {prefix}"
        main = re.search(r"\s*\((main goal: [^)]*)\)$", frag)
        if main:
            frag = frag[: main.start()]
            note.append(main.group(1))
        num = re.match(r"(?:PO?)?(\d+)\s+(.*)", frag)
        axis_no, name = (int(num.group(1)), num.group(2)) if num else (len(axes) + 1, frag)
        if pid == "torino_psm_2021" and axis_no >= 4:
            src, axis_note = r.other_sources.split(" ; ")[0], "named from torinoggi labels (research note)"
        if pid in TRANSLATED_AXES:
            axis_note = "translated by the research compiler"
        axes.append({"plan_id": pid, "axis_no": axis_no, "name": name, "language": lang, "source_url": src,
                     "note": axis_note})
    return axes


def plan_translation_note(language: str) -> str:
    """Which of a plan's names translate its original (dashboard/data/vocab.py checks the same rule)."""
    translated = [f"name_{lang}" for lang in ("en", "it") if lang != language]
    return f"{', '.join(translated)}: working translation by the project"


def plan_names(pid: str, name_local: str) -> dict[str, str]:
    """The Italian title, the original's language and which names are the project's working translations."""
    language, name_it = PLAN_NAMES_IT[pid]
    return {"name_it": name_it or name_local, "name_language": language,
            "name_translation": plan_translation_note(language)}


def build_plans(sp: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Build plans.csv and axes.csv from strategic_plans.csv."""
    plans, axes = [], []
    for pid, aid, match, status_class, lang in PLANS:
        hit = sp[(sp.area_id == aid) & sp.plan_name_local.str.contains(match, regex=False)]
        if len(hit) != 1:
            raise ValueError(f"{pid}: {len(hit)} matching plans")
        r = hit.iloc[0]
        year_ok = bool(re.fullmatch(r"\d{4}", r.adoption_year))
        detail = r.adoption_detail if year_ok or not r.adoption_year else join(
            f"adoption year given as {r.adoption_year}", r.adoption_detail)
        start, end = parse_horizon(r.time_horizon)
        m = re.match(r"(\d+)\b", r.n_axes)
        n_axes = m.group(1) if m and "scenario" not in r.n_axes else ""
        note = [r.notes]
        if r.n_axes and r.n_axes != n_axes:
            note.append(f"number of axes in the research: {r.n_axes}")
        axes += build_axes(pid, lang, r, note)
        source, others = r.source_url, r.other_sources
        if pid in PLAN_BETTER_SOURCES:
            number, source, _, why, better_detail = PLAN_BETTER_SOURCES[pid]
            others = " ; ".join(x for x in (r.source_url, r.other_sources) if x)  # the weak source stays listed
            note.append(f"source: {why} (research/project.md, better sources #{number})")
            detail = better_detail or detail
        plans.append({"plan_id": pid, "area_id": aid, "name_local": r.plan_name_local,
                      "name_en": r.plan_name_en, **plan_names(pid, r.plan_name_local),
                      # "per brief" is the compiler's note to itself, not a source: readers never see it
                      "plan_type": re.sub(r"\s+per brief$", "", r.plan_type), "edition": r.edition,
                      "adoption_year": r.adoption_year if year_ok else "", "adoption_detail": detail,
                      "horizon": r.time_horizon, "horizon_start": start, "horizon_end": end,
                      "status": r.status, "status_class": status_class, "n_axes": n_axes,
                      "eu_funding_link": r.eu_funding_link, "source_url": source,
                      "other_sources": others, "note": join(*note)})
    if len(plans) != len(sp):
        raise ValueError("not every research plan row was mapped")
    return (pd.DataFrame(plans).sort_values("plan_id"),
            pd.DataFrame(axes).sort_values(["plan_id", "axis_no"]))


def italy_plans(cities: pd.DataFrame) -> pd.DataFrame:
    """One plan row per other Italian metropolitan city: the research's strategic-plan (PSM) status and edition."""
    by_name = cities.set_index("cm")
    rows = []
    for aid, (cm, status_class) in ITALY_PLANS.items():
        r = by_name.loc[cm]
        year_ok = bool(re.fullmatch(r"\d{4}", r.psm_year))
        detail = "" if year_ok or not r.psm_year else f"year given as {r.psm_year}"
        rows.append({"plan_id": f"{aid}_psm", "area_id": aid, "name_local": "Piano strategico metropolitano",
                     "name_en": "Metropolitan strategic plan", "name_it": "Piano strategico metropolitano",
                     "name_language": "it", "name_translation": plan_translation_note("it"),
                     "plan_type": "metropolitan strategic plan (PSM)",
                     "edition": r.psm_edition, "adoption_year": r.psm_year if year_ok else "",
                     "adoption_detail": detail, "horizon": "", "horizon_start": "", "horizon_end": "",
                     "status": r.psm_status, "status_class": status_class, "n_axes": "", "eu_funding_link": "",
                     "source_url": r.psm_src, "other_sources": "",
                     "note": join("plan named by its type; the status text gives the title where the source does",
                                  r.notes)})
    return pd.DataFrame(rows)


def split_sources(text: str) -> tuple[str, str]:
    """The first web address of a ' ; ' list (the cited source) and the rest as written (other sources, seeds)."""
    parts = [part.strip() for part in text.split(" ; ") if part.strip()]
    first = next((part for part in parts if part.startswith("http")), "")
    return first, " ; ".join(part for part in parts if part != first)


def build_project(res: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """project/partners.csv and project/events.csv from the research's partners.csv and project_events.csv."""
    partners = []
    for r in read(res / "partners.csv").itertuples():
        if r.role not in PARTNER_ROLES:
            raise ValueError(f"unknown partner role {r.role}")
        url, others = split_sources(r.source_url)
        slug = re.sub(r"[^a-z0-9]+", "_", (r.area_id or r.organisation_name_en.split(" ")[0]).lower()).strip("_")
        partners.append({"partner_id": f"{slug}_{r.role}", "name_local": r.organisation_name_local,
                         "name_en": r.organisation_name_en, "area_id": r.area_id, "country": r.country_iso2,
                         "role": r.role, "policy_instrument": r.policy_instrument_name,
                         "policy_instrument_url": r.policy_instrument_url, "source_url": url, "other_sources": others,
                         "note": r.source_note})
    events = []
    for r in read(res / "project_events.csv").itertuples():
        start, _, end = r.date.partition("/")
        url, others = split_sources(r.source_url)
        events.append({"event_id": r.event_id, "date_start": start, "date_end": end or start, "city": r.city,
                       "host": r.host, "kind": r.kind, "title": r.title, "topic": r.topic, "source_url": url,
                       "other_sources": others, "note": r.note if start else join("date not found", r.note)})
    return pd.DataFrame(partners), pd.DataFrame(events)


def build_sources(urls: set[str], sources_md: Path) -> pd.DataFrame:
    """Build SOURCES.csv: one row per distinct web URL (title from SOURCES.md) plus each Eurostat dataset."""
    titles: dict[str, str] = {}
    for line in sources_md.read_text(encoding="utf-8").splitlines():
        m = re.match(r"- (\S+) – (.*)", line)
        if m:
            titles.setdefault(m.group(1), m.group(2))
    rows = []
    for url in sorted(u for u in urls if u):
        title = titles.get(url) or EXTRA_TITLES.get(url)
        title = title or next((t for k, t in titles.items() if url.startswith(k)), "")
        if not title:
            raise ValueError(f"no SOURCES.md entry for {url}")
        sid = "web_" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10]
        rows.append([sid, url, title, "cited fact; see publisher's terms"])
    rows += [[f"eurostat_{c}", eurostat_url(c), f"Eurostat dataset {c}", "CC BY 4.0"] for c in EUROSTAT]
    return pd.DataFrame(rows, columns=["source_id", "url", "title", "licence"]).sort_values("source_id")


README = """# Metro Case governance dashboard: data set

Built by `scripts/build_data.py` from the project's research files (`governance_long.csv`,
`indicators.csv`, `indicators_more.csv`, `strategic_plans.csv`, `italy_nuts3.csv`, `italy_metro_cities.csv`,
`SOURCES.md`, `INDICATORS.md`, `INDICATORS_MORE.md`); do not edit by hand, rebuild.
All files are UTF-8 CSV with a header. An empty cell means missing, never zero; the `note` says why.

## Files
{files}

## Where it comes from, licence
- Indicators: Eurostat datasets demo_r_pjanaggr3, reg_area3, nama_10r_3gdp, demo_r_gind3, nama_10r_3empers,
  edat_lfse_04, tour_occ_nin2 (code per row in `source`; `source_copy` = the public copy of the Eurostat file that the
  research read). Licence CC BY 4.0, "© European Union, 1995-today".
- Facts from web pages (`areas.csv`, `governance.csv`, `competences.csv`, `plans/`): short factual
  statements, each cited per row in `source_url` (titles in `SOURCES.csv`); the pages stay under their
  publishers' terms.
- Project classifications (body type, leadership mode, competence levels, plan `status_class`) have status
  `classified`: they are the project's judgement, not a source's statement.
- `plans/axis_themes.csv` is the project's own classification of each plan axis into the common themes
  economy_innovation, mobility, environment_climate, social_inclusion, spatial_planning,
  governance_cooperation, culture_tourism (1-2 per axis; `note` = the axis text it was read from). It is
  kept by hand, not rebuilt: when `axes.csv` changes, `python -m dashboard check` names every axis
  without a theme row and every row whose axis is gone or renamed.

## How to cite
Metro Case governance dashboard data set (2026), built from Eurostat (demo_r_pjanaggr3, reg_area3,
nama_10r_3gdp, demo_r_gind3, nama_10r_3empers, edat_lfse_04, tour_occ_nin2) and the sources listed per row.

## Columns
- `area_id`: genova, torino, warszawa, bucuresti, barcelona, skopje, goteborg, tirana, and `it_<city>` for the
  12 other Italian metropolitan cities (`italy_14` set; one NUTS-3 region each, the former province); `geo`: ISO2 or
  EU27_2020. `nuts_code`, `nuts3`, `indicator_geo`: NUTS 2021 codes; `A+B+C` = aggregate of NUTS-3 regions.
- `year`: reference year of the value (empty when the source gives none; the note then says so).
- `value`: exactly as in the research; unit in `unit` (governance) or the catalogue (`unit_en`, `decimals`).
- `source_url`: the page the fact was read from; `source`: producer dataset, or how a value was derived;
  `source_copy`: repository copy read (`github:owner/repo@commit:path`); `note`: caveats, disagreements.
- competences `level`: held (listed as the body's own competence), shared (the source says the body only
  coordinates it, or that it is shared), not_held (a source says so), unknown (not listed in the source).
- plans: `status` = research text, `status_class` = in_force, in_preparation, superseded, ended, unclear;
  `horizon_start`/`horizon_end` only where the horizon text states the year; `n_axes` the number stated;
  `name_language` = the language of `name_local` (ISO 639-1); `name_en`, `name_it` = English and Italian working
  titles, translations of the original name (`name_en` from the research, `name_it` by the project), not new
  facts: `name_translation` says which of them are a working translation by the project.
- practices: paraphrased from the research (`good_practices.csv`, compiled from stored copies of public pages);
  `year_end` empty with `ongoing` = yes where a source says it is ongoing, empty alone where not found; `theme` =
  strategic_planning, governance_cooperation, spatial_planning, mobility, environment_climate, data_monitoring,
  economic_development, eu_funds_iti, social_inclusion; `governance_level` = research text, `level_class` = the
  project's classification of its opening words (metropolitan, inter_municipal, municipal, regional, national,
  association, multi_level); `plan_id` = the plan of `plans/plans.csv` the practice is (same document), else empty;
  `other_sources` = the further URLs of the research note. Practice sources are cited per row, not in SOURCES.csv
  (the research gives no page titles for them).
- screening: `result` = yes, partly, no, not_found; `status` = classified: the project's reading of the research by
  the rule in `reason_en`/`reason_it`, never an official Interreg Europe validation (that is criterion IE-7).

- areas: `name_it`, `short_en`/`short_it` (the one short name shown in every figure and list),
  `core_city_en`/`core_city_it` are the dashboard's own translations; `colour` = `#RRGGBB`, one Okabe-Ito hue per
  area (Okabe & Ito 2008, colour-blind safe), unique within a comparison set (the 12 other Italian metropolitan
  cities: Paul Tol's "muted" scheme plus black, Tol's vibrant magenta #EE3377 and light pear #BBCC33; Torino and
  Genova keep their Metro Case colours in `italy_14`); `comparison_sets` = `;`-list of
  `set_id`s of `sets.csv`; `nuts2_same` = the NUTS-2 region (NUTS 2021) made of exactly the area's NUTS-3 regions
  (PL91, RO32), empty where none. `lat`, `lon`, `coord_source_url`: the core city's coordinates and their source,
  all three empty where the research has none (the 12 other Italian metropolitan cities).
- sets: `default_indicator` = the indicator Compare opens with; `default_bench` = the benchmarks Compare opens with
  (comma list of `country`, `eu`, `partners`; empty = none; `italy_14` opens with `country`, Italy); `source_url` =
  the page listing the members.
- breaks: `geo` = ISO2 (empty = every geo), `year` = first year not comparable with earlier ones, `scope` =
  `population_based` (every indicator with `population_based` = yes, and per-capita values) or one
  `indicator_id`, `kind` = census or release, `note_en`/`note_it` = the caption text, `source_url` = the dataset.
- catalog: `per_capita_denominator` (an `indicator_id`, empty = no per-capita view), `per_capita_factor` (value ×
  factor ÷ denominator of the same region and year), `per_capita_unit_en`/`_it`; `summable` (yes/no: totals that can
  be summed); `population_based` (yes/no: computed from population counts, so census breaks apply); `scatter_x`
  (default second indicator of a scatter); `caveat_en`/`caveat_it` (shown under every figure of the indicator; may
  be empty); `retrieved` (ISO date the producer's file was read): empty for every indicator, because the research
  read copies of the Eurostat files in public repositories (commit in `source_copy`) and states no reading date.

## Vocabularies
- `status`: observed (read from the source), derived (computed by the research or by this build; the note says how),
  classified (project judgement). It describes the row's source; an empty `value` is missing.
- `flag`: Eurostat flags as in the extract: b = break in time series, e = estimated, p = provisional,
  combined as ep, be, bep. Empty = no flag. Metro aggregate rows (`A+B+C`) carry the union of their
  components' flags (b, e, p order), and derived density rows the union of the flags of the population and area
  they were computed from: a break or estimate in a part is a break or estimate in the whole.

## Caveats
- NUTS-3 regions only approximate the areas: SE232 (Västra Götaland) is far larger than the Göteborg
  Region; ES511 is the province of Barcelona, not the 36 AMB municipalities; ITC11/ITC33 are the
  metropolitan cities; AL022 is the Tiranë county. Warszawa = PL911+PL912+PL913, Bucuresti = RO321+RO322.
- Skopje is MK008 (Skopski), not MK004 (Jugoistočen).
- Census breaks: PL 2021 (flag b), MK 2021-22 (2021 census; flag b in 2022, net-migration adjustment in
  2021), RO 2021 (net-migration adjustment), AL 2025 (after the 2023 census; no flag, 2024 missing; not
  comparable with earlier years).
- Mixed Eurostat releases: employment and tertiary attainment come from older releases (NUTS 2016) than
  population and GDP; tertiary attainment is a NUTS-2 proxy; Warsaw employment uses PL91.
- GDP release break between 2020 and 2021: the newer release revises 2014-2020 (strongly for North
  Macedonia's per-capita series): do not compare MK/MK008 per-capita 2021 with earlier years.
- Tourism nights (tour_occ_nin2) exist only for NUTS-2 regions: every value names its region; only PL91 and RO32
  are exactly an area's territory (MK00 is the whole of North Macedonia). The vehicle stock of indicators_more.csv
  is left out until its vehicle code TOT_X_TM is confirmed.
- Indicators computed by this build (catalogue `note`): population change over 1 and 5 years, GDP per inhabitant
  change, foreign share of tourist nights, tourist nights per inhabitant. Each value's `note` gives the formula and
  its input values; a change is left out where its two inputs come from different releases (`source_copy`) or a
  census break lies between them. The rules are `dashboard/updates/derive.py`, shared by this build, `python -m
  dashboard refresh` and partner submissions, which recompute them in the same new version as their inputs.
- Values refreshed from Eurostat's API (`python -m dashboard refresh`, in a versioned data root, never in this
  folder): `source` = "Eurostat DATASET (API, retrieved DATE)", `source_copy` = `eurostat-api:DATASET?FILTERS@DATE`
  (the dataset and filters of `eurostat_queries.csv`), flags as Eurostat gives them. Values submitted by a partner:
  `source_copy` = `partner-submitted:sha256:HASH`, `source` names the partner; values derived from them say
  "derived from" that source.
- Budgets (`budget_eur`) differ in scope (consolidated vs entity, approximate figures): compare with care.

## Boundaries
`geo/` holds the NUTS boundaries that maps and GeoJSON downloads use, so they work with no network. It is cut by
`scripts/build_geo.py` (not by this script: rerun it when `areas.csv` or an area's value file changes) from the
untouched GISCO files (its argument; default `../shared/geo/gisco/`):
- `geo/nuts3_2021_20m_4326.geojson`: the NUTS-3 regions of every area (`nuts3` in `areas.csv`).
- `geo/nuts2_2021_20m_4326.geojson`: the NUTS-2 regions that area values use as proxies (the NUTS-2 `nuts_code`s
  of `indicators/<area_id>.csv`, e.g. PL91, RO32, ES51, SE23, AL02) or that have an area's territory (`nuts2_same`).
- `geo/nuts0_2021_20m_4326.geojson`: all 37 country outlines of the GISCO file (EU27, EFTA, AL, ME, MK, RS, TR,
  UK), drawn for context.
- `geo/SHA256SUMS`: the SHA-256 of each file. The app uses a file only if it matches; `python -m dashboard check`
  names every file that differs, is missing or is not listed.

Source: Eurostat GISCO, NUTS 2021 classification, scale 1:20 million, EPSG:4326 (lon/lat), the distribution files
`NUTS_RG_20M_2021_4326_LEVL_0.geojson`, `..._LEVL_2.geojson` and `..._LEVL_3.geojson`, as copied unchanged in the
public GitHub repository `eurostat/mortality-viz` (commit `a68e24d328aea71b0d7ff4e924da217e185f3f18`). SHA-256 of
the source files, checked before cutting (`dashboard/data/geo.py` holds the same, to verify a downloaded copy):
- level 0: `bc44b301c7f8537b35b963b559f803f633d65b2756c9bd47e802f10f8840cff7`
- level 2: `09300511ff7b2c1947420cf831bb7ce5a1a2b292aa6b0858df6491511d67e964`
- level 3: `7261169b7fc3b20c6e76e0e835433502c42574d3a826b0be042ff223c976a819`

How they were cut: the features whose `NUTS_ID` is needed are kept (every feature of level 0), sorted by `NUTS_ID`,
one per line, with the feature `id` = `NUTS_ID` and the properties `NUTS_ID`, `CNTR_CODE`, `NAME_LATN`, `LEVL_CODE`;
geometries and the `crs` member are unchanged. The same sources give the same bytes.

Attribution, shown on every map and in GeoJSON downloads: "© EuroGeographics for the administrative boundaries.
Source: Eurostat, GISCO (NUTS 2021)." Eurostat provides GISCO reference data free of charge with the source
acknowledged; the designations do not imply any opinion of the EU on the legal status of any territory. The GISCO
FAQ says Eurostat's licence from EuroGeographics covers non-commercial use only (commercial use needs a licence
from EuroGeographics): keep the dashboard non-commercial (seminar and teaching use).
"""
FILES = {
    "areas.csv": "the areas of every comparison set (the Metro Case areas and Italy's 14 metropolitan cities): "
                 "names (EN, IT, local, short EN/IT), country, core city EN/IT, coordinates, "
                 "NUTS-3 codes, the NUTS-2 region of the same territory, fixed colour, comparison sets",
    "sets.csv": "the comparison sets (metro_case, italy_14): names EN/IT, default indicator and benchmarks, the "
                "page that lists the members",
    "countries.csv": "names EN/IT of every area country and benchmark geo (incl. EU27_2020)",
    "breaks.csv": "series breaks (census revisions, a change of Eurostat release) with caption notes EN/IT",
    "eurostat_queries.csv": "the Eurostat dataset and filters each refreshable indicator is read from by "
                               "`python -m dashboard refresh` (filters as the research states them)",
    "governance.csv": "facts on each area's metropolitan body (key area_id, attribute)",
    "competence_taxonomy.csv": "the fixed list of metropolitan competences (names EN/IT)",
    "competences.csv": "level of each competence for each area (classified from the governance text)",
    "indicators/catalog.csv": "indicator definitions EN/IT, unit, decimals, direction, dataset, licence, "
                              "per-capita rule, summable, population-based, scatter x, caveats, date read",
    "indicators/<area_id>.csv": "Eurostat series per area: headline, NUTS-3 component and NUTS-2 proxy rows",
    "indicators/benchmarks.csv": "the same series for IT, ES, PL, RO, SE, MK, AL and EU27_2020",
    "plans/plans.csv": "strategic plans: type, edition, adoption, horizon, status (the 12 other Italian "
                       "metropolitan cities: one row each from italy_metro_cities.csv, their plan's status)",
    "plans/axes.csv": "axis names of each plan, in the language as written",
    "plans/axis_themes.csv": "each axis mapped to 1-2 common themes (project classification; hand-maintained, "
                             "not built by this script)",
    "project/partners.csv": "the Metro Case partners and associated policy authorities: role, area, the policy "
                            "instrument addressed where a source names it (else empty), source",
    "project/events.csv": "the project's events (and one related network event, so labelled in `kind`): dates, "
                          "place, host, topic, source; an event whose date was not found keeps empty dates",
    "source_kinds.csv": "web hosts the project counts as weak sources (search results, Wikipedia copies, document "
                        "hosts; project classification): `check` counts the facts resting only on them",
    "practices/practices.csv": "good practices of metropolitan governance (good_practices.csv): titles, area, "
                               "years, theme, governance level, description, evidence of results, sources",
    "practices/criteria.csv": "selection criteria (GOOD_PRACTICES.md): names, explanations, evidence EN/IT, source",
    "practices/screening.csv": "each practice against IE-2, IE-4, IE-6, IE-7 by stated rules (project "
                               "classification, reason EN/IT; not an official validation)",
    "SOURCES.csv": "every web page and Eurostat dataset cited, with title and licence",
}


def main() -> None:
    """Parse arguments, build every file and print a short summary."""
    ap = argparse.ArgumentParser(description=__doc__)
    # A worktree's parent may not hold shared/: then the research folder must be named explicitly.
    ap.add_argument("--research", type=Path, default=REPO.parent / "shared" / "research",
                    help="the research folder (default: ../shared/research beside the repository)")
    ap.add_argument("--out", type=Path, default=REPO / "data")
    args = ap.parse_args()
    res, out = args.research, args.out
    if not (res / "governance_long.csv").is_file():
        ap.error(f"no research files in {res}: pass --research /path/to/shared/research")
    gov, sp = read(res / "governance_long.csv"), read(res / "strategic_plans.csv")
    done: dict[str, pd.DataFrame] = {}

    def put(df: pd.DataFrame, rel: str, cols: list[str] | None = None) -> None:
        done[rel] = write(df, out / rel, cols or list(df.columns))

    areas, govout, comp = build_areas(gov, read(res / "italy_nuts3.csv")), build_governance(gov), build_competences(gov)
    put(areas, "areas.csv")
    put(govout, "governance.csv")
    put(pd.DataFrame([(c, i, en, it) for i, (c, en, it) in enumerate(TAXONOMY, 1)],
                     columns=["competence", "sort_order", "name_en", "name_it"]), "competence_taxonomy.csv")
    put(comp, "competences.csv")
    put(build_catalog(), "indicators/catalog.csv")
    put(pd.DataFrame([(i, *q) for i, q in sorted(EUROSTAT_QUERIES.items())],
                     columns=["indicator_id", "dataset", "filters", "note"]), "eurostat_queries.csv")
    sets = build_sets()
    put(sets, "sets.csv")
    put(pd.DataFrame(COUNTRIES, columns=["geo", "name_en", "name_it"]), "countries.csv")
    breaks = build_breaks()
    put(breaks, "breaks.csv")
    ind = build_indicator_rows(research_rows(res))
    rules = rules_from_tables(breaks.astype(str).to_dict("records"), areas.astype(str).to_dict("records"))
    derived = pd.DataFrame(derive_rows(ind.to_dict("records"), rules), columns=list(ind.columns))
    ind = pd.concat([ind, derived]).sort_values(["indicator_id", "geo", "year"])
    cols = ["indicator_id", "nuts_code", "year", "value", "flag", "status", "source", "source_copy", "note"]
    area_ids = list(areas.area_id)
    for aid in area_ids:
        put(ind[ind.area_id == aid], f"indicators/{aid}.csv", cols)
    bench = ind[ind.area_id.isin(BENCH)].sort_values(["geo", "indicator_id", "year"])
    put(bench, "indicators/benchmarks.csv", ["geo"] + cols[:1] + cols[2:])
    if len(ind) != sum(len(done[f"indicators/{a}.csv"]) for a in area_ids) + len(bench):
        raise ValueError("indicator rows with an unexpected area_id")
    plans, axes = build_plans(sp)
    plans = pd.concat([plans, italy_plans(read(res / "italy_metro_cities.csv"))]).sort_values("plan_id")
    put(plans, "plans/plans.csv")
    put(axes, "plans/axes.csv")
    partners, events = build_project(res)
    put(pd.DataFrame([(h, k, n) for h, (k, n) in sorted(WEAK_HOSTS.items())], columns=["host", "kind", "note"]),
        "source_kinds.csv")
    put(partners, "project/partners.csv")
    put(events, "project/events.csv")
    from build_practices import build_criteria, build_practices, build_screening  # scripts/ is on sys.path

    practices = build_practices(read(res / "good_practices.csv"))
    put(practices, "practices/practices.csv")
    put(build_criteria(), "practices/criteria.csv")
    put(build_screening(practices, {a for a, *_ in AREAS}), "practices/screening.csv")
    urls = {*govout.source_url, *comp.source_url, *areas.source_url, *areas.coord_source_url,
            *plans.source_url, *axes.source_url, *sets.source_url, *partners.source_url, *events.source_url,
            *partners.policy_instrument_url}
    EXTRA_TITLES.update(better_titles(res / "project.md"))
    put(build_sources(urls, res / "SOURCES.md"), "SOURCES.csv")
    files = "\n".join(f"- `{k}`: {v}." for k, v in FILES.items())
    (out / "README.md").write_text(README.format(files=files), encoding="utf-8", newline="\n")
    for rel, df in sorted(done.items()):
        print(f"{rel}: {len(df)} rows, {int((df == '').sum().sum())} empty cells")


if __name__ == "__main__":
    main()
