"""The data model's fixed vocabularies: file columns and the allowed values of coded fields."""

SOURCE_COLUMNS = ("source_id", "url", "title", "licence")
AREA_COLUMNS = (
    "area_id", "sort_order", "name_en", "name_it", "name_local", "short_en", "short_it", "country", "core_city_en",
    "core_city_it", "lat", "lon", "nuts3", "indicator_geo", "nuts2_same", "colour", "comparison_sets", "source_url",
    "coord_source_url", "note",
)
AREA_REQUIRED = (
    "sort_order", "name_en", "name_it", "name_local", "short_en", "short_it", "country", "core_city_en",
    "core_city_it", "nuts3", "indicator_geo", "colour", "comparison_sets", "source_url",
)
# A core city's coordinates and their source: all three or none (missing where no source gives them).
AREA_COORDINATES = ("lat", "lon", "coord_source_url")
SET_COLUMNS = ("set_id", "sort_order", "name_en", "name_it", "default_indicator", "default_bench", "source_url")
SET_REQUIRED = ("sort_order", "name_en", "name_it", "default_indicator", "source_url")
COUNTRY_COLUMNS = ("geo", "name_en", "name_it")
BREAK_COLUMNS = ("geo", "year", "scope", "kind", "note_en", "note_it", "source_url")
GOVERNANCE_COLUMNS = ("area_id", "attribute", "value", "unit", "year", "status", "source_url", "note")
TAXONOMY_COLUMNS = ("competence", "sort_order", "name_en", "name_it")
COMPETENCE_COLUMNS = ("area_id", "competence", "level", "status", "source_url", "note")
CATALOG_COLUMNS = (
    "indicator_id", "name_en", "name_it", "theme", "unit_en", "unit_it", "decimals", "direction",
    "definition_en", "definition_it", "source_dataset", "source_url", "licence", "status", "note",
    "per_capita_denominator", "per_capita_factor", "per_capita_unit_en", "per_capita_unit_it", "summable",
    "population_based", "scatter_x", "caveat_en", "caveat_it", "retrieved",
)
CATALOG_REQUIRED = (
    "name_en", "name_it", "theme", "unit_en", "unit_it", "decimals", "direction", "definition_en", "definition_it",
    "source_dataset", "source_url", "licence", "status", "summable", "population_based", "scatter_x",
)
# Each per-capita rule names its denominator, factor and units together (all or none).
PER_CAPITA_COLUMNS = ("per_capita_denominator", "per_capita_factor", "per_capita_unit_en", "per_capita_unit_it")
YES_NO = frozenset({"yes", "no"})
BREAK_KINDS = frozenset({"census", "release"})
POPULATION_BASED = "population_based"  # the breaks.csv scope meaning every population-based indicator
VALUE_COLUMNS = ("indicator_id", "nuts_code", "year", "value", "flag", "status", "source", "source_copy", "note")
BENCHMARK_COLUMNS = ("geo", *(c for c in VALUE_COLUMNS if c != "nuts_code"))
# Which Eurostat dataset and filters (dim=CODE;dim=CODE) an indicator is read from by `refresh`.
EUROSTAT_QUERY_COLUMNS = ("indicator_id", "dataset", "filters", "note")
EUROSTAT_DATASET = r"^[a-z][a-z0-9_]{1,40}$"  # a dataset code, as in the API's URL
EUROSTAT_FILTER = r"^[a-z][a-z0-9_]{0,20}=[A-Za-z0-9_.\-]{1,40}$"  # one dim=CODE of a query
PLAN_COLUMNS = (
    "plan_id", "area_id", "name_local", "name_en", "name_it", "name_language", "name_translation", "plan_type",
    "edition", "adoption_year",
    "adoption_detail", "horizon", "horizon_start", "horizon_end", "status", "status_class", "n_axes",
    "eu_funding_link", "source_url", "other_sources", "note",
)
# The language of a plan's original name (ISO 639-1) and the marker of its working titles (name_en, name_it).
PLAN_NAME_LANGUAGES = frozenset({"ca", "en", "es", "it", "mk", "pl", "ro", "sq", "sv"})
TRANSLATION_MARK = "working translation by the project"


def plan_translation_note(language: str) -> str:
    """Return the name_translation a plan named in language must carry: which names translate the original."""
    translated = [f"name_{lang}" for lang in ("en", "it") if lang != language]
    return f"{', '.join(translated)}: {TRANSLATION_MARK}"


AXIS_COLUMNS = ("plan_id", "axis_no", "name", "language", "source_url", "note")
AXIS_THEME_COLUMNS = ("plan_id", "axis_no", "theme", "status", "note")
PARTNER_COLUMNS = (
    "partner_id", "name_local", "name_en", "area_id", "country", "role", "policy_instrument", "policy_instrument_url",
    "source_url", "other_sources", "note",
)
EVENT_COLUMNS = (
    "event_id", "date_start", "date_end", "city", "host", "kind", "title", "topic", "source_url", "other_sources",
    "note",
)
PARTNER_ROLES = ("lead_partner", "partner", "associated_policy_authority")
SOURCE_KIND_COLUMNS = ("host", "kind", "note")
WEAK_SOURCE_KINDS = frozenset({"search_results", "wiki_mirror", "document_host"})
PRACTICE_COLUMNS = (
    "practice_id", "area_id", "title_en", "title_local", "year_start", "year_end", "ongoing", "theme",
    "governance_level", "level_class", "description", "evidence_of_results", "source_url", "interreg_gp_url",
    "other_sources", "plan_id", "note",
)
CRITERION_COLUMNS = (
    "criterion_id", "sort_order", "framework", "name_en", "name_it", "explanation_en", "explanation_it",
    "evidence_en", "evidence_it", "source_url",
)
SCREENING_COLUMNS = ("practice_id", "criterion_id", "result", "status", "reason_en", "reason_it")
PRACTICE_THEMES = (
    "strategic_planning", "governance_cooperation", "spatial_planning", "mobility", "environment_climate",
    "data_monitoring", "economic_development", "eu_funds_iti", "social_inclusion",
)
LEVEL_CLASSES = ("metropolitan", "inter_municipal", "municipal", "regional", "national", "association", "multi_level")
SCREENING_RESULTS = ("yes", "partly", "no", "not_found")

