-- The project's theme classification of the chosen plans' axes, with the axis text and the axis's source.
-- $plan_ids: list of plan ids
SELECT t.plan_id, t.axis_no, x.name AS axis_name, x.language, x.source_url, t.theme, t.status, t.note
FROM axis_themes AS t
JOIN plan_axes AS x USING (plan_id, axis_no)
WHERE list_contains($plan_ids, t.plan_id)
ORDER BY t.plan_id, t.axis_no, t.theme;
