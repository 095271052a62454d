package nl.burgernet.helpdesk.entity;

/** The kinds of step in a ticket's history. */
public enum StepKind {
  REGISTERED,
  TAKEN,
  ASSIGNED,
  LINKED,
  ESCALATED,
  ANSWERED,
  CLOSED
}
