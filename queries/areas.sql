-- The areas of one comparison set, in display order.
-- $comparison_set: e.g. 'metro_case'
SELECT area_id, sort_order, name_en, name_local, country, core_city, lat, lon, nuts3, indicator_geo,
       source_url, coord_source_url, note
FROM areas
WHERE comparison_set = $comparison_set
ORDER BY sort_order;
