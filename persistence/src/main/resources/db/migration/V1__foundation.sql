-- Foundation schema: reference data, staff accounts, login throttling and the audit trail.
-- All text is utf8mb4; all times are UTC (the application shows them in Europe/Amsterdam).

CREATE TABLE region (
  id    BIGINT       NOT NULL AUTO_INCREMENT,
  code  VARCHAR(40)  NOT NULL,
  name  VARCHAR(100) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_region_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE municipality (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  cbs_code   VARCHAR(6)   NOT NULL,
  name       VARCHAR(100) NOT NULL,
  region_id  BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_municipality_cbs_code UNIQUE (cbs_code),
  CONSTRAINT fk_municipality_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE municipality_figures (
  id               BIGINT NOT NULL AUTO_INCREMENT,
  municipality_id  BIGINT NOT NULL,
  figures_year     INT    NOT NULL,
  inhabitants      INT    NOT NULL,
  households       INT    NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_municipality_figures_year UNIQUE (municipality_id, figures_year),
  CONSTRAINT fk_municipality_figures_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_municipality_figures_counts CHECK (inhabitants >= 0 AND households >= 0 AND households <= inhabitants)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_account (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  version          BIGINT       NOT NULL DEFAULT 0,
  username         VARCHAR(60)  NOT NULL,
  display_name     VARCHAR(120) NOT NULL,
  email            VARCHAR(254) NOT NULL,
  password_hash    VARCHAR(400) NOT NULL,
  scope_level      VARCHAR(20)  NOT NULL,
  region_id        BIGINT       NULL,
  municipality_id  BIGINT       NULL,
  active           BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at       TIMESTAMP(3) NOT NULL,
  last_login_at    TIMESTAMP(3) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_staff_account_username UNIQUE (username),
  CONSTRAINT fk_staff_account_region FOREIGN KEY (region_id) REFERENCES region (id),
  CONSTRAINT fk_staff_account_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_staff_account_scope CHECK (
       (scope_level IN ('NATIONAL', 'NONE') AND region_id IS NULL AND municipality_id IS NULL)
    OR (scope_level = 'REGION' AND region_id IS NOT NULL AND municipality_id IS NULL)
    OR (scope_level = 'MUNICIPALITY' AND region_id IS NOT NULL AND municipality_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_account_role (
  staff_account_id  BIGINT      NOT NULL,
  role              VARCHAR(40) NOT NULL,
  PRIMARY KEY (staff_account_id, role),
  CONSTRAINT fk_staff_account_role_account FOREIGN KEY (staff_account_id) REFERENCES staff_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE login_throttle (
  username              VARCHAR(60)  NOT NULL,
  consecutive_failures  INT          NOT NULL DEFAULT 0,
  locked_until          TIMESTAMP(3) NULL,
  PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at  TIMESTAMP(3) NOT NULL,
  actor        VARCHAR(60)  NOT NULL,
  action       VARCHAR(40)  NOT NULL,
  object_type  VARCHAR(60)  NOT NULL,
  object_id    VARCHAR(80)  NULL,
  result       VARCHAR(20)  NOT NULL,
  origin       VARCHAR(80)  NOT NULL,
  region_id    BIGINT       NULL,
  PRIMARY KEY (id),
  INDEX ix_audit_entry_time (occurred_at),
  INDEX ix_audit_entry_actor (actor, action),
  INDEX ix_audit_entry_region (region_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The audit trail is append-only (BIO 8.15): the database itself refuses changes and deletes,
-- whatever the application or an administrator with the application's account tries.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
