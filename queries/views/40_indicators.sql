-- Staging: the indicator catalogue and all indicator values (partner areas and benchmarks) in one long view.
CREATE VIEW indicator_catalog AS
SELECT
    indicator_id, name_en, name_it, theme, unit_en, unit_it,
    CAST(decimals AS INTEGER) AS decimals,
    direction, definition_en, definition_it, source_dataset, source_url, licence, status, note,
    coalesce(per_capita_denominator, '') AS per_capita_denominator,
    TRY_CAST(per_capita_factor AS DOUBLE) AS per_capita_factor,
    coalesce(per_capita_unit_en, '') AS per_capita_unit_en,
    coalesce(per_capita_unit_it, '') AS per_capita_unit_it,
    summable = 'yes' AS summable,
    population_based = 'yes' AS population_based,
    coalesce(scatter_x, '') AS scatter_x,
    coalesce(caveat_en, '') AS caveat_en,
    coalesce(caveat_it, '') AS caveat_it,
    coalesce(retrieved, '') AS retrieved
FROM raw_catalog;

-- Area files are named <area_id>.csv; the loader puts the area key beside each row.
CREATE VIEW area_values AS
SELECT
    v.area_id,
    v.indicator_id,
    v.nuts_code,
    CAST(v.year AS INTEGER) AS year,
    TRY_CAST(v.value AS DOUBLE) AS value,
    v.flag,
    v.status,
    v.source,
    v.source_copy,
    v.note,
    -- A value a partner submitted (dashboard/updates/submission.py), or derived from one: shown as such.
    contains(coalesce(v.source_copy, ''), 'partner-submitted:') AS partner
FROM raw_area_values AS v;

-- A row is a component when its area is made of several NUTS-3 regions and the row is one of them;
-- the area's headline series is everything else (the aggregate, or a NUTS-2 proxy where noted).
CREATE VIEW indicator_values AS
SELECT
    'area' AS geo_kind,
    v.area_id AS geo,
    v.area_id,
    v.indicator_id, v.nuts_code, v.year, v.value, v.flag, v.status, v.source, v.source_copy, v.note, v.partner,
    len(a.nuts3) > 1 AND list_contains(a.nuts3, v.nuts_code) AS is_component
FROM area_values AS v
LEFT JOIN areas AS a USING (area_id)
UNION ALL BY NAME
SELECT
    'benchmark' AS geo_kind,
    b.geo,
    NULL AS area_id,
    b.indicator_id,
    b.geo AS nuts_code,
    CAST(b.year AS INTEGER) AS year,
    TRY_CAST(b.value AS DOUBLE) AS value,
    b.flag, b.status, b.source, b.source_copy, b.note,
    false AS partner,
    false AS is_component
FROM raw_benchmarks AS b;
