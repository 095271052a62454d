package nl.burgernet.participant.entity;

/** Where a participant import is: waiting for a runner, running, done, or stopped by an error. */
public enum ImportState {
  QUEUED,
  RUNNING,
  FINISHED,
  FAILED
}
