-- A partner's CAP Update replaces the draft of its earlier alert (REPLACED), or, when that alert
-- already became an action, goes into the action's dossier (ATTACHED); a Cancel withdraws a
-- waiting draft (WITHDRAWN) and is noted once on every draft it names.
ALTER TABLE action_draft DROP CONSTRAINT ck_action_draft_state;
ALTER TABLE action_draft ADD CONSTRAINT ck_action_draft_state CHECK (state IN
  ('PENDING', 'SENT', 'DISMISSED', 'REPLACED', 'ATTACHED', 'WITHDRAWN'));
ALTER TABLE action_draft ADD COLUMN cancelled_at TIMESTAMP(3) NULL AFTER reviewed_at;
