-- Governance facts whose only source is on a weak host (search results, Wikipedia copies, document hosts).
-- (no parameters)
SELECT f.area_id, f.attribute, f.value, f.year, f.source_url, k.kind
FROM governance AS f
JOIN source_kinds AS k
  ON lower(regexp_extract(f.source_url, '^[A-Za-z][A-Za-z0-9+.-]*://([^/?#:]+)', 1)) = k.host
  OR lower(regexp_extract(f.source_url, '^[A-Za-z][A-Za-z0-9+.-]*://([^/?#:]+)', 1)) LIKE '%.' || k.host
WHERE f.value IS NOT NULL AND f.value <> ''
ORDER BY f.area_id, f.attribute;
