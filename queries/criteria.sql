-- The selection criteria, in order, with their sources.
SELECT criterion_id, sort_order, framework, name_en, name_it, explanation_en, explanation_it, evidence_en,
       evidence_it, source_url
FROM criteria
ORDER BY sort_order, criterion_id;
