package nl.burgernet.audit.entity;

/** What an audited actor did. */
public enum AuditAction {
  LOGIN,
  LOGOUT,
  READ,
  CREATE,
  UPDATE,
  DELETE
}
