-- Burgernetmail to a part of a municipality (issue 6): a circle or polygon drawn on the map, or
-- PC4/PC6 postcodes, kept as the JSON the action component writes for its areas. NULL keeps the
-- old meaning: everyone of the target municipality.
ALTER TABLE burgernet_mail ADD COLUMN target_area TEXT NULL;

-- Newsletter items the regional bureau prepares for its municipalities to reuse: a title and
-- sanitised HTML, like a mail's body. Retired items stay (a newsletter may have used them) but are
-- no longer offered.
CREATE TABLE newsletter_item (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  version     BIGINT        NOT NULL DEFAULT 0,
  region_id   BIGINT        NOT NULL,
  title       VARCHAR(200)  NOT NULL,
  body_html   MEDIUMTEXT    NOT NULL,
  created_by  VARCHAR(60)   NOT NULL,
  created_at  TIMESTAMP(3)  NOT NULL,
  updated_at  TIMESTAMP(3)  NOT NULL,
  retired_at  TIMESTAMP(3)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_newsletter_item_region FOREIGN KEY (region_id) REFERENCES region (id),
  INDEX ix_newsletter_item_region (region_id, retired_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
