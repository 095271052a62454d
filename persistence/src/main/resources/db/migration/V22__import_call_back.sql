-- Incomplete rows of a participant import (issue 3): a row that only lacks something a call can
-- complete (house number, any way to reach the person) goes to the importer's call-back list
-- (registration_card), as an incomplete paper card does, instead of being refused. The report line
-- says so (outcome CALL_BACK) and the import counts such rows apart from the refused ones.
ALTER TABLE participant_import ADD COLUMN call_back_rows INT NOT NULL DEFAULT 0 AFTER held_rows;

ALTER TABLE participant_import_row DROP CONSTRAINT ck_participant_import_row_outcome;
ALTER TABLE participant_import_row ADD CONSTRAINT ck_participant_import_row_outcome CHECK (outcome IN
  ('IMPORTED', 'APPROVAL', 'VERIFICATION', 'QUARANTINE', 'CALL_BACK', 'REFUSED'));
