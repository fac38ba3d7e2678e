-- The project's partners and associated policy authorities: lead partner first, then partners, then authorities.
-- (no parameters)
SELECT partner_id, name_local, name_en, area_id, country, role, policy_instrument, policy_instrument_url, source_url,
       other_sources, note
FROM partners
ORDER BY CASE role WHEN 'lead_partner' THEN 0 WHEN 'partner' THEN 1 ELSE 2 END, partner_id;
