-- Each area's classified level for every competence of the taxonomy.
-- $area_ids: list of area ids
SELECT c.area_id, c.competence, c.name_en, c.name_it, c.level, c.status, c.source_url, c.note
FROM competences AS c
JOIN areas AS a USING (area_id)
WHERE list_contains($area_ids, c.area_id)
ORDER BY a.sort_order, c.sort_order;
