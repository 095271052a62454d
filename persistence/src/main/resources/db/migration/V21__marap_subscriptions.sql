-- Staff who want the MARAP report of their region or municipality by mail after each quarter
-- (seed 000: the quarterly reports go out within two weeks after the end of the period), and
-- which quarter each of them was mailed, so a restart or a second instance mails nobody twice.
CREATE TABLE marap_subscription (
  staff_account_id  BIGINT       NOT NULL,
  subscribed_at     TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (staff_account_id),
  CONSTRAINT fk_marap_subscription_staff FOREIGN KEY (staff_account_id) REFERENCES staff_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE marap_mailing (
  staff_account_id  BIGINT       NOT NULL,
  quarter           CHAR(7)      NOT NULL,
  mailed_at         TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (staff_account_id, quarter),
  CONSTRAINT fk_marap_mailing_staff FOREIGN KEY (staff_account_id) REFERENCES staff_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO job_claim (job) VALUES ('marap-quarterly-mailing');
