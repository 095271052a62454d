-- Outgoing webhooks of Burgernetacties (issue 5): the endpoints each regional unit's partners
-- registered, and one delivery row per CAP message per endpoint with its attempts, so staff see
-- what reached whom. All text utf8mb4, times UTC.

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
