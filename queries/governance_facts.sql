-- Governance facts (long) for the chosen areas and attributes.
-- $area_ids: list of area ids; $attributes: list of attribute names
SELECT g.area_id, g.attribute, g.value, g.value_num, g.unit, g.year, g.status, g.source_url, g.note
FROM governance AS g
JOIN areas AS a USING (area_id)
WHERE list_contains($area_ids, g.area_id)
  AND list_contains($attributes, g.attribute)
ORDER BY a.sort_order, g.attribute;
