-- Strategic plans of the chosen areas.
-- $area_ids: list of area ids
SELECT p.plan_id, p.area_id, p.name_local, p.name_en, p.name_it, p.name_language, p.name_translation, p.plan_type,
       p.edition, p.adoption_year, p.adoption_detail, p.horizon, p.horizon_start, p.horizon_end, p.status, p.status_class, p.n_axes,
       p.eu_funding_link, p.source_url, p.other_sources, p.note
FROM plans AS p
JOIN areas AS a USING (area_id)
WHERE list_contains($area_ids, p.area_id)
ORDER BY a.sort_order, p.adoption_year NULLS LAST, p.plan_id;
