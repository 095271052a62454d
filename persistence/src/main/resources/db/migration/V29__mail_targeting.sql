-- Burgernetmail to a part of a municipality (issue 6): a circle or polygon drawn on the map, or
-- PC4/PC6 postcodes, kept as the JSON the action component writes for its areas. NULL keeps the
-- old meaning: everyone of the target municipality.
ALTER TABLE burgernet_mail ADD COLUMN target_area TEXT NULL;
