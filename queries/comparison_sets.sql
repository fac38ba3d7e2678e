-- Every comparison set, in display order: names, the indicator and benchmarks Compare opens with, source page.
SELECT set_id, name_en, name_it, default_indicator, default_bench, source_url
FROM comparison_sets
ORDER BY sort_order, set_id;
