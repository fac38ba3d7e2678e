-- Staging: good practices (years typed), the selection criteria, and the project's screening of each practice.
CREATE VIEW practices AS
SELECT
    practice_id, area_id, title_en, title_local,
    TRY_CAST(year_start AS INTEGER) AS year_start,
    TRY_CAST(year_end AS INTEGER) AS year_end,
    ongoing = 'yes' AS ongoing,
    theme, governance_level, level_class, description, evidence_of_results, source_url, interreg_gp_url,
    other_sources, plan_id, note
FROM raw_practices;

CREATE VIEW criteria AS
SELECT criterion_id, CAST(sort_order AS INTEGER) AS sort_order, framework, name_en, name_it, explanation_en,
       explanation_it, evidence_en, evidence_it, source_url
FROM raw_criteria;

CREATE VIEW screening AS
SELECT practice_id, criterion_id, result, status, reason_en, reason_it
FROM raw_screening;
