-- Participant self-service (issue 3): magic links, address changes waiting for approval, one-click
-- unsubscription with a reason, and anonymous counts of registrations that expired unconfirmed.

-- The unsubscribe link goes in every message to the participant, also in messages composed long
-- after registration, so the token is kept as it is (a hash could not be put in a later link). It
-- is 32 random bytes, URL-safe; rows from before this migration get one here.
ALTER TABLE participant ADD COLUMN unsubscribe_token CHAR(43) NULL;
UPDATE participant
   SET unsubscribe_token = REPLACE(REPLACE(REPLACE(TO_BASE64(RANDOM_BYTES(32)), '+', '-'), '/', '_'), '=', '')
 WHERE unsubscribe_token IS NULL;
ALTER TABLE participant MODIFY unsubscribe_token CHAR(43) NOT NULL,
  ADD CONSTRAINT uk_participant_unsubscribe_token UNIQUE (unsubscribe_token);

-- The expiry job finds overdue registrations by status and expiry.
CREATE INDEX ix_participant_confirmation_expiry ON participant (status, confirmation_expires_at);

-- Magic links (LINK, single use) and the short self-service sessions they open (SESSION). Only the
-- SHA-256 of each token is stored: the mail and the participant's page hold the only copies.
CREATE TABLE self_service_token (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  participant_id  BIGINT       NOT NULL,
  kind            VARCHAR(10)  NOT NULL,
  token_hash      CHAR(64)     NOT NULL,
  created_at      TIMESTAMP(3) NOT NULL,
  expires_at      TIMESTAMP(3) NOT NULL,
  used_at         TIMESTAMP(3) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_self_service_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_self_service_token_participant FOREIGN KEY (participant_id) REFERENCES participant (id) ON DELETE CASCADE,
  CONSTRAINT ck_self_service_token_kind CHECK (kind IN ('LINK', 'SESSION')),
  -- links asked for recently, for the throttle per address
  INDEX ix_self_service_token_recent (participant_id, kind, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An address change a participant asked for, located by the geocoder, waiting for the relation
-- manager of the participant's municipality (scope columns as on participant).
CREATE TABLE participant_address_change (
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  version               BIGINT       NOT NULL DEFAULT 0,
  participant_id        BIGINT       NOT NULL,
  requested_at          TIMESTAMP(3) NOT NULL,
  status                VARCHAR(20)  NOT NULL,
  home_postcode         CHAR(7)      NOT NULL,
  home_house_number     INT          NOT NULL,
  home_addition         VARCHAR(10)  NULL,
  home_street           VARCHAR(120) NULL,
  home_place            VARCHAR(80)  NULL,
  home_latitude         DOUBLE       NULL,
  home_longitude        DOUBLE       NULL,
  home_municipality_id  BIGINT       NULL,
  work_postcode         CHAR(7)      NULL,
  work_house_number     INT          NULL,
  work_addition         VARCHAR(10)  NULL,
  work_street           VARCHAR(120) NULL,
  work_place            VARCHAR(80)  NULL,
  work_latitude         DOUBLE       NULL,
  work_longitude        DOUBLE       NULL,
  work_municipality_id  BIGINT       NULL,
  decided_at            TIMESTAMP(3) NULL,
  decided_by            VARCHAR(60)  NULL,
  rejection_reason      VARCHAR(500) NULL,
  scope_region_id       BIGINT       NULL,
  scope_municipality_id BIGINT       NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_address_change_participant FOREIGN KEY (participant_id) REFERENCES participant (id) ON DELETE CASCADE,
  CONSTRAINT fk_address_change_home_municipality FOREIGN KEY (home_municipality_id) REFERENCES municipality (id),
  CONSTRAINT fk_address_change_work_municipality FOREIGN KEY (work_municipality_id) REFERENCES municipality (id),
  CONSTRAINT fk_address_change_scope_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT fk_address_change_scope_municipality FOREIGN KEY (scope_municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_address_change_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
  INDEX ix_address_change_participant (participant_id, status),
  INDEX ix_address_change_scope_municipality (scope_municipality_id, status),
  INDEX ix_address_change_scope_region (scope_region_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Why participants left, for the trends of unsubscription reasons per month. The participant link
-- is cleared when the participant's data is erased; the reason and the municipality stay.
CREATE TABLE participant_unsubscription (
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  participant_id        BIGINT       NULL,
  unsubscribed_at       TIMESTAMP(3) NOT NULL,
  reason                VARCHAR(30)  NULL,
  remark                VARCHAR(500) NULL,
  scope_region_id       BIGINT       NULL,
  scope_municipality_id BIGINT       NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_unsubscription_participant FOREIGN KEY (participant_id) REFERENCES participant (id) ON DELETE SET NULL,
  CONSTRAINT fk_unsubscription_scope_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT fk_unsubscription_scope_municipality FOREIGN KEY (scope_municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_unsubscription_reason CHECK (reason IS NULL OR reason IN
    ('TOO_MANY_MESSAGES', 'NOT_RELEVANT', 'MOVED', 'PRIVACY', 'OTHER')),
  INDEX ix_unsubscription_scope_municipality (scope_municipality_id, unsubscribed_at),
  INDEX ix_unsubscription_scope_region (scope_region_id, unsubscribed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Registrations that were never confirmed are removed with all their personal data; only this
-- anonymous line stays, so reports can still count them.
CREATE TABLE expired_registration (
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  registered_at         TIMESTAMP(3) NOT NULL,
  expired_at            TIMESTAMP(3) NOT NULL,
  source                VARCHAR(10)  NOT NULL,
  scope_region_id       BIGINT       NULL,
  scope_municipality_id BIGINT       NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_expired_registration_scope_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT fk_expired_registration_scope_municipality FOREIGN KEY (scope_municipality_id) REFERENCES municipality (id),
  INDEX ix_expired_registration_scope_municipality (scope_municipality_id, expired_at),
  INDEX ix_expired_registration_scope_region (scope_region_id, expired_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
