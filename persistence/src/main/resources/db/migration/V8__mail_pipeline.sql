-- Mail pipeline: an HTML alternative next to the plain-text mail body, and the claim that lets one
-- application instance at a time read the bounce mailbox.

-- sent as multipart/alternative with mail_body when present; placeholders as in the plain body
ALTER TABLE send_request ADD COLUMN mail_html MEDIUMTEXT NULL AFTER mail_body;

-- work that must run on one instance at a time (STACK-NOTES: EJB timers live in Hazelcast, not
-- here): an instance claims the job by writing its name and an expiry; another instance may take
-- it over only after the expiry, so a crashed instance blocks the job for one lease at most
CREATE TABLE job_claim (
  job            VARCHAR(60)   NOT NULL,
  claimed_by     VARCHAR(100)  NULL,
  claimed_until  TIMESTAMP(3)  NULL,
  last_run_at    TIMESTAMP(3)  NULL,
  PRIMARY KEY (job)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO job_claim (job) VALUES ('bounce-intake');
