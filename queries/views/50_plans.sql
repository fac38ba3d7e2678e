-- Staging: strategic plans, their axes, and the axes' theme classification.
CREATE VIEW plans AS
SELECT
    plan_id, area_id, name_local, name_en, name_it, name_language, name_translation, plan_type, edition,
    TRY_CAST(adoption_year AS INTEGER) AS adoption_year,
    adoption_detail, horizon,
    TRY_CAST(horizon_start AS INTEGER) AS horizon_start,
    TRY_CAST(horizon_end AS INTEGER) AS horizon_end,
    status, status_class, n_axes, eu_funding_link, source_url, other_sources, note
FROM raw_plans;

CREATE VIEW plan_axes AS
SELECT plan_id, CAST(axis_no AS INTEGER) AS axis_no, name, language, source_url, note
FROM raw_axes;

CREATE VIEW axis_themes AS
SELECT plan_id, CAST(axis_no AS INTEGER) AS axis_no, theme, status, note
FROM raw_axis_themes;
