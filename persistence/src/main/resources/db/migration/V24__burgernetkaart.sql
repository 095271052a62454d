-- The Burgernetkaart (MARAP): participants per four-digit postcode area (PC4) against its
-- inhabitants and households.

-- Inhabitants and households per PC4 (CBS "Kerncijfers per postcode"), loaded at start-up from the
-- file burgernet.postcode-areas.csv names (PostcodeAreaLoader); the centre is the mean of the area's
-- postcode centroids in the offline geocoder's file, NULL when it has none (the area is then only
-- in the table beside the map). Each area belongs to the municipality CBS assigns it to.
CREATE TABLE postcode_area (
  postcode4              CHAR(4)      NOT NULL,
  scope_region_id        BIGINT       NOT NULL,
  scope_municipality_id  BIGINT       NOT NULL,
  inhabitants            INT          NOT NULL,
  households             INT          NOT NULL,
  latitude               DOUBLE       NULL,
  longitude              DOUBLE       NULL,
  PRIMARY KEY (postcode4),
  CONSTRAINT fk_postcode_area_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT fk_postcode_area_municipality FOREIGN KEY (scope_municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_postcode_area_code CHECK (postcode4 REGEXP '^[1-9][0-9]{3}$'),
  CONSTRAINT ck_postcode_area_counts CHECK (inhabitants >= 0 AND households >= 0),
  INDEX ix_postcode_area_region (scope_region_id, scope_municipality_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The active participants living in each PC4 area, as the MARAP job last counted them.
CREATE TABLE marap_postcode_count (
  postcode4              CHAR(4)      NOT NULL,
  scope_region_id        BIGINT       NOT NULL,
  scope_municipality_id  BIGINT       NOT NULL,
  participants           BIGINT       NOT NULL,
  counted_at             TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (postcode4),
  CONSTRAINT fk_marap_postcode_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT fk_marap_postcode_municipality FOREIGN KEY (scope_municipality_id) REFERENCES municipality (id),
  INDEX ix_marap_postcode_region (scope_region_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the count per PC4 reads the active participants' postcodes in order from this index, without
-- touching the rows or sorting
CREATE INDEX ix_participant_status_postcode ON participant (status, home_postcode);
