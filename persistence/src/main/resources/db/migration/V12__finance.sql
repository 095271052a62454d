-- MARAP finance: per region and budget year the contribution per inhabitant of the municipalities
-- and of the police, and a budget shared over the municipalities by share of inhabitants, counted
-- on the inhabitants of 1 January of the figures year. The apportioning is done in Java (largest
-- remainder, whole euros) so every figure on the page can be explained from these rows.

CREATE TABLE finance_year (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  version            BIGINT        NOT NULL DEFAULT 0,
  region_id          BIGINT        NOT NULL,
  budget_year        INT           NOT NULL,
  figures_year       INT           NOT NULL,
  municipality_rate  DECIMAL(8, 4) NOT NULL,
  police_rate        DECIMAL(8, 4) NOT NULL,
  allocated_budget   BIGINT        NULL,
  allocated_purpose  VARCHAR(200)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_finance_year UNIQUE (region_id, budget_year),
  CONSTRAINT fk_finance_year_region FOREIGN KEY (region_id) REFERENCES region (id),
  CONSTRAINT ck_finance_year_figures CHECK (figures_year <= budget_year),
  CONSTRAINT ck_finance_year_amounts CHECK (municipality_rate >= 0 AND police_rate >= 0
    AND (allocated_budget IS NULL OR allocated_budget >= 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- seed 002 §5.3: relation management 2013 of Rotterdam-Rijnmond, 2 fte = 104,000 euro, by the
-- inhabitants in the plan (recorded as 2012); seed 000: Midden-Nederland 2017, 0.04 + 0.04 euro
INSERT INTO finance_year (region_id, budget_year, figures_year, municipality_rate, police_rate,
                          allocated_budget, allocated_purpose) VALUES
  ((SELECT id FROM region WHERE code = 'ROTTERDAM_RIJNMOND'), 2013, 2012, 0, 0, 104000,
   'Relatiebeheer (2 fte)'),
  ((SELECT id FROM region WHERE code = 'MIDDEN_NEDERLAND'), 2017, 2017, 0.04, 0.04, NULL, NULL);
