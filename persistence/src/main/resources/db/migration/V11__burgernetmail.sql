-- Burgernetmail: non-time-critical mail by municipalities and police, with its review record.
-- All text utf8mb4, times UTC.

-- How a region reviews its municipalities' mails: the ambassador approves their own mail, or a
-- second person (another ambassador of the municipality or the regional bureau) does. Police
-- requests are always reviewed by the regional bureau, whatever this says.
CREATE TABLE mail_review_policy (
  region_id  BIGINT       NOT NULL,
  policy     VARCHAR(20)  NOT NULL,
  PRIMARY KEY (region_id),
  CONSTRAINT fk_mail_review_policy_region FOREIGN KEY (region_id) REFERENCES region (id),
  CONSTRAINT ck_mail_review_policy CHECK (policy IN ('OWN_APPROVAL', 'SECOND_PAIR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The region's templates: a starting text per kind of mail that ambassadors and officers adapt.
CREATE TABLE mail_template (
  id         BIGINT        NOT NULL AUTO_INCREMENT,
  region_id  BIGINT        NOT NULL,
  kind       VARCHAR(30)   NOT NULL,
  name       VARCHAR(100)  NOT NULL,
  subject    VARCHAR(200)  NOT NULL,
  body_html  MEDIUMTEXT    NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_mail_template_region FOREIGN KEY (region_id) REFERENCES region (id),
  INDEX ix_mail_template_region (region_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A municipality's house style: the colour of the mail's header band, the sender's name shown in
-- it and the closing lines under every mail. A municipality without a row gets Burgernet's style.
CREATE TABLE mail_house_style (
  municipality_id  BIGINT        NOT NULL,
  accent_colour    CHAR(7)       NOT NULL,
  sender_name      VARCHAR(100)  NOT NULL,
  signature        VARCHAR(500)  NOT NULL,
  PRIMARY KEY (municipality_id),
  CONSTRAINT fk_mail_house_style_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_mail_house_style_colour CHECK (accent_colour REGEXP '^#[0-9A-Fa-f]{6}$')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE burgernet_mail (
  id                      BIGINT        NOT NULL AUTO_INCREMENT,
  version                 BIGINT        NOT NULL DEFAULT 0,
  kind                    VARCHAR(30)   NOT NULL,
  -- POLICE (an investigating officer's request: always reviewed) or MUNICIPALITY
  origin                  VARCHAR(20)   NOT NULL,
  status                  VARCHAR(20)   NOT NULL,
  subject                 VARCHAR(200)  NOT NULL,
  -- sanitised HTML as composed, and the plain-text alternative generated from it
  body_html               MEDIUMTEXT    NOT NULL,
  body_text               MEDIUMTEXT    NOT NULL,
  target_municipality_id  BIGINT        NOT NULL,
  author                  VARCHAR(60)   NOT NULL,
  created_at              TIMESTAMP(3)  NOT NULL,
  updated_at              TIMESTAMP(3)  NOT NULL,
  -- the text as the reviewer last saw it: the reviewer's diff shows what changed since
  reviewed_subject        VARCHAR(200)  NULL,
  reviewed_text           MEDIUMTEXT    NULL,
  approved_by             VARCHAR(60)   NULL,
  -- when it goes out: the timer on every instance claims due mails with a row lock
  send_at                 TIMESTAMP(3)  NULL,
  send_request_id         BIGINT        NULL,
  sent_at                 TIMESTAMP(3)  NULL,
  -- who may see the mail: the author's scope (an ambassador's municipality, an officer's region)
  scope_region_id         BIGINT        NULL,
  scope_municipality_id   BIGINT        NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_burgernet_mail_target FOREIGN KEY (target_municipality_id) REFERENCES municipality (id),
  CONSTRAINT fk_burgernet_mail_request FOREIGN KEY (send_request_id) REFERENCES send_request (id),
  CONSTRAINT fk_burgernet_mail_scope_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT fk_burgernet_mail_scope_municipality FOREIGN KEY (scope_municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_burgernet_mail_kind CHECK (kind IN ('PREVENTION', 'WITNESS_CALL', 'LIVEABILITY', 'NEIGHBOURHOOD_INQUIRY', 'NEWSLETTER')),
  CONSTRAINT ck_burgernet_mail_origin CHECK (origin IN ('POLICE', 'MUNICIPALITY')),
  CONSTRAINT ck_burgernet_mail_status CHECK (status IN ('DRAFT', 'IN_REVIEW', 'RETURNED', 'APPROVED', 'SCHEDULED', 'SENT', 'STOPPED')),
  INDEX ix_burgernet_mail_scope (scope_region_id, scope_municipality_id, updated_at),
  INDEX ix_burgernet_mail_due (status, send_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The mail's record: every step (saved, submitted, approved, returned with a comment, test mail,
-- scheduled, sent, stopped), who took it and when. Never changed, only added to.
CREATE TABLE burgernet_mail_step (
  id                     BIGINT         NOT NULL AUTO_INCREMENT,
  mail_id                BIGINT         NOT NULL,
  step                   VARCHAR(30)    NOT NULL,
  actor                  VARCHAR(60)    NOT NULL,
  occurred_at            TIMESTAMP(3)   NOT NULL,
  note                   VARCHAR(1000)  NULL,
  scope_region_id        BIGINT         NULL,
  scope_municipality_id  BIGINT         NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_burgernet_mail_step_mail FOREIGN KEY (mail_id) REFERENCES burgernet_mail (id),
  INDEX ix_burgernet_mail_step_mail (mail_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Midden-Nederland asks for a second pair of eyes; the other regions let ambassadors approve their own.
INSERT INTO mail_review_policy (region_id, policy)
SELECT id, CASE code WHEN 'MIDDEN_NEDERLAND' THEN 'SECOND_PAIR' ELSE 'OWN_APPROVAL' END FROM region;

INSERT INTO mail_template (region_id, kind, name, subject, body_html)
SELECT id, 'PREVENTION', 'Inbraakpreventie', 'Let op: inbraken in uw buurt',
  '<h2>Inbraken in uw buurt</h2><p>Beste {{naam}},</p><p>De afgelopen weken is in uw buurt een aantal keer ingebroken. De inbrekers <strong>[werkwijze]</strong>.</p><ul><li>Sluit ramen en deuren, ook als u maar even weg bent.</li><li>Laat geen ladders of kliko''s in de tuin staan.</li><li>Ziet u iets verdachts? Bel direct 112.</li></ul><p>Met vriendelijke groet,</p>'
FROM region;
INSERT INTO mail_template (region_id, kind, name, subject, body_html)
SELECT id, 'WITNESS_CALL', 'Getuigenoproep', 'Getuigen gezocht',
  '<h2>Getuigen gezocht</h2><p>Beste {{naam}},</p><p>Op <strong>[datum]</strong> rond <strong>[tijd]</strong> is bij <strong>[plaats]</strong> [wat er gebeurde].</p><p>Heeft u iets gezien of gehoord, of heeft u camerabeelden? Bel 0900-8844 of meld het via www.politie.nl.</p>'
FROM region;
INSERT INTO mail_template (region_id, kind, name, subject, body_html)
SELECT id, 'LIVEABILITY', 'Leefbaarheid', 'Bericht over uw buurt',
  '<h2>[Onderwerp]</h2><p>Beste {{naam}},</p><p>[Bericht over de buurt.]</p><p>Met vriendelijke groet,</p>'
FROM region;
INSERT INTO mail_template (region_id, kind, name, subject, body_html)
SELECT id, 'NEWSLETTER', 'Nieuwsbrief', 'Nieuwsbrief Burgernet',
  '<h2>Nieuwsbrief Burgernet</h2><p>Beste {{naam}},</p><h3>Resultaten</h3><p>[Hoeveel acties, hoeveel succes.]</p><h3>Tips</h3><p>[Tip van het kwartaal.]</p>'
FROM region;

INSERT INTO mail_house_style (municipality_id, accent_colour, sender_name, signature)
SELECT id, '#00811F', 'Gemeente Rotterdam', 'Gemeente Rotterdam, team Veilig. Samen maken we de stad veiliger.'
FROM municipality WHERE cbs_code = 'GM0599';
INSERT INTO mail_house_style (municipality_id, accent_colour, sender_name, signature)
SELECT id, '#C8102E', 'Gemeente Utrecht', 'Gemeente Utrecht, afdeling Openbare Orde en Veiligheid.'
FROM municipality WHERE cbs_code = 'GM0344';
INSERT INTO mail_house_style (municipality_id, accent_colour, sender_name, signature)
SELECT id, '#1D4F91', 'Gemeente Deventer', 'Gemeente Deventer, team Veiligheid.'
FROM municipality WHERE cbs_code = 'GM0150';
