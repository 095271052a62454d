-- The participant web app (issue 5): a device token per paired app (a third kind of self-service
-- token, stored as its SHA-256 like the others), the photos sent with app tips, and the position
-- the app reports where the participant allows it.

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

-- The last position the participant's app reported, only while they allow it (turning it off
-- deletes the row). Rounds reach app participants here too while the report is fresh. The grid
-- column and index are those of the home and work points (STACK-NOTES, "Database facts").
CREATE TABLE participant_location (
  participant_id         BIGINT        NOT NULL,
  latitude               DOUBLE        NOT NULL,
  longitude              DOUBLE        NOT NULL,
  lat_cell               INT           AS (FLOOR(latitude * 50)) STORED,
  reported_at            TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (participant_id),
  CONSTRAINT fk_participant_location_participant FOREIGN KEY (participant_id) REFERENCES participant (id) ON DELETE CASCADE,
  INDEX ix_participant_location_grid (lat_cell, longitude, latitude, reported_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A round's second send request: the app participants it reached only by their reported position,
-- on the app alone.
ALTER TABLE action_round
  ADD COLUMN location_request_id BIGINT NULL AFTER send_request_id,
  ADD CONSTRAINT fk_action_round_location_request FOREIGN KEY (location_request_id) REFERENCES send_request (id);
