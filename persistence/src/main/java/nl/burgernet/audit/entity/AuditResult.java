package nl.burgernet.audit.entity;

/** How an audited attempt ended. */
public enum AuditResult {
  SUCCESS,
  FAILURE,
  /** Refused: not allowed, locked out or outside the caller's scope. */
  DENIED
}
