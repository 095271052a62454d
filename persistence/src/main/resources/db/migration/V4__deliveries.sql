-- Deliveries: a send request (what to send, to whom, how urgently) and one delivery per recipient
-- and channel, written in bulk by INSERT ... SELECT from the participant table. All text utf8mb4,
-- times UTC.

CREATE TABLE send_request (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  version                BIGINT        NOT NULL DEFAULT 0,
  -- the caller's key for this request: a retried submit finds the first request and sends nothing
  idempotency_key        VARCHAR(100)  NOT NULL,
  priority               VARCHAR(20)   NOT NULL,
  description            VARCHAR(200)  NOT NULL,
  sms_text               VARCHAR(1600) NULL,
  mail_subject           VARCHAR(200)  NULL,
  mail_body              MEDIUMTEXT    NULL,
  requested_by           VARCHAR(60)   NOT NULL,
  requested_at           TIMESTAMP(3)  NOT NULL,
  state                  VARCHAR(20)   NOT NULL,
  state_changed_at       TIMESTAMP(3)  NOT NULL,
  -- deliveries written at submit, per channel: the ETA and the progress bar divide by these
  sms_count              INT           NOT NULL DEFAULT 0,
  email_count            INT           NOT NULL DEFAULT 0,
  -- who may see the request: the requester's scope, as for participants (NULL = national only)
  scope_region_id        BIGINT        NULL,
  scope_municipality_id  BIGINT        NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_send_request_key UNIQUE (idempotency_key),
  CONSTRAINT fk_send_request_scope_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT fk_send_request_scope_municipality FOREIGN KEY (scope_municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_send_request_priority CHECK (priority IN ('TIME_CRITICAL', 'NORMAL')),
  CONSTRAINT ck_send_request_state CHECK (state IN ('SENDING', 'FINISHED', 'RECALLED')),
  CONSTRAINT ck_send_request_content CHECK (sms_text IS NOT NULL OR mail_subject IS NOT NULL),
  INDEX ix_send_request_scope (scope_region_id, scope_municipality_id, requested_at),
  INDEX ix_send_request_time (requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE delivery (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  request_id             BIGINT        NOT NULL,
  participant_id         BIGINT        NOT NULL,
  channel                VARCHAR(10)   NOT NULL,
  -- the address at the moment of sending (E.164 number or e-mail address)
  address                VARCHAR(254)  NOT NULL,
  state                  VARCHAR(20)   NOT NULL,
  attempts               INT           NOT NULL DEFAULT 0,
  reason                 VARCHAR(500)  NULL,
  -- the SMS centre's id of the first segment: delivery receipts are matched on it
  provider_message_id    VARCHAR(80)   NULL,
  created_at             TIMESTAMP(3)  NOT NULL,
  state_changed_at       TIMESTAMP(3)  NOT NULL,
  sent_at                TIMESTAMP(3)  NULL,
  -- the participant's scope, copied at fan-out so the scope filter needs no join
  scope_region_id        BIGINT        NULL,
  scope_municipality_id  BIGINT        NULL,
  PRIMARY KEY (id),
  -- the idempotency of the fan-out: one delivery per request, recipient and channel
  CONSTRAINT uk_delivery_recipient UNIQUE (request_id, participant_id, channel),
  CONSTRAINT fk_delivery_request FOREIGN KEY (request_id) REFERENCES send_request (id),
  CONSTRAINT fk_delivery_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
  CONSTRAINT ck_delivery_channel CHECK (channel IN ('APP', 'SMS', 'VOICE', 'EMAIL')),
  CONSTRAINT ck_delivery_state CHECK (state IN
    ('PENDING', 'QUEUED', 'SENT', 'DELIVERED', 'FAILED', 'DEAD_LETTERED', 'CANCELLED')),
  -- counts per channel and state of a request, recall and retry: all by (request, state)
  INDEX ix_delivery_request_state (request_id, channel, state),
  INDEX ix_delivery_provider_message (provider_message_id),
  INDEX ix_delivery_participant (participant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
