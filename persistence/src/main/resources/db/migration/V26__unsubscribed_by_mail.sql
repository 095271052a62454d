-- The mail whose unsubscribe link a participant used, so a mail's report can say how many left
-- through it. Empty for unsubscriptions from the self-service page or by the relation manager.
ALTER TABLE participant_unsubscription
  ADD COLUMN send_request_id BIGINT NULL,
  ADD CONSTRAINT fk_unsubscription_send_request FOREIGN KEY (send_request_id) REFERENCES send_request (id),
  ADD INDEX ix_unsubscription_send_request (send_request_id);
