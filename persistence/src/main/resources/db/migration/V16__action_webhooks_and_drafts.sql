-- Interoperability of Burgernetacties (issue 5): the webhook endpoints each regional unit's partners
-- registered, and one delivery row per CAP message per endpoint with its attempts, so staff see
-- what reached whom; and drafts made from trusted partners' incoming CAP alerts. All text utf8mb4,
-- times UTC.

-- A partner's endpoint; the region's actions are posted to it, signed with its own secret.
CREATE TABLE webhook_endpoint (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  version                BIGINT        NOT NULL DEFAULT 0,
  url                    VARCHAR(500)  NOT NULL,
  -- the HMAC-SHA256 key, shown once to the administrator who registered the endpoint
  secret                 VARCHAR(100)  NOT NULL,
  active                 BOOLEAN       NOT NULL DEFAULT TRUE,
  created_by             VARCHAR(60)   NOT NULL,
  created_at             TIMESTAMP(3)  NOT NULL,
  scope_region_id        BIGINT        NOT NULL,
  scope_municipality_id  BIGINT        NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_webhook_endpoint_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  INDEX ix_webhook_endpoint_scope (scope_region_id, active)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One CAP message to one endpoint: the body is fixed when the message is made, so every retry
-- sends (and signs) the same bytes.
CREATE TABLE webhook_delivery (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  version                BIGINT        NOT NULL DEFAULT 0,
  endpoint_id            BIGINT        NOT NULL,
  action_id              BIGINT        NOT NULL,
  cap_identifier         VARCHAR(100)  NOT NULL,
  msg_type               VARCHAR(10)   NOT NULL,
  body                   MEDIUMTEXT    NOT NULL,
  created_at             TIMESTAMP(3)  NOT NULL,
  attempts               INT           NOT NULL DEFAULT 0,
  last_attempt_at        TIMESTAMP(3)  NULL,
  -- the endpoint's HTTP status, or null when it could not be reached
  last_status            INT           NULL,
  last_error             VARCHAR(500)  NULL,
  delivered_at           TIMESTAMP(3)  NULL,
  scope_region_id        BIGINT        NULL,
  scope_municipality_id  BIGINT        NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_webhook_delivery_message UNIQUE (endpoint_id, cap_identifier),
  CONSTRAINT fk_webhook_delivery_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id),
  CONSTRAINT fk_webhook_delivery_action FOREIGN KEY (action_id) REFERENCES action (id),
  INDEX ix_webhook_delivery_scope (scope_region_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A trusted partner's CAP Alert (e.g. an AMBER Alert) turned into a draft action for the control
-- room of its area: nothing is sent until an operator reviewed it and sent it as an action. Kept
-- apart from `action`, which only holds actions that went out.
CREATE TABLE action_draft (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  version                BIGINT        NOT NULL DEFAULT 0,
  cap_sender             VARCHAR(200)  NOT NULL,
  cap_identifier         VARCHAR(200)  NOT NULL,
  cap_sent               TIMESTAMP(3)  NOT NULL,
  event                  VARCHAR(200)  NOT NULL,
  headline               VARCHAR(500)  NULL,
  scenario_id            BIGINT        NOT NULL,
  description            VARCHAR(500)  NOT NULL,
  callback_number        VARCHAR(20)   NOT NULL,
  -- the area as AreaSpecification JSON, as action_round keeps it
  area                   MEDIUMTEXT    NOT NULL,
  -- the CAP document as received, for the dossier of the action it becomes
  document               MEDIUMTEXT    NOT NULL,
  state                  VARCHAR(10)   NOT NULL,
  received_at            TIMESTAMP(3)  NOT NULL,
  reviewed_by            VARCHAR(60)   NULL,
  reviewed_at            TIMESTAMP(3)  NULL,
  action_id              BIGINT        NULL,
  scope_region_id        BIGINT        NOT NULL,
  scope_municipality_id  BIGINT        NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_action_draft_message UNIQUE (cap_sender, cap_identifier),
  CONSTRAINT fk_action_draft_scenario FOREIGN KEY (scenario_id) REFERENCES deployment_scenario (id),
  CONSTRAINT fk_action_draft_action FOREIGN KEY (action_id) REFERENCES action (id),
  CONSTRAINT fk_action_draft_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT ck_action_draft_state CHECK (state IN ('PENDING', 'SENT', 'DISMISSED')),
  INDEX ix_action_draft_scope (scope_region_id, state, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The partner's alert an action was made from is an incoming message of its dossier.
ALTER TABLE action_dossier_entry DROP CONSTRAINT ck_action_dossier_kind;
ALTER TABLE action_dossier_entry ADD CONSTRAINT ck_action_dossier_kind CHECK (kind IN
  ('STARTED', 'ROUND_SENT', 'TIP_RECEIVED', 'CLOSED', 'OUTCOME_SENT', 'CAP_RECEIVED'));
