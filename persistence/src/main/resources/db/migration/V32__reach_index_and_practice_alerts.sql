-- Two changes of issue 5: the live reach from the grid index, and CAP exercise and test alerts.
--
-- The live reach of an action's area (issue 5) from one index range: the channels a send would
-- reach each participant over (ReachableChannels: APP 1, SMS 2, VOICE 4, EMAIL 8; the chosen
-- channels the contact details serve, as the fan-out decides), kept by the application whenever
-- the channels, contact details or bounce mark change, and carried with status, scope and quiet
-- hours in the grid indexes, so the candidates of an area come with all the reach needs without
-- touching a row.

ALTER TABLE participant
  ADD COLUMN reach_channels TINYINT NOT NULL DEFAULT 0 AFTER quiet_until;

UPDATE participant p SET reach_channels =
    IF(EXISTS (SELECT 1 FROM participant_channel c WHERE c.participant_id = p.id AND c.channel = 'APP'), 1, 0)
  + IF(p.mobile IS NOT NULL
       AND EXISTS (SELECT 1 FROM participant_channel c WHERE c.participant_id = p.id AND c.channel = 'SMS'), 2, 0)
  + IF((p.landline IS NOT NULL OR p.mobile IS NOT NULL)
       AND EXISTS (SELECT 1 FROM participant_channel c WHERE c.participant_id = p.id AND c.channel = 'VOICE'), 4, 0)
  + IF(p.email IS NOT NULL AND p.email_bounced_at IS NULL
       AND EXISTS (SELECT 1 FROM participant_channel c WHERE c.participant_id = p.id AND c.channel = 'EMAIL'), 8, 0);

ALTER TABLE participant
  DROP INDEX ix_participant_home_grid,
  DROP INDEX ix_participant_work_grid,
  ADD INDEX ix_participant_home_grid (home_lat_cell, home_longitude, home_latitude, status,
    scope_region_id, scope_municipality_id, quiet_from, quiet_until, reach_channels),
  ADD INDEX ix_participant_work_grid (work_lat_cell, work_longitude, work_latitude, status,
    scope_region_id, scope_municipality_id, quiet_from, quiet_until, reach_channels);

-- A partner's CAP alert of status Exercise or Test proposes an exercise or test action (issue 5);
-- the drafts received before were all real alerts.
ALTER TABLE action_draft
  ADD COLUMN status VARCHAR(10) NOT NULL DEFAULT 'ACTUAL' AFTER headline;
