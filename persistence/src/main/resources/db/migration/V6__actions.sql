-- Burgernetacties (issue 5): deployment scenarios, actions with their rounds, tips and the
-- hash-chained dossier; and the delivery pipeline's staged recipient lists, through which an action
-- round hands tens of thousands of participants to the fan-out's INSERT ... SELECT. All text
-- utf8mb4, times UTC.

-- Deployment scenarios (inzetscenario's): national templates kept by the functional administrator.
-- The wordings carry the placeholders {signalement} and {nummer}.
CREATE TABLE deployment_scenario (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  version                BIGINT        NOT NULL DEFAULT 0,
  name                   VARCHAR(80)   NOT NULL,
  kind                   VARCHAR(30)   NOT NULL,
  default_radius_metres  INT           NOT NULL,
  -- comma-separated channels, e.g. 'SMS,EMAIL'
  channels               VARCHAR(40)   NOT NULL,
  sms_wording            VARCHAR(500)  NOT NULL,
  voice_wording          VARCHAR(1000) NOT NULL,
  active                 BOOLEAN       NOT NULL DEFAULT TRUE,
  PRIMARY KEY (id),
  CONSTRAINT uk_deployment_scenario_name UNIQUE (name),
  CONSTRAINT ck_deployment_scenario_kind CHECK (kind IN ('MISSING_CHILD', 'MISSING_PERSON_DEMENTIA',
    'ROBBERY', 'BURGLARY', 'HIT_AND_RUN', 'STOLEN_VEHICLE', 'BAG_SNATCH', 'VIOLENCE', 'AMBER_ALERT',
    'DISASTER', 'NON_CRIMINAL_ALERT')),
  CONSTRAINT ck_deployment_scenario_radius CHECK (default_radius_metres BETWEEN 50 AND 50000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The wording of seed 003 ("Werking"): "Dit is een oproep voor Burgernet", the description, "heeft u
-- informatie over deze Burgernetactie, belt u dan met <nummer> en blijf aan de lijn."
INSERT INTO deployment_scenario (name, kind, default_radius_metres, channels, sms_wording, voice_wording) VALUES
  ('Vermist kind', 'MISSING_CHILD', 3000, 'APP,SMS,VOICE,EMAIL',
   'Burgernet: vermist kind. {signalement} Gezien? Bel direct {nummer}.',
   'Dit is een oproep voor Burgernet. De politie zoekt een vermist kind. {signalement} Heeft u informatie over deze Burgernetactie, belt u dan met {nummer} en blijf aan de lijn.'),
  ('Vermiste persoon met dementie', 'MISSING_PERSON_DEMENTIA', 2000, 'APP,SMS,VOICE,EMAIL',
   'Burgernet: vermiste persoon met dementie. {signalement} Gezien? Bel {nummer}.',
   'Dit is een oproep voor Burgernet. De politie zoekt een vermiste persoon met dementie. {signalement} Heeft u informatie over deze Burgernetactie, belt u dan met {nummer} en blijf aan de lijn.'),
  ('Overval', 'ROBBERY', 2000, 'APP,SMS,VOICE',
   'Burgernet: overval. Gezocht: {signalement} Niet zelf ingrijpen. Info? Bel {nummer}.',
   'Dit is een oproep voor Burgernet. Er is zojuist een overval gepleegd. De politie zoekt {signalement} Grijp niet zelf in. Heeft u informatie over deze Burgernetactie, belt u dan met {nummer} en blijf aan de lijn.'),
  ('Inbraak', 'BURGLARY', 1000, 'APP,SMS,VOICE',
   'Burgernet: inbraak. Gezocht: {signalement} Niet zelf ingrijpen. Info? Bel {nummer}.',
   'Dit is een oproep voor Burgernet. Er is zojuist ingebroken. De politie zoekt {signalement} Grijp niet zelf in. Heeft u informatie over deze Burgernetactie, belt u dan met {nummer} en blijf aan de lijn.'),
  ('Doorrijden na aanrijding', 'HIT_AND_RUN', 3000, 'APP,SMS,VOICE',
   'Burgernet: doorrijden na aanrijding. Gezocht: {signalement} Info? Bel {nummer}.',
   'Dit is een oproep voor Burgernet. Na een aanrijding is de bestuurder doorgereden. De politie zoekt {signalement} Heeft u informatie over deze Burgernetactie, belt u dan met {nummer} en blijf aan de lijn.'),
  ('Gestolen voertuig', 'STOLEN_VEHICLE', 5000, 'APP,SMS,VOICE',
   'Burgernet: gestolen voertuig. {signalement} Gezien? Bel {nummer}.',
   'Dit is een oproep voor Burgernet. Er is zojuist een voertuig gestolen. De politie zoekt {signalement} Heeft u informatie over deze Burgernetactie, belt u dan met {nummer} en blijf aan de lijn.'),
  ('Tasjesroof', 'BAG_SNATCH', 1500, 'APP,SMS,VOICE',
   'Burgernet: tasjesroof. Gezocht: {signalement} Niet zelf ingrijpen. Info? Bel {nummer}.',
   'Dit is een oproep voor Burgernet. Er is zojuist een tas geroofd. De politie zoekt {signalement} Grijp niet zelf in. Heeft u informatie over deze Burgernetactie, belt u dan met {nummer} en blijf aan de lijn.'),
  ('Geweldsincident', 'VIOLENCE', 2000, 'APP,SMS,VOICE',
   'Burgernet: geweldsincident. Gezocht: {signalement} Niet zelf ingrijpen. Info? Bel {nummer}.',
   'Dit is een oproep voor Burgernet. Er is zojuist geweld gebruikt. De politie zoekt {signalement} Grijp niet zelf in. Heeft u informatie over deze Burgernetactie, belt u dan met {nummer} en blijf aan de lijn.'),
  ('AMBER Alert', 'AMBER_ALERT', 25000, 'APP,SMS,VOICE,EMAIL',
   'Burgernet AMBER Alert: ontvoerd of vermist kind in levensgevaar. {signalement} Gezien? Bel direct {nummer}.',
   'Dit is een oproep voor Burgernet. Dit is een AMBER Alert: een kind is vermist en in levensgevaar. {signalement} Heeft u informatie over deze Burgernetactie, belt u dan met {nummer} en blijf aan de lijn.'),
  ('Gaslek', 'DISASTER', 1000, 'APP,SMS,VOICE,EMAIL',
   'Burgernet: gaslek in uw omgeving. {signalement} Sluit ramen en deuren. Vragen? Bel {nummer}.',
   'Dit is een oproep voor Burgernet. Er is een gaslek in uw omgeving. {signalement} Sluit ramen en deuren en zet de ventilatie uit. Heeft u vragen over deze Burgernetactie, belt u dan met {nummer}.'),
  ('Niet-criminele melding', 'NON_CRIMINAL_ALERT', 2000, 'APP,SMS,EMAIL',
   'Burgernet: {signalement} Info? Bel {nummer}.',
   'Dit is een oproep voor Burgernet. {signalement} Heeft u informatie over deze Burgernetactie, belt u dan met {nummer} en blijf aan de lijn.');

-- An action: scoped to the control room's region (scope columns as on send_request).
CREATE TABLE action (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  version                BIGINT        NOT NULL DEFAULT 0,
  -- the page's key for the start: a second click finds this action and sends nothing more
  idempotency_key        VARCHAR(60)   NOT NULL,
  scenario_id            BIGINT        NOT NULL,
  scenario_name          VARCHAR(80)   NOT NULL,
  kind                   VARCHAR(30)   NOT NULL,
  description            VARCHAR(500)  NOT NULL,
  callback_number        VARCHAR(20)   NOT NULL,
  channels               VARCHAR(40)   NOT NULL,
  sms_text               VARCHAR(1600) NOT NULL,
  voice_text             VARCHAR(2000) NOT NULL,
  state                  VARCHAR(10)   NOT NULL,
  started_by             VARCHAR(60)   NOT NULL,
  started_at             TIMESTAMP(3)  NOT NULL,
  outcome                VARCHAR(40)   NULL,
  outcome_message        VARCHAR(480)  NULL,
  closed_by              VARCHAR(60)   NULL,
  closed_at              TIMESTAMP(3)  NULL,
  outcome_request_id     BIGINT        NULL,
  scope_region_id        BIGINT        NULL,
  scope_municipality_id  BIGINT        NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_action_key UNIQUE (idempotency_key),
  CONSTRAINT fk_action_scenario FOREIGN KEY (scenario_id) REFERENCES deployment_scenario (id),
  CONSTRAINT fk_action_outcome_request FOREIGN KEY (outcome_request_id) REFERENCES send_request (id),
  CONSTRAINT fk_action_scope_region FOREIGN KEY (scope_region_id) REFERENCES region (id),
  CONSTRAINT fk_action_scope_municipality FOREIGN KEY (scope_municipality_id) REFERENCES municipality (id),
  CONSTRAINT ck_action_state CHECK (state IN ('OPEN', 'CLOSED')),
  CONSTRAINT ck_action_outcome CHECK (outcome IS NULL OR outcome IN
    ('FOUND_THANKS_TO_PARTICIPANT', 'FOUND_OTHERWISE', 'NOT_FOUND', 'CANCELLED')),
  INDEX ix_action_scope (scope_region_id, state, started_at),
  INDEX ix_action_state (state, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every area an action was sent to, with the send request that carried it.
CREATE TABLE action_round (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  action_id              BIGINT        NOT NULL,
  number                 INT           NOT NULL,
  -- the page's key for this widening: a second click finds this round
  idempotency_key        VARCHAR(60)   NOT NULL,
  area_kind              VARCHAR(20)   NOT NULL,
  -- the area as the operator gave it (JSON of AreaSpecification), for the screen and the dossier
  area                   MEDIUMTEXT    NOT NULL,
  send_request_id        BIGINT        NOT NULL,
  recipients             INT           NOT NULL,
  sent_by                VARCHAR(60)   NOT NULL,
  sent_at                TIMESTAMP(3)  NOT NULL,
  scope_region_id        BIGINT        NULL,
  scope_municipality_id  BIGINT        NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_action_round_number UNIQUE (action_id, number),
  CONSTRAINT uk_action_round_key UNIQUE (action_id, idempotency_key),
  CONSTRAINT fk_action_round_action FOREIGN KEY (action_id) REFERENCES action (id),
  CONSTRAINT fk_action_round_request FOREIGN KEY (send_request_id) REFERENCES send_request (id),
  -- participant protection counts the rounds sent today
  INDEX ix_action_round_sent (scope_region_id, sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_tip (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  action_id              BIGINT        NOT NULL,
  source                 VARCHAR(10)   NOT NULL,
  -- masked mobile number (SMS), or the operator's user name
  sender                 VARCHAR(60)   NOT NULL,
  participant_id         BIGINT        NULL,
  text                   VARCHAR(1600) NOT NULL,
  latitude               DOUBLE        NULL,
  longitude              DOUBLE        NULL,
  photo_reference        VARCHAR(200)  NULL,
  received_at            TIMESTAMP(3)  NOT NULL,
  scope_region_id        BIGINT        NULL,
  scope_municipality_id  BIGINT        NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_action_tip_action FOREIGN KEY (action_id) REFERENCES action (id),
  CONSTRAINT fk_action_tip_participant FOREIGN KEY (participant_id) REFERENCES participant (id) ON DELETE SET NULL,
  CONSTRAINT ck_action_tip_source CHECK (source IN ('SMS', 'APP', 'OPERATOR')),
  INDEX ix_action_tip_action (action_id, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The action dossier: append-only, every step and every in- and outgoing message. Each entry holds
-- the SHA-256 of its own content and the SHA-256 of (previous entry's chain hash + that content
-- hash), so a changed, removed or inserted entry breaks the chain from there on.
CREATE TABLE action_dossier_entry (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  action_id              BIGINT        NOT NULL,
  sequence               INT           NOT NULL,
  recorded_at            TIMESTAMP(3)  NOT NULL,
  actor                  VARCHAR(60)   NOT NULL,
  kind                   VARCHAR(20)   NOT NULL,
  content                MEDIUMTEXT    NOT NULL,
  content_hash           CHAR(64)      NOT NULL,
  chain_hash             CHAR(64)      NOT NULL,
  scope_region_id        BIGINT        NULL,
  scope_municipality_id  BIGINT        NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_action_dossier_sequence UNIQUE (action_id, sequence),
  CONSTRAINT fk_action_dossier_action FOREIGN KEY (action_id) REFERENCES action (id),
  CONSTRAINT ck_action_dossier_kind CHECK (kind IN
    ('STARTED', 'ROUND_SENT', 'TIP_RECEIVED', 'CLOSED', 'OUTCOME_SENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Delivery: participants staged for one send, too many to pass as parameters (an action round over
-- a 10 km circle selects ~50,000). The fan-out joins the list; the list is removed in the same
-- transaction once the deliveries are written.
CREATE TABLE recipient_list (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  created_at             TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recipient_list_member (
  list_id                BIGINT        NOT NULL,
  participant_id         BIGINT        NOT NULL,
  PRIMARY KEY (list_id, participant_id),
  CONSTRAINT fk_recipient_list_member_list FOREIGN KEY (list_id) REFERENCES recipient_list (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An SMS reply is matched to the deliveries that reached its sender's number.
CREATE INDEX ix_delivery_address ON delivery (address, request_id);
