-- Staging: comparison sets, the names of countries and benchmark geos, and the series breaks.
CREATE VIEW comparison_sets AS
SELECT set_id, CAST(sort_order AS INTEGER) AS sort_order, name_en, name_it, default_indicator,
       coalesce(default_bench, '') AS default_bench, source_url
FROM raw_sets;

CREATE VIEW countries AS
SELECT geo, name_en, name_it FROM raw_countries;

CREATE VIEW series_breaks AS
SELECT coalesce(geo, '') AS geo, CAST(year AS INTEGER) AS year, scope, kind, note_en, note_it, source_url
FROM raw_breaks;
