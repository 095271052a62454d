-- Participant search over millions of participants (issue 3). Phone, e-mail and postcode have their
-- indexes already. A name was also looked for at the start of any later word (LIKE '% term%'),
-- which no index answers: every search read the whole table (seconds at 2,000,000 participants).
--
-- Now the database keeps the name from its second and from its third word on, and the last word of
-- names of four words or more, so the start of the name, of a surname with or without its prefix
-- ("de Vries", "Vries" in "Jan de Vries", "van der Berg" and "Berg" in "Anna Maria van der Berg")
-- is an index range on one of four columns. Kept by the database, so every way of writing
-- participants keeps them right.
--
-- Each index starts with the region (every searcher has a region or municipality scope) and holds
-- the municipality, status and name, so the search reads only index entries of matches in the
-- caller's region and never a row; ParticipantFinder merges the four ranges (UNION) and sorts by
-- name. Measured by ParticipantSearchBenchmark (docs/benchmarks.md).

-- the words of a name are split at single spaces (the application writes names so from now on)
UPDATE participant SET name = REGEXP_REPLACE(name, '[[:space:]]+', ' ')
  WHERE BINARY REGEXP_REPLACE(name, '[[:space:]]+', ' ') <> BINARY name;

ALTER TABLE participant
  ADD COLUMN name_from_second_word VARCHAR(120) AS
    (CASE WHEN CHAR_LENGTH(name) - CHAR_LENGTH(REPLACE(name, ' ', '')) >= 1
      THEN SUBSTRING(name, LOCATE(' ', name) + 1) END) STORED,
  ADD COLUMN name_from_third_word VARCHAR(120) AS
    (CASE WHEN CHAR_LENGTH(name) - CHAR_LENGTH(REPLACE(name, ' ', '')) >= 2
      THEN SUBSTRING(name, LOCATE(' ', name, LOCATE(' ', name) + 1) + 1) END) STORED,
  -- shorter names have their last word as second or third already
  ADD COLUMN name_last_word VARCHAR(120) AS
    (CASE WHEN CHAR_LENGTH(name) - CHAR_LENGTH(REPLACE(name, ' ', '')) >= 3
      THEN SUBSTRING_INDEX(name, ' ', -1) END) STORED;

DROP INDEX ix_participant_name ON participant;
CREATE INDEX ix_participant_search_name
  ON participant (scope_region_id, name, scope_municipality_id, status);
CREATE INDEX ix_participant_search_second_word
  ON participant (scope_region_id, name_from_second_word, scope_municipality_id, status, name);
CREATE INDEX ix_participant_search_third_word
  ON participant (scope_region_id, name_from_third_word, scope_municipality_id, status, name);
CREATE INDEX ix_participant_search_last_word
  ON participant (scope_region_id, name_last_word, scope_municipality_id, status, name);
