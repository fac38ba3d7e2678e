-- Good practices matching every filter, in area order; an empty list or a NULL means "no filter".
-- $area_ids, $themes, $levels: lists of ids; $year_from, $year_to: the years a practice must overlap (a practice
-- without any year only matches when no year is set); $text: matched literally (no wildcards), ignoring case and
-- accents, in the id, both titles, the description, the evidence and the governance level.
SELECT p.practice_id, p.area_id, p.title_en, p.title_local, p.year_start, p.year_end, p.ongoing, p.theme,
       p.governance_level, p.level_class, p.description, p.evidence_of_results, p.source_url, p.interreg_gp_url,
       p.other_sources, p.plan_id, p.note
FROM practices AS p
JOIN areas AS a USING (area_id)
WHERE (len($area_ids) = 0 OR list_contains($area_ids, p.area_id))
  AND (len($themes) = 0 OR list_contains($themes, p.theme))
  AND (len($levels) = 0 OR list_contains($levels, p.level_class))
  AND ($year_to IS NULL OR coalesce(p.year_start, p.year_end) <= $year_to)
  AND ($year_from IS NULL OR CASE WHEN p.ongoing THEN 9999 ELSE coalesce(p.year_end, p.year_start) END >= $year_from)
  AND ($text = '' OR contains(
        strip_accents(lower(concat_ws(' ', p.practice_id, p.title_en, p.title_local, p.description, p.evidence_of_results,
                                      p.governance_level))),
        strip_accents(lower($text))))
ORDER BY a.sort_order, p.practice_id;
