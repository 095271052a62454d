package nl.burgernet.helpdesk.entity;

/** The kinds of step in a ticket's history. */
public enum StepKind {
  REGISTERED,
  TAKEN,
  LINKED,
  ESCALATED,
  ANSWERED,
  CLOSED
}
