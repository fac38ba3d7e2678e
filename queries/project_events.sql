-- The project's events in date order (an event without a date last).
-- (no parameters)
SELECT event_id, date_start, date_end, city, host, kind, title, topic, source_url, other_sources, note
FROM project_events
ORDER BY date_start NULLS LAST, event_id;
