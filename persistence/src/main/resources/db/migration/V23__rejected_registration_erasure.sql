-- Registrations the relation manager rejected are erased after their retention period like
-- participants who left; only this anonymous line stays, so reports can still count rejections.
CREATE TABLE rejected_registration (
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  registered_at         TIMESTAMP(3) NOT NULL,
  rejected_at           TIMESTAMP(3) NOT NULL,
  erased_at             TIMESTAMP(3) NOT NULL,
  source                VARCHAR(10)  NOT NULL,
  scope_region_id       BIGINT       NULL,
  scope_municipality_id BIGINT       NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_rejected_registration_scope_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT fk_rejected_registration_scope_municipality FOREIGN KEY (scope_municipality_id) REFERENCES municipality (id),
  INDEX ix_rejected_registration_scope_municipality (scope_municipality_id, rejected_at),
  INDEX ix_rejected_registration_scope_region (scope_region_id, rejected_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
