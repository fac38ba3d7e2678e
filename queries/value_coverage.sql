-- Which geos have indicator values, and over which years: the choices offered by downloads and the export CLI.
-- (no parameters)
SELECT v.geo_kind, v.geo, min(v.year) AS year_min, max(v.year) AS year_max, count(*) AS n_rows
FROM indicator_values AS v
LEFT JOIN areas AS a ON a.area_id = v.area_id
GROUP BY v.geo_kind, v.geo, a.sort_order
ORDER BY v.geo_kind, a.sort_order NULLS LAST, v.geo;
