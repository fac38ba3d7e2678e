-- Staging: the areas, typed, with their country's names; comparison_sets and nuts3 as lists.
CREATE VIEW areas AS
SELECT
    a.area_id,
    CAST(a.sort_order AS INTEGER) AS sort_order,
    a.name_en,
    a.name_it,
    a.name_local,
    a.short_en,
    a.short_it,
    a.country,
    c.name_en AS country_name_en,
    c.name_it AS country_name_it,
    a.core_city_en,
    a.core_city_it,
    TRY_CAST(a.lat AS DOUBLE) AS lat,
    TRY_CAST(a.lon AS DOUBLE) AS lon,
    string_split(a.nuts3, ';') AS nuts3,
    a.indicator_geo,
    a.nuts2_same,
    a.colour,
    string_split(a.comparison_sets, ';') AS comparison_sets,
    a.source_url,
    a.coord_source_url,
    a.note
FROM raw_areas AS a
LEFT JOIN raw_countries AS c ON c.geo = a.country;
