-- A registration card that was closed, or completed as a registration out of the relation
-- manager's sight, forgets the applicant after the retention period like a participant who left
-- (issue 3); the card itself stays for the counts.

-- When the card left the call-back list (completed or closed), and when it forgot the applicant.
ALTER TABLE registration_card
  ADD COLUMN ended_at TIMESTAMP(3) NULL AFTER entered_by,
  ADD COLUMN applicant_forgotten_at TIMESTAMP(3) NULL AFTER ended_at;

-- Cards that ended before this column existed: they ended no earlier than their last call (or, never
-- called, than their entry), the best moment the data still tell.
UPDATE registration_card c
   SET c.ended_at = COALESCE(
         (SELECT MAX(k.called_at) FROM registration_card_call k WHERE k.card_id = c.id),
         c.entered_at)
 WHERE c.status <> 'CALL_BACK';

-- The erasure job asks for the cards that ended before the retention period and still name someone.
CREATE INDEX ix_registration_card_ended ON registration_card (applicant_forgotten_at, ended_at);
