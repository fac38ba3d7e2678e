-- Indicator values for download: the chosen areas' headline series (plus, when asked, the NUTS-3 component rows
-- of areas made of several regions) and the chosen benchmark geos, for the chosen indicators and years, with the
-- indicator's and the area's name and the unit in one language. Missing values stay rows with an empty value and a note.
-- $geos: list of area ids and/or benchmark geo codes; $indicators: list of indicator ids;
-- $year_from, $year_to: inclusive year range; $components: true to add component rows; $lang: 'en' or 'it'
SELECT
    v.geo_kind,
    v.geo,
    CASE WHEN $lang = 'it' THEN a.name_it ELSE a.name_en END AS geo_name,
    v.nuts_code,
    CASE WHEN v.is_component THEN 'component' ELSE 'headline' END AS series,
    v.indicator_id,
    CASE WHEN $lang = 'it' THEN c.name_it ELSE c.name_en END AS indicator_name,
    CASE WHEN $lang = 'it' THEN c.unit_it ELSE c.unit_en END AS unit,
    v.year,
    v.value,
    v.flag,
    v.status,
    v.source,
    v.note
FROM indicator_values AS v
LEFT JOIN indicator_catalog AS c USING (indicator_id)
LEFT JOIN areas AS a ON a.area_id = v.area_id
WHERE list_contains($geos, v.geo)
  AND list_contains($indicators, v.indicator_id)
  AND (NOT v.is_component OR $components)
  AND v.year BETWEEN $year_from AND $year_to
ORDER BY v.geo_kind, a.sort_order NULLS LAST, v.geo, v.indicator_id, v.is_component, v.nuts_code, v.year;
