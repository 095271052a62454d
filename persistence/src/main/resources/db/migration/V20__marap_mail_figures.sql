-- MARAP figures of Burgernetmail: per sent mail its municipality, kind, reach and the addresses it
-- could not be delivered to, counted by the MARAP job (bounces still arrive for a while after
-- sending, so recent mails are counted again at every run).
CREATE TABLE marap_mail (
  mail_id                BIGINT       NOT NULL,
  scope_region_id        BIGINT       NOT NULL,
  scope_municipality_id  BIGINT       NOT NULL,
  kind                   VARCHAR(30)  NOT NULL,
  sent_at                TIMESTAMP(3) NOT NULL,
  recipients             BIGINT       NOT NULL,
  undelivered            BIGINT       NOT NULL,
  counted_at             TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (mail_id),
  CONSTRAINT fk_marap_mail_mail FOREIGN KEY (mail_id) REFERENCES burgernet_mail (id),
  CONSTRAINT fk_marap_mail_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT fk_marap_mail_municipality FOREIGN KEY (scope_municipality_id) REFERENCES municipality (id),
  INDEX ix_marap_mail_region (scope_region_id, sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- every municipality is asked to send at least this many Burgernetmails a year (seed 000)
ALTER TABLE region ADD COLUMN mails_per_year_target INT NOT NULL DEFAULT 2;
