-- The indicator catalogue: names, units, decimals, direction, definitions, producer dataset, licence.
-- (no parameters)
SELECT indicator_id, name_en, name_it, theme, unit_en, unit_it, decimals, direction,
       definition_en, definition_it, source_dataset, source_url, licence, status, note
FROM indicator_catalog
ORDER BY theme, indicator_id;
