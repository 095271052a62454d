package nl.burgernet.security.entity;

/** How far a staff member's view of the shared store reaches. */
public enum ScopeLevel {
  NATIONAL,
  REGION,
  MUNICIPALITY,
  NONE
}
