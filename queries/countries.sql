-- The names of every country and benchmark geo (EN, IT).
-- (no parameters)
SELECT geo, name_en, name_it
FROM countries
ORDER BY geo;
