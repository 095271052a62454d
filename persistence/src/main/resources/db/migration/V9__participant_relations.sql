-- Relation management (issue 3): search, merging duplicates and bad e-mail addresses.

-- A permanent bounce marks the e-mail address bad: nothing is mailed to it any more and the
-- participant waits on the relation manager's list "e-mailadres herstellen" until the address is
-- changed. The diagnostic is what the receiving server said, for the relation manager.
ALTER TABLE participant
  ADD COLUMN email_bounced_at TIMESTAMP(3) NULL,
  ADD COLUMN email_bounce_diagnostic VARCHAR(500) NULL;

-- A registration taken into an existing participant (merge of a duplicate from quarantine) keeps
-- its row for the record, pointing at the participant it became part of.
ALTER TABLE participant
  ADD COLUMN merged_into_id BIGINT NULL,
  ADD CONSTRAINT fk_participant_merged_into FOREIGN KEY (merged_into_id) REFERENCES participant (id);
ALTER TABLE participant DROP CONSTRAINT ck_participant_status;
ALTER TABLE participant ADD CONSTRAINT ck_participant_status CHECK (status IN
  ('AWAITING_CONFIRMATION', 'VERIFICATION', 'QUARANTINE', 'ACTIVE', 'REJECTED', 'UNSUBSCRIBED',
   'MERGED'));

-- Search by the relation manager and the helpdesk: name prefix and postcode, within the scope
-- (phone and e-mail already have their indexes for the duplicate check); the bad-address list by
-- scope.
CREATE INDEX ix_participant_name ON participant (name);
CREATE INDEX ix_participant_home_postcode ON participant (home_postcode);
CREATE INDEX ix_participant_scope_municipality_bounce ON participant (scope_municipality_id, email_bounced_at);
CREATE INDEX ix_participant_scope_region_bounce ON participant (scope_region_id, email_bounced_at);
