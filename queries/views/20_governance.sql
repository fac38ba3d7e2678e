-- Staging: governance facts (long), with a numeric copy of the value where it is a number.
CREATE VIEW governance AS
SELECT
    area_id,
    attribute,
    value,
    TRY_CAST(value AS DOUBLE) AS value_num,
    unit,
    TRY_CAST(year AS INTEGER) AS year,
    status,
    source_url,
    note
FROM raw_governance;
