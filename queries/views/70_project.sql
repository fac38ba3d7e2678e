-- Staging: the project's partners and events (empty where a data folder has none).
CREATE VIEW partners AS
SELECT partner_id, name_local, name_en, coalesce(area_id, '') AS area_id, country, role,
       coalesce(policy_instrument, '') AS policy_instrument, coalesce(policy_instrument_url, '') AS policy_instrument_url,
       source_url, coalesce(other_sources, '') AS other_sources, coalesce(note, '') AS note
FROM raw_partners;

CREATE VIEW project_events AS
SELECT event_id, TRY_CAST(date_start AS DATE) AS date_start, TRY_CAST(date_end AS DATE) AS date_end,
       coalesce(city, '') AS city, coalesce(host, '') AS host, kind, title, coalesce(topic, '') AS topic, source_url,
       coalesce(other_sources, '') AS other_sources, coalesce(note, '') AS note
FROM raw_events;
