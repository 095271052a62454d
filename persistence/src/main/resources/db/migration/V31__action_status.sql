-- Whether an action is real (ACTUAL), an exercise (EXERCISE) or a technical test (TEST): the CAP
-- status of its messages. Actions started before were all real.
ALTER TABLE action
  ADD COLUMN status VARCHAR(10) NOT NULL DEFAULT 'ACTUAL' AFTER kind;
