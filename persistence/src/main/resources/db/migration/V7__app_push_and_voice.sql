-- App push and voice (issue 4): the participant's Web Push subscriptions, and the content and
-- counts of the two channels on a send request. All text utf8mb4, times UTC.

-- A browser or app's push subscription (RFC 8030): where to push and the keys to encrypt for it
-- (RFC 8291). Read only for the participant's own self-service session and by the push gateway in
-- the system scope, never by staff, so it carries no scope columns. Endpoints are long URLs; the
-- SHA-256 of the endpoint makes it unique (an index on the URL itself would exceed InnoDB's key).
CREATE TABLE push_subscription (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  participant_id  BIGINT        NOT NULL,
  endpoint        VARCHAR(1000) NOT NULL,
  endpoint_hash   CHAR(64)      NOT NULL,
  -- the user agent's P-256 public key (65 bytes) and auth secret (16 bytes), base64url
  p256dh          VARCHAR(100)  NOT NULL,
  auth            VARCHAR(40)   NOT NULL,
  created_at      TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_push_subscription_endpoint UNIQUE (endpoint_hash),
  CONSTRAINT fk_push_subscription_participant FOREIGN KEY (participant_id) REFERENCES participant (id) ON DELETE CASCADE,
  INDEX ix_push_subscription_participant (participant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the voice call says (the gateway reads it twice) and what the app notification shows.
ALTER TABLE send_request
  ADD COLUMN voice_script VARCHAR(1000) NULL AFTER mail_body,
  ADD COLUMN app_title    VARCHAR(100)  NULL AFTER voice_script,
  ADD COLUMN app_body     VARCHAR(500)  NULL AFTER app_title,
  ADD COLUMN app_count    INT           NOT NULL DEFAULT 0 AFTER email_count,
  ADD COLUMN voice_count  INT           NOT NULL DEFAULT 0 AFTER app_count,
  DROP CONSTRAINT ck_send_request_content,
  ADD CONSTRAINT ck_send_request_content CHECK (sms_text IS NOT NULL OR mail_subject IS NOT NULL
    OR voice_script IS NOT NULL OR app_title IS NOT NULL);
