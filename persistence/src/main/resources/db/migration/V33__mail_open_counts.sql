-- Open counts of Burgernetmail (issue 6). Off unless a region's bureau turns them on: without a
-- row here a region counts nothing, and its mails carry no pixel (AVG).
CREATE TABLE mail_open_counting (
  region_id  BIGINT   NOT NULL,
  enabled    BOOLEAN  NOT NULL,
  PRIMARY KEY (region_id),
  CONSTRAINT fk_mail_open_counting_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Whether the mail went out with the open pixel and the footer line that says so: its report
-- shows opens only then, whatever the region chose later.
ALTER TABLE burgernet_mail ADD COLUMN opens_counted BOOLEAN NOT NULL DEFAULT FALSE;

-- The first time a delivery's pixel was fetched; later fetches change nothing. Only the delivery
-- and the time: no address, browser or anything else of the reader.
CREATE TABLE mail_open (
  delivery_id  BIGINT        NOT NULL,
  opened_at    TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (delivery_id),
  CONSTRAINT fk_mail_open_delivery FOREIGN KEY (delivery_id) REFERENCES delivery (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
