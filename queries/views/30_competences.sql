-- Staging: the competence taxonomy and each area's classified level per competence.
CREATE VIEW competence_taxonomy AS
SELECT competence, CAST(sort_order AS INTEGER) AS sort_order, name_en, name_it
FROM raw_competence_taxonomy;

CREATE VIEW competences AS
SELECT c.area_id, c.competence, c.level, c.status, c.source_url, c.note, t.sort_order, t.name_en, t.name_it
FROM raw_competences AS c
LEFT JOIN competence_taxonomy AS t USING (competence);
