-- Staging: every source cited in the data set, with its licence.
CREATE VIEW sources AS
SELECT source_id, url, title, licence
FROM raw_sources;
