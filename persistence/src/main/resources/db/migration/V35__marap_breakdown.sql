-- The anonymous breakdown of the MARAP's participant-base figures per municipality and four-digit
-- postcode area (PC4), counted by the MARAP job together with the figures themselves, so that a
-- figure and its breakdown come from one count and a page view reads only these counts.
-- postcode4 is '' where the postcode is no longer known: the participant's data was erased.

-- The active participants now per municipality and PC4 of the home address, by one dimension at a
-- time as marap_participant_count (TOTAL/CHANNEL/AGE/SOURCE).
CREATE TABLE marap_area_count (
  scope_region_id        BIGINT       NOT NULL,
  scope_municipality_id  BIGINT       NOT NULL,
  postcode4              VARCHAR(4)   NOT NULL,
  dimension              VARCHAR(10)  NOT NULL,
  category               VARCHAR(10)  NOT NULL,
  participants           BIGINT       NOT NULL,
  counted_at             TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (scope_municipality_id, dimension, category, postcode4),
  CONSTRAINT fk_marap_area_count_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT fk_marap_area_count_municipality FOREIGN KEY (scope_municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_marap_area_count_dimension CHECK (dimension IN ('TOTAL', 'CHANNEL', 'AGE', 'SOURCE')),
  INDEX ix_marap_area_count_selection (scope_region_id, dimension, category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- New participants (category ALL) and unsubscriptions (category: the reason, NONE without one) per
-- Dutch calendar month, municipality and PC4; counted with marap_participant_month, whose figures
-- are their sums.
CREATE TABLE marap_area_month (
  scope_region_id        BIGINT       NOT NULL,
  scope_municipality_id  BIGINT       NOT NULL,
  postcode4              VARCHAR(4)   NOT NULL,
  month                  CHAR(7)      NOT NULL,
  figure                 VARCHAR(12)  NOT NULL,
  category               VARCHAR(30)  NOT NULL,
  participants           BIGINT       NOT NULL,
  counted_at             TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (scope_municipality_id, month, figure, category, postcode4),
  CONSTRAINT fk_marap_area_month_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT fk_marap_area_month_municipality FOREIGN KEY (scope_municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_marap_area_month_figure CHECK (figure IN ('NEW', 'UNSUBSCRIBED')),
  INDEX ix_marap_area_month_selection (scope_region_id, figure, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Closed months were counted once, before this table existed: count them again at the next run.
DELETE FROM marap_counted_month;
