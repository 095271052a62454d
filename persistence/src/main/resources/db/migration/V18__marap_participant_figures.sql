-- MARAP figures of the participant base, counted by a job (MarapFigureRefresh) so that a
-- page view reads a few hundred rows instead of scanning every participant.

-- The share of inhabitants a region aims for, and below which a municipality is a recruitment
-- focus (seed 000: expectation 5%, recruitment focus below 10%; Midden-Nederland is above 15%).
ALTER TABLE region
  ADD COLUMN participant_target_percent DECIMAL(5,2) NOT NULL DEFAULT 5.00,
  ADD COLUMN recruitment_focus_percent  DECIMAL(5,2) NOT NULL DEFAULT 10.00;
UPDATE region SET participant_target_percent = 15.00, recruitment_focus_percent = 15.00
  WHERE code = 'MIDDEN_NEDERLAND';

-- The active participants of a municipality now, by one dimension at a time: the total, each
-- channel, each age band and each source (dimension TOTAL/CHANNEL/AGE/SOURCE, category e.g. SMS).
CREATE TABLE marap_participant_count (
  scope_region_id        BIGINT       NOT NULL,
  scope_municipality_id  BIGINT       NOT NULL,
  dimension              VARCHAR(10)  NOT NULL,
  category               VARCHAR(10)  NOT NULL,
  participants           BIGINT       NOT NULL,
  counted_at             TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (scope_municipality_id, dimension, category),
  CONSTRAINT fk_marap_count_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT fk_marap_count_municipality FOREIGN KEY (scope_municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_marap_count_dimension CHECK (dimension IN ('TOTAL', 'CHANNEL', 'AGE', 'SOURCE')),
  INDEX ix_marap_count_region (scope_region_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- New participants (registered in the month and ever active) and unsubscriptions per Dutch
-- calendar month and municipality. Closed months are counted once, the open ones at every run.
CREATE TABLE marap_participant_month (
  scope_region_id        BIGINT       NOT NULL,
  scope_municipality_id  BIGINT       NOT NULL,
  month                  CHAR(7)      NOT NULL,
  new_participants       BIGINT       NOT NULL,
  unsubscriptions        BIGINT       NOT NULL,
  counted_at             TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (scope_municipality_id, month),
  CONSTRAINT fk_marap_month_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT fk_marap_month_municipality FOREIGN KEY (scope_municipality_id) REFERENCES municipality (id),
  INDEX ix_marap_month_region (scope_region_id, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- which months were counted after they closed (they are not counted again)
CREATE TABLE marap_counted_month (
  month       CHAR(7)      NOT NULL,
  counted_at  TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO job_claim (job) VALUES ('marap-figures');

-- registrations per month are counted by registered_at
CREATE INDEX ix_participant_registered ON participant (registered_at, scope_municipality_id, status);
CREATE INDEX ix_unsubscription_time ON participant_unsubscription (unsubscribed_at, scope_municipality_id);
