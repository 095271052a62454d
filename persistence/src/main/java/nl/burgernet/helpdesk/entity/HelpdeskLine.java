package nl.burgernet.helpdesk.entity;

import nl.burgernet.security.entity.ScopeLevel;

/**
 * Who handles a ticket: the municipality's relation management (first line) or the regional
 * Burgernet bureau (second line), which also takes what the first line escalates.
 */
public enum HelpdeskLine {
  FIRST,
  SECOND;

  /** Staff of a municipality work at the first line, staff of a region at the second. */
  public static HelpdeskLine of(ScopeLevel level) {
    return switch (level) {
      case MUNICIPALITY -> FIRST;
      case REGION -> SECOND;
      case NATIONAL, NONE ->
          throw new IllegalArgumentException("the helpdesk works for a municipality or a region");
    };
  }
}
