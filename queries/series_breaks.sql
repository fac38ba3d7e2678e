-- The known breaks in the series: census revisions of a country, a change of the producer's release.
-- (no parameters)
SELECT geo, year, scope, kind, note_en, note_it, source_url
FROM series_breaks
ORDER BY year, geo, scope;
