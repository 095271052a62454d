-- MARAP figures of the Burgernetacties, counted by the MARAP job per Dutch month: per region
-- (scope_municipality_id NULL: every action of the control room once) and per municipality the
-- actions reached participants in (reach counted there).

-- The share of closed actions a region aims to end in success (seed 000: 7% → goal 8%; seed 001:
-- Midden-Nederland above 15%).
ALTER TABLE region ADD COLUMN success_target_percent DECIMAL(5,2) NOT NULL DEFAULT 8.00;
UPDATE region SET success_target_percent = 15.00 WHERE code = 'MIDDEN_NEDERLAND';

CREATE TABLE marap_action_month (
  id                     BIGINT       NOT NULL AUTO_INCREMENT,
  scope_region_id        BIGINT       NOT NULL,
  scope_municipality_id  BIGINT       NULL,
  month                  CHAR(7)      NOT NULL,
  kind                   VARCHAR(30)  NOT NULL,
  actions                INT          NOT NULL,
  still_open             INT          NOT NULL,
  hard_successes         INT          NOT NULL,
  soft_successes         INT          NOT NULL,
  without_success        INT          NOT NULL,
  recipients             BIGINT       NOT NULL,
  tips                   INT          NOT NULL,
  -- actions whose first message went out, and their seconds from start to it, for the average
  first_message_actions  INT          NOT NULL,
  first_message_seconds  DOUBLE       NOT NULL,
  counted_at             TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_marap_action_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT fk_marap_action_municipality FOREIGN KEY (scope_municipality_id) REFERENCES municipality (id),
  INDEX ix_marap_action_month (month),
  INDEX ix_marap_action_region (scope_region_id, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
