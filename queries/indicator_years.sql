-- For every indicator, the years in which at least one area of a comparison set has a headline value,
-- with how many areas have one (used to validate years in links and to pick a default year).
-- $comparison_set: e.g. 'metro_case'
SELECT v.indicator_id, v.year, count(*) AS n_areas
FROM indicator_values AS v
JOIN areas AS a USING (area_id)
WHERE list_contains(a.comparison_sets, $comparison_set)
  AND v.geo_kind = 'area'
  AND NOT v.is_component
  AND v.value IS NOT NULL
GROUP BY v.indicator_id, v.year
ORDER BY v.indicator_id, v.year;
