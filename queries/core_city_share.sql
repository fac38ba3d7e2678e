-- The core city's share of each area's population, derived only where both facts share one reference year.
-- $area_ids: list of area ids
-- share_pct = core_city_population / population × 100; NULL when a fact, its year or the common year is missing.
WITH population AS (
    SELECT area_id, value_num, year, source_url FROM governance WHERE attribute = 'population'
), core AS (
    SELECT area_id, value_num, year, source_url FROM governance WHERE attribute = 'core_city_population'
)
SELECT a.area_id,
       p.value_num AS population, p.year AS population_year, p.source_url AS population_source_url,
       c.value_num AS core_city_population, c.year AS core_year, c.source_url AS core_source_url,
       CASE WHEN p.year = c.year AND p.value_num > 0 THEN c.value_num / p.value_num * 100 END AS share_pct
FROM areas AS a
LEFT JOIN population AS p USING (area_id)
LEFT JOIN core AS c USING (area_id)
WHERE list_contains($area_ids, a.area_id)
ORDER BY a.sort_order;
