-- Bulk import of participants from a CSV file (issue 3): paper cards and migrated SMS-alert
-- participants. The file itself is kept (gzip) with the import, so an import cut short by a restart
-- continues from its checkpoint: each batch writes its participants, its report lines and the new
-- checkpoint (processed_rows) in one transaction. One instance at a time runs an import: the lease
-- (claimed_by, claimed_until) is renewed by every batch and taken over by another instance only
-- after it lapsed. Scoped like participant: the importing relation manager's municipality/region.
CREATE TABLE participant_import (
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  version               BIGINT       NOT NULL DEFAULT 0,
  file_name             VARCHAR(255) NULL,
  content               LONGBLOB     NOT NULL,
  state                 VARCHAR(10)  NOT NULL,
  total_rows            INT          NOT NULL,
  processed_rows        INT          NOT NULL DEFAULT 0,
  imported_rows         INT          NOT NULL DEFAULT 0,
  held_rows             INT          NOT NULL DEFAULT 0,
  refused_rows          INT          NOT NULL DEFAULT 0,
  created_by            VARCHAR(60)  NOT NULL,
  created_at            TIMESTAMP(3) NOT NULL,
  started_at            TIMESTAMP(3) NULL,
  finished_at           TIMESTAMP(3) NULL,
  failure               VARCHAR(500) NULL,
  claimed_by            VARCHAR(100) NULL,
  claimed_until         TIMESTAMP(3) NULL,
  scope_region_id       BIGINT       NULL,
  scope_municipality_id BIGINT       NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_participant_import_scope_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT fk_participant_import_scope_municipality FOREIGN KEY (scope_municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_participant_import_state CHECK (state IN ('QUEUED', 'RUNNING', 'FINISHED', 'FAILED')),
  -- the runners look for work by state
  INDEX ix_participant_import_state (state, claimed_until),
  INDEX ix_participant_import_scope_municipality (scope_municipality_id, created_at),
  INDEX ix_participant_import_scope_region (scope_region_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The report: one line per data row of the file, what became of it and why (reason_key names a
-- Dutch text of the portal's bundle, field the column it is about). The primary key makes a batch
-- that is written twice fail instead of doubling lines.
CREATE TABLE participant_import_row (
  import_id       BIGINT       NOT NULL,
  file_row        INT          NOT NULL,
  outcome         VARCHAR(20)  NOT NULL,
  field           VARCHAR(20)  NULL,
  reason_key      VARCHAR(100) NULL,
  reason_argument VARCHAR(120) NULL,
  participant_id  BIGINT       NULL,
  PRIMARY KEY (import_id, file_row),
  CONSTRAINT fk_participant_import_row_import FOREIGN KEY (import_id) REFERENCES participant_import (id) ON DELETE CASCADE,
  CONSTRAINT ck_participant_import_row_outcome CHECK (outcome IN
    ('IMPORTED', 'APPROVAL', 'VERIFICATION', 'QUARANTINE', 'REFUSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
