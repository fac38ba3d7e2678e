-- One indicator's headline series for the chosen areas and benchmark geos over a year range.
-- $indicator_id: indicator id; $geos: list of area ids and/or benchmark geo codes;
-- $year_from, $year_to: inclusive year range
SELECT geo_kind, geo, area_id, indicator_id, nuts_code, year, value, flag, status, source, source_copy, note, partner
FROM indicator_values
WHERE indicator_id = $indicator_id
  AND list_contains($geos, geo)
  AND NOT is_component
  AND year BETWEEN $year_from AND $year_to
ORDER BY geo_kind, geo, year;
