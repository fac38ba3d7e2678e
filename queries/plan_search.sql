-- Plans of the chosen areas whose local, English or Italian name, or one of whose axes, contains the search text.
-- $area_ids: list of area ids; $text: the search text, matched literally (no wildcards), ignoring case and accents
SELECT p.plan_id, p.area_id
FROM plans AS p
JOIN areas AS a USING (area_id)
WHERE list_contains($area_ids, p.area_id)
  AND (
    contains(strip_accents(lower(coalesce(p.name_local, ''))), strip_accents(lower($text)))
    OR contains(strip_accents(lower(coalesce(p.name_en, ''))), strip_accents(lower($text)))
    OR contains(strip_accents(lower(coalesce(p.name_it, ''))), strip_accents(lower($text)))
    OR EXISTS (
        SELECT 1 FROM plan_axes AS x
        WHERE x.plan_id = p.plan_id AND contains(strip_accents(lower(x.name)), strip_accents(lower($text)))
    )
  )
ORDER BY a.sort_order, p.adoption_year NULLS LAST, p.plan_id;
