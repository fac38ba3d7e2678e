-- The indicator catalogue: names, units, decimals, direction, definitions, producer dataset, licence, and the rules
-- the figures follow (per-capita denominator, factor and unit; summable; population-based; scatter x; caveats).
-- (no parameters)
SELECT indicator_id, name_en, name_it, theme, unit_en, unit_it, decimals, direction,
       definition_en, definition_it, source_dataset, source_url, licence, status, note,
       per_capita_denominator, per_capita_factor, per_capita_unit_en, per_capita_unit_it,
       summable, population_based, scatter_x, caveat_en, caveat_it, retrieved
FROM indicator_catalog
ORDER BY theme, indicator_id;
