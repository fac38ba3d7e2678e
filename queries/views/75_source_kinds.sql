-- Staging: the weak source hosts (project classification) and each governance fact's host.
CREATE VIEW source_kinds AS
SELECT lower(host) AS host, kind, coalesce(note, '') AS note FROM raw_source_kinds;