# Our own status of a fact or value; producer flags (b, e, p, ...) live in their own column.
FACT_STATUS = frozenset({"observed", "derived", "classified"})
VALUE_STATUS = frozenset({"observed", "derived"})

BODY_TYPES = (
    "soft_coordination", "inter_municipal", "supra_municipal", "special_status_city", "no_metropolitan_body",
)
LEADERSHIP_MODES = ("directly_elected", "indirectly_elected", "appointed")
GOVERNANCE_ATTRIBUTES = frozenset({
    "body_name_local", "body_name_en", "body_type", "legal_basis", "year_established",
    "n_member_municipalities", "population", "area_km2", "core_city_population", "leadership_mode",
    "competences", "budget_eur", "nuts3_codes", "website",
})
NUMERIC_ATTRIBUTES = frozenset({
    "year_established", "n_member_municipalities", "population", "area_km2", "core_city_population", "budget_eur",
})
# Names, legal acts and classifications hold without a reference year.
TIMELESS_ATTRIBUTES = frozenset({
    "body_name_local", "body_name_en", "body_type", "legal_basis", "year_established", "nuts3_codes",
})
CLASSIFIED_VALUES = {"body_type": frozenset(BODY_TYPES), "leadership_mode": frozenset(LEADERSHIP_MODES)}

COMPETENCE_LEVELS = ("held", "shared", "not_held", "unknown")
THEMES = frozenset({"demography", "economy", "labour_education", "territory"})
DIRECTIONS = frozenset({"higher_is_better", "lower_is_better", "neutral"})
PLAN_STATUS = frozenset({"in_force", "in_preparation", "superseded", "ended", "unclear"})
PLAN_THEMES_ORDER = (
    "economy_innovation", "mobility", "environment_climate", "social_inclusion", "spatial_planning",
    "governance_cooperation", "culture_tourism",
)
PLAN_THEMES = frozenset(PLAN_THEMES_ORDER)
EXTRA_BENCHMARKS = frozenset({"EU27_2020"})
# The benchmarks Compare can draw (sets.csv default_bench is a comma list of them).
BENCHMARK_CHOICES = frozenset({"partners", "country", "eu"})

# Every table file of a data directory: raw table name -> (path relative to the data directory, columns).
# check reads exactly these (plus one indicators/<area_id>.csv per area), and the loader loads what check read:
# a file not listed here is refused. Add a new table here, then its rules in check.py.
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "raw_sources": ("SOURCES.csv", SOURCE_COLUMNS),
    "raw_areas": ("areas.csv", AREA_COLUMNS),
    "raw_governance": ("governance.csv", GOVERNANCE_COLUMNS),
    "raw_competence_taxonomy": ("competence_taxonomy.csv", TAXONOMY_COLUMNS),
    "raw_competences": ("competences.csv", COMPETENCE_COLUMNS),
    "raw_sets": ("sets.csv", SET_COLUMNS),
    "raw_countries": ("countries.csv", COUNTRY_COLUMNS),
    "raw_breaks": ("breaks.csv", BREAK_COLUMNS),
    "raw_catalog": ("indicators/catalog.csv", CATALOG_COLUMNS),
    "raw_benchmarks": ("indicators/benchmarks.csv", BENCHMARK_COLUMNS),
    "raw_eurostat_queries": ("eurostat_queries.csv", EUROSTAT_QUERY_COLUMNS),  # optional: what `refresh` reads
    "raw_plans": ("plans/plans.csv", PLAN_COLUMNS),
    "raw_axes": ("plans/axes.csv", AXIS_COLUMNS),
    "raw_axis_themes": ("plans/axis_themes.csv", AXIS_THEME_COLUMNS),
    # The project itself (optional: a data folder without them shows no partners or events).
    "raw_partners": ("project/partners.csv", PARTNER_COLUMNS),
    "raw_events": ("project/events.csv", EVENT_COLUMNS),
    "raw_source_kinds": ("source_kinds.csv", SOURCE_KIND_COLUMNS),  # optional: weak hosts (project classification)
    "raw_practices": ("practices/practices.csv", PRACTICE_COLUMNS),
    "raw_criteria": ("practices/criteria.csv", CRITERION_COLUMNS),
    "raw_screening": ("practices/screening.csv", SCREENING_COLUMNS),
}
# Per-area indicator tables: indicators/<area_id>.csv, loaded together as raw_area_values with an area_id column.
AREA_VALUES_FOLDER = "indicators"
AREA_VALUES_TABLE = "raw_area_values"
# Other files a data directory may hold, and folders whose files are checked by rules of their own.
EXTRA_FILES = ("README.md",)
FREE_FOLDERS = ("geo", "stories")

# Seminar stories (data/stories/<id>.yaml): ordered steps, each a view of one page. The figure a step shows is
# named for Governance and Plans (pages with several figures); a Compare step's figure is its `view` parameter.
STORIES_FOLDER = "stories"
STORY_FIGURES: dict[str, tuple[str, ...]] = {
    "compare": (),
    "governance": ("competences",),
    "plans": ("timeline", "themes"),
}
STORY_KEYS = ("id", "title", "steps")
STEP_KEYS = ("page", "figure", "params", "title", "note")


