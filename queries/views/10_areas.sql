-- Staging: the areas, typed.
CREATE VIEW areas AS
SELECT
    area_id,
    CAST(sort_order AS INTEGER) AS sort_order,
    name_en,
    name_local,
    country,
    core_city,
    TRY_CAST(lat AS DOUBLE) AS lat,
    TRY_CAST(lon AS DOUBLE) AS lon,
    string_split(nuts3, ';') AS nuts3,
    indicator_geo,
    comparison_set,
    source_url,
    coord_source_url,
    note
FROM raw_areas;
