-- The participant web app (issue 5): a device token per paired app (a third kind of self-service
-- token, stored as its SHA-256 like the others), and the photos sent with app tips.

ALTER TABLE self_service_token
  DROP CONSTRAINT ck_self_service_token_kind,
  ADD CONSTRAINT ck_self_service_token_kind CHECK (kind IN ('LINK', 'SESSION', 'DEVICE'));

-- A tip's photo, re-encoded as JPEG on arrival (no metadata such as the camera's GPS position is
-- kept). The tip names it by its random reference; only staff who see the action (same scope
-- columns) read it. Kept in the store, not on an instance's disk, so every instance serves it.
CREATE TABLE action_tip_photo (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  reference              CHAR(43)      NOT NULL,
  action_id              BIGINT        NOT NULL,
  content_type           VARCHAR(40)   NOT NULL,
  content                MEDIUMBLOB    NOT NULL,
  created_at             TIMESTAMP(3)  NOT NULL,
  scope_region_id        BIGINT        NULL,
  scope_municipality_id  BIGINT        NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_action_tip_photo_reference UNIQUE (reference),
  CONSTRAINT fk_action_tip_photo_action FOREIGN KEY (action_id) REFERENCES action (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Tips per participant in the last hour, for the app's rate limit.
CREATE INDEX ix_action_tip_participant ON action_tip (participant_id, source, received_at);
