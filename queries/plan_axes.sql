-- The axes of the chosen plans, in order.
-- $plan_ids: list of plan ids
SELECT plan_id, axis_no, name, language, source_url, note
FROM plan_axes
WHERE list_contains($plan_ids, plan_id)
ORDER BY plan_id, axis_no;
