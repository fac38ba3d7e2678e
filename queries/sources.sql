-- Every source cited in the data set, with its licence.
-- (no parameters)
SELECT source_id, url, title, licence
FROM sources
ORDER BY source_id;
