-- Digitaal Buurtonderzoek: the questions an investigating officer asks with a Burgernetmail, the
-- residents' answers (one per delivery, that is per personal link) with an optional photo, and
-- follow-up mails to the recipients of an earlier mail. All text utf8mb4, times UTC.

-- A follow-up goes to exactly the participants the earlier mail reached, not to a municipality.
ALTER TABLE burgernet_mail
  ADD COLUMN follow_up_of BIGINT NULL,
  ADD CONSTRAINT fk_burgernet_mail_follow_up FOREIGN KEY (follow_up_of) REFERENCES burgernet_mail (id);

-- The questions, in the order the form shows them; frozen once the mail is approved.
CREATE TABLE inquiry_question (
  id                     BIGINT         NOT NULL AUTO_INCREMENT,
  mail_id                BIGINT         NOT NULL,
  position               INT            NOT NULL,
  -- TEXT (free text), YES_NO, TIME_SEEN (a date and time, Europe/Amsterdam), PHOTO (optional upload)
  kind                   VARCHAR(20)    NOT NULL,
  question               VARCHAR(500)   NOT NULL,
  scope_region_id        BIGINT         NULL,
  scope_municipality_id  BIGINT         NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_inquiry_question_mail FOREIGN KEY (mail_id) REFERENCES burgernet_mail (id),
  CONSTRAINT uq_inquiry_question_position UNIQUE (mail_id, position),
  CONSTRAINT ck_inquiry_question_kind CHECK (kind IN ('TEXT', 'YES_NO', 'TIME_SEEN', 'PHOTO'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One answer per delivery: the personal link names the delivery, and a second visit finds it
-- answered. The photo is re-encoded as a JPEG without metadata before it is kept.
CREATE TABLE inquiry_answer (
  id                     BIGINT         NOT NULL AUTO_INCREMENT,
  mail_id                BIGINT         NOT NULL,
  delivery_id            BIGINT         NOT NULL,
  answered_at            TIMESTAMP(3)   NOT NULL,
  photo                  MEDIUMBLOB     NULL,
  photo_type             VARCHAR(40)    NULL,
  scope_region_id        BIGINT         NULL,
  scope_municipality_id  BIGINT         NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_inquiry_answer_mail FOREIGN KEY (mail_id) REFERENCES burgernet_mail (id),
  CONSTRAINT fk_inquiry_answer_delivery FOREIGN KEY (delivery_id) REFERENCES delivery (id),
  CONSTRAINT uq_inquiry_answer_delivery UNIQUE (delivery_id),
  INDEX ix_inquiry_answer_mail (mail_id, answered_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The answer to each question as the form took it: free text, JA/NEE, or an ISO instant.
CREATE TABLE inquiry_reply (
  answer_id    BIGINT          NOT NULL,
  question_id  BIGINT          NOT NULL,
  reply        VARCHAR(2000)   NOT NULL,
  PRIMARY KEY (answer_id, question_id),
  CONSTRAINT fk_inquiry_reply_answer FOREIGN KEY (answer_id) REFERENCES inquiry_answer (id),
  CONSTRAINT fk_inquiry_reply_question FOREIGN KEY (question_id) REFERENCES inquiry_question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
