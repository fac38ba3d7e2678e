-- Facts whose cited source is on a weak host (search results, Wikipedia copies, document hosts): governance facts
-- (their only source), strategic plans and areas (their cited source_url; further sources may be listed).
-- (no parameters)
WITH cited AS (
    SELECT area_id, attribute, value, year, source_url FROM governance WHERE value IS NOT NULL AND value <> ''
    UNION ALL
    SELECT area_id, 'plan' AS attribute, name_local AS value, adoption_year AS year, source_url FROM plans
    UNION ALL
    SELECT area_id, 'area' AS attribute, name_local AS value, NULL AS year, source_url FROM areas
)
SELECT f.area_id, f.attribute, f.value, f.year, f.source_url, k.kind
FROM cited AS f
JOIN source_kinds AS k
  ON lower(regexp_extract(f.source_url, '^[A-Za-z][A-Za-z0-9+.-]*://([^/?#:]+)', 1)) = k.host
  OR lower(regexp_extract(f.source_url, '^[A-Za-z][A-Za-z0-9+.-]*://([^/?#:]+)', 1)) LIKE '%.' || k.host
ORDER BY f.attribute = 'area', f.attribute = 'plan', f.area_id, f.attribute, f.value;
