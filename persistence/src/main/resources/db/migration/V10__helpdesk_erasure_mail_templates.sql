-- Helpdesk tickets with their status history, the issue list, erasure of unsubscribed participants
-- (issue 3), and the regions' own texts of the participant mails. All text utf8mb4, times UTC.

-- A question, complaint or change request taken by phone or mail, at the municipality (first line)
-- or the regional bureau (second line, also where first-line tickets are escalated to). Scoped like
-- participants: the municipality the ticket is about (NULL when taken by the region without one)
-- and its region. The columns the management report counts on (line, kind, category, received,
-- due, escalated, answered) are plain columns with indexes on the time they are counted by.
CREATE TABLE helpdesk_ticket (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  version                BIGINT        NOT NULL DEFAULT 0,
  kind                   VARCHAR(20)   NOT NULL,
  received_by            VARCHAR(10)   NOT NULL,
  line                   VARCHAR(10)   NOT NULL,
  status                 VARCHAR(20)   NOT NULL,
  subject                VARCHAR(200)  NOT NULL,
  question               VARCHAR(4000) NOT NULL,
  complaint_category     VARCHAR(30)   NULL,
  -- who asked; cleared when the linked participant's personal data is erased
  requester_name         VARCHAR(120)  NULL,
  requester_email        VARCHAR(254)  NULL,
  requester_phone        VARCHAR(16)   NULL,
  participant_id         BIGINT        NULL,
  owner                  VARCHAR(60)   NULL,
  received_at            TIMESTAMP(3)  NOT NULL,
  due_at                 TIMESTAMP(3)  NOT NULL,
  escalated_at           TIMESTAMP(3)  NULL,
  answered_at            TIMESTAMP(3)  NULL,
  closed_at              TIMESTAMP(3)  NULL,
  answer                 VARCHAR(4000) NULL,
  answer_mailed          BOOLEAN       NOT NULL DEFAULT FALSE,
  scope_region_id        BIGINT        NOT NULL,
  scope_municipality_id  BIGINT        NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_helpdesk_ticket_participant FOREIGN KEY (participant_id) REFERENCES participant (id) ON DELETE SET NULL,
  CONSTRAINT fk_helpdesk_ticket_scope_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT fk_helpdesk_ticket_scope_municipality FOREIGN KEY (scope_municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_helpdesk_ticket_kind CHECK (kind IN ('QUESTION', 'COMPLAINT', 'CHANGE_REQUEST')),
  CONSTRAINT ck_helpdesk_ticket_received_by CHECK (received_by IN ('PHONE', 'MAIL')),
  CONSTRAINT ck_helpdesk_ticket_line CHECK (line IN ('FIRST', 'SECOND')),
  CONSTRAINT ck_helpdesk_ticket_status CHECK (status IN ('OPEN', 'IN_PROGRESS', 'ANSWERED', 'CLOSED')),
  CONSTRAINT ck_helpdesk_ticket_category CHECK ((kind = 'COMPLAINT') = (complaint_category IS NOT NULL)),
  -- the work lists: open tickets of a municipality or region by due date
  INDEX ix_helpdesk_ticket_scope_municipality (scope_municipality_id, status, due_at),
  INDEX ix_helpdesk_ticket_scope_region (scope_region_id, status, due_at),
  -- the figures per month
  INDEX ix_helpdesk_ticket_received (scope_region_id, received_at),
  INDEX ix_helpdesk_ticket_participant (participant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The status history of a ticket: every step, who took it and at which line.
CREATE TABLE helpdesk_ticket_step (
  ticket_id    BIGINT        NOT NULL,
  occurred_at  TIMESTAMP(3)  NOT NULL,
  actor        VARCHAR(60)   NOT NULL,
  step         VARCHAR(20)   NOT NULL,
  status       VARCHAR(20)   NOT NULL,
  line         VARCHAR(10)   NOT NULL,
  note         VARCHAR(4000) NULL,
  -- the order of the steps; two steps may share a millisecond
  position     INT           NOT NULL,
  CONSTRAINT fk_helpdesk_ticket_step_ticket FOREIGN KEY (ticket_id) REFERENCES helpdesk_ticket (id) ON DELETE CASCADE,
  PRIMARY KEY (ticket_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The issue list (issuelijst): known problems and wishes, raised by staff or from a ticket, kept by
-- the functional administrator. Scoped by the raiser's region (NULL: raised nationally).
CREATE TABLE helpdesk_issue (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  version                BIGINT        NOT NULL DEFAULT 0,
  kind                   VARCHAR(20)   NOT NULL,
  status                 VARCHAR(20)   NOT NULL,
  title                  VARCHAR(200)  NOT NULL,
  description            VARCHAR(4000) NOT NULL,
  ticket_id              BIGINT        NULL,
  raised_by              VARCHAR(60)   NOT NULL,
  raised_at              TIMESTAMP(3)  NOT NULL,
  status_changed_at      TIMESTAMP(3)  NOT NULL,
  status_note            VARCHAR(1000) NULL,
  scope_region_id        BIGINT        NULL,
  scope_municipality_id  BIGINT        NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_helpdesk_issue_ticket FOREIGN KEY (ticket_id) REFERENCES helpdesk_ticket (id) ON DELETE SET NULL,
  CONSTRAINT fk_helpdesk_issue_scope_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT fk_helpdesk_issue_scope_municipality FOREIGN KEY (scope_municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_helpdesk_issue_kind CHECK (kind IN ('PROBLEM', 'WISH')),
  CONSTRAINT ck_helpdesk_issue_status CHECK (status IN ('OPEN', 'PLANNED', 'SOLVED', 'DECLINED')),
  INDEX ix_helpdesk_issue_scope (scope_region_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What remains of a participant whose personal data was erased after the retention period: only
-- what reports count by (municipality, month, source, reason, age band, channels).
CREATE TABLE erased_participant (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  registered_at          TIMESTAMP(3)  NOT NULL,
  unsubscribed_at        TIMESTAMP(3)  NOT NULL,
  erased_at              TIMESTAMP(3)  NOT NULL,
  source                 VARCHAR(10)   NOT NULL,
  unsubscribe_reason     VARCHAR(30)   NULL,
  age_band               VARCHAR(10)   NOT NULL,
  had_app                BOOLEAN       NOT NULL,
  had_sms                BOOLEAN       NOT NULL,
  had_voice              BOOLEAN       NOT NULL,
  had_email              BOOLEAN       NOT NULL,
  scope_region_id        BIGINT        NULL,
  scope_municipality_id  BIGINT        NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_erased_participant_scope_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT fk_erased_participant_scope_municipality FOREIGN KEY (scope_municipality_id) REFERENCES municipality (id),
  INDEX ix_erased_participant_scope_municipality (scope_municipality_id, unsubscribed_at),
  INDEX ix_erased_participant_scope_region (scope_region_id, unsubscribed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The erasure job finds unsubscribed participants past the retention period by status and time.
CREATE INDEX ix_participant_status_changed ON participant (status, status_changed_at);

-- An erased participant's row is deleted; the deliveries of past sends stay for the action
-- dossier's counts, without the participant and with the address blanked by the erasure.
ALTER TABLE delivery DROP FOREIGN KEY fk_delivery_participant;
ALTER TABLE delivery MODIFY participant_id BIGINT NULL;
ALTER TABLE delivery ADD CONSTRAINT fk_delivery_participant
  FOREIGN KEY (participant_id) REFERENCES participant (id) ON DELETE SET NULL;

-- A region's own version of a participant mail (subject and body with named placeholders); without
-- one the default text of the application is sent.
CREATE TABLE participant_mail_template (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  version     BIGINT        NOT NULL DEFAULT 0,
  region_id   BIGINT        NOT NULL,
  kind        VARCHAR(30)   NOT NULL,
  subject     VARCHAR(200)  NOT NULL,
  body        VARCHAR(5000) NOT NULL,
  changed_at  TIMESTAMP(3)  NOT NULL,
  changed_by  VARCHAR(60)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_participant_mail_template UNIQUE (region_id, kind),
  CONSTRAINT fk_participant_mail_template_region FOREIGN KEY (region_id) REFERENCES region (id),
  CONSTRAINT ck_participant_mail_template_kind CHECK (kind IN
    ('CONFIRM', 'REJECTED', 'SELF_SERVICE', 'UNSUBSCRIBED', 'ADDRESS_APPROVED', 'ADDRESS_REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
