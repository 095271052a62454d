-- Webhook endpoints choose the events they are posted; endpoints registered before get them all.
ALTER TABLE webhook_endpoint
  ADD COLUMN events VARCHAR(40) NOT NULL DEFAULT 'STARTED,WIDENED,CLOSED' AFTER active;

-- The public report of a closed action (actieverslag), written and published by the regional
-- Burgernet bureau: a short text for the public website, its feed and the participants who want
-- it. It never holds the operational description, tips or personal data.
CREATE TABLE action_report (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  version                BIGINT        NOT NULL DEFAULT 0,
  action_id              BIGINT        NOT NULL,
  kind                   VARCHAR(30)   NOT NULL,
  outcome                VARCHAR(40)   NOT NULL,
  closed_at              TIMESTAMP(3)  NOT NULL,
  title                  VARCHAR(120)  NOT NULL,
  body                   VARCHAR(1500) NOT NULL,
  written_by             VARCHAR(60)   NOT NULL,
  written_at             TIMESTAMP(3)  NOT NULL,
  published_by           VARCHAR(60)   NULL,
  published_at           TIMESTAMP(3)  NULL,
  mail_request_id        BIGINT        NULL,
  scope_region_id        BIGINT        NOT NULL,
  scope_municipality_id  BIGINT        NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_action_report_action UNIQUE (action_id),
  CONSTRAINT fk_action_report_action FOREIGN KEY (action_id) REFERENCES action (id),
  CONSTRAINT fk_action_report_mail FOREIGN KEY (mail_request_id) REFERENCES send_request (id),
  CONSTRAINT fk_action_report_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  -- the public pages and the feed list the newest published reports, nationally or per region
  INDEX ix_action_report_published (published_at),
  INDEX ix_action_report_region_published (scope_region_id, published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A participant's choice to get those reports by mail (Mijn Burgernet); nobody gets them unasked.
ALTER TABLE participant
  ADD COLUMN wants_action_reports BOOLEAN NOT NULL DEFAULT FALSE;
