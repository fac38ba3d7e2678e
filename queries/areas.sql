-- The areas of one comparison set, in display order, with their country's names.
-- $comparison_set: e.g. 'metro_case'
SELECT area_id, sort_order, name_en, name_it, name_local, short_en, short_it, country, country_name_en,
       country_name_it, core_city_en, core_city_it, lat, lon, nuts3, indicator_geo, coalesce(nuts2_same, '') AS nuts2_same,
       colour, source_url, coord_source_url, note
FROM areas
WHERE list_contains(comparison_sets, $comparison_set)
ORDER BY sort_order;
