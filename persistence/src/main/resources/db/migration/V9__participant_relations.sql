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

-- How each region handles new registrations. Without a row a region approves automatically (a
-- complete, unique registration is active once the citizen confirms it) and has no burst limit.
-- With approval required, a confirmed registration waits in the verification queue for the
-- relation manager. burst_limit: more registrations than this from one source (a client address or
-- an app installation) within burst_window_minutes go to quarantine; NULL switches it off.
CREATE TABLE registration_policy (
  region_id             BIGINT       NOT NULL,
  version               BIGINT       NOT NULL DEFAULT 0,
  auto_approval         BOOLEAN      NOT NULL,
  burst_limit           INT          NULL,
  burst_window_minutes  INT          NOT NULL,
  changed_at            TIMESTAMP(3) NOT NULL,
  changed_by            VARCHAR(60)  NOT NULL,
  PRIMARY KEY (region_id),
  CONSTRAINT fk_registration_policy_region FOREIGN KEY (region_id) REFERENCES region (id),
  CONSTRAINT ck_registration_policy_burst CHECK (burst_limit IS NULL OR burst_limit >= 1),
  CONSTRAINT ck_registration_policy_window CHECK (burst_window_minutes BETWEEN 1 AND 1440)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One line per registration from the web or the app: the SHA-256 of its source, so bursts can be
-- counted without keeping anyone's address. Lines older than a day are removed as new ones come.
CREATE TABLE registration_source (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  source_hash    CHAR(64)     NOT NULL,
  registered_at  TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_registration_source_recent (source_hash, registered_at),
  INDEX ix_registration_source_age (registered_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Participants with only a mobile number confirm with a short code by SMS instead of a link: the
-- code's hash (salted with the registration's reference) sits in confirmation_token_hash, and
-- wrong tries are counted so the code cannot be guessed.
ALTER TABLE participant
  ADD COLUMN confirmation_by_code BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN confirmation_attempts INT NOT NULL DEFAULT 0;

-- Paper registration cards (aanmeldkaarten) that could not be registered as typed in: what the
-- card says, what is missing, and the relation manager's calls to complete it (call-back list).
-- A completed card points at the registration it became. Scoped like participant: the municipality
-- of the relation manager who typed it in.
CREATE TABLE registration_card (
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  version               BIGINT       NOT NULL DEFAULT 0,
  name                  VARCHAR(120) NULL,
  phone                 VARCHAR(30)  NULL,
  email                 VARCHAR(254) NULL,
  address               VARCHAR(250) NULL,
  missing               VARCHAR(500) NOT NULL,
  status                VARCHAR(20)  NOT NULL,
  entered_at            TIMESTAMP(3) NOT NULL,
  entered_by            VARCHAR(60)  NOT NULL,
  participant_id        BIGINT       NULL,
  scope_region_id       BIGINT       NULL,
  scope_municipality_id BIGINT       NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_registration_card_participant FOREIGN KEY (participant_id) REFERENCES participant (id) ON DELETE SET NULL,
  CONSTRAINT fk_registration_card_scope_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT fk_registration_card_scope_municipality FOREIGN KEY (scope_municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_registration_card_status CHECK (status IN ('CALL_BACK', 'COMPLETED', 'CLOSED')),
  INDEX ix_registration_card_scope_municipality (scope_municipality_id, status),
  INDEX ix_registration_card_scope_region (scope_region_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE registration_card_call (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  card_id     BIGINT       NOT NULL,
  called_at   TIMESTAMP(3) NOT NULL,
  called_by   VARCHAR(60)  NOT NULL,
  result      VARCHAR(20)  NOT NULL,
  note        VARCHAR(500) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_registration_card_call_card FOREIGN KEY (card_id) REFERENCES registration_card (id) ON DELETE CASCADE,
  CONSTRAINT ck_registration_card_call_result CHECK (result IN ('REACHED', 'NO_ANSWER', 'WRONG_NUMBER')),
  INDEX ix_registration_card_call_card (card_id, called_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
