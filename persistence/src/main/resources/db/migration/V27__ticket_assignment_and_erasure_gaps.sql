-- Helpdesk tickets assigned to a named colleague, the ticket list's filters, and the erasure of
-- merged duplicates (issue 3).

-- The colleague a ticket was assigned to, on the ASSIGNED step of its history (the actor is who
-- assigned it); NULL on every other step.
ALTER TABLE helpdesk_ticket_step ADD COLUMN assignee VARCHAR(60) NULL AFTER actor;

-- "Mine" and "unassigned" in the ticket list: the tickets of a region by owner.
CREATE INDEX ix_helpdesk_ticket_owner ON helpdesk_ticket (scope_region_id, owner, status);

-- A merged duplicate is erased after the retention period like a participant who left; the
-- participant it was merged into may be erased first, so the link must not hold the row back.
ALTER TABLE participant DROP FOREIGN KEY fk_participant_merged_into;
ALTER TABLE participant ADD CONSTRAINT fk_participant_merged_into
  FOREIGN KEY (merged_into_id) REFERENCES participant (id) ON DELETE SET NULL;
