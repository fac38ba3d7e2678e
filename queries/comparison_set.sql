-- One comparison set: its names and the indicator Compare opens with.
-- $comparison_set: e.g. 'metro_case'
SELECT set_id, name_en, name_it, default_indicator, default_bench, source_url
FROM comparison_sets
WHERE set_id = $comparison_set;
