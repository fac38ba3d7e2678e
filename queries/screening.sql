-- The project's screening of the chosen practices against the criteria (a classification, not a validation).
-- $practice_ids: list of practice ids
SELECT s.practice_id, s.criterion_id, s.result, s.status, s.reason_en, s.reason_it
FROM screening AS s
JOIN criteria AS c USING (criterion_id)
WHERE list_contains($practice_ids, s.practice_id)
ORDER BY s.practice_id, c.sort_order;
