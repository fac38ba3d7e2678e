-- Each area's classified level for every competence, with the competence list (governance fact) it was read from.
-- $area_ids: list of area ids
SELECT c.area_id, c.competence, c.sort_order, c.name_en, c.name_it, c.level, c.status, c.source_url, c.note,
       g.source_url AS list_source_url, g.year AS list_year
FROM competences AS c
JOIN areas AS a USING (area_id)
LEFT JOIN governance AS g ON g.area_id = c.area_id AND g.attribute = 'competences'
WHERE list_contains($area_ids, c.area_id)
ORDER BY a.sort_order, c.sort_order;
