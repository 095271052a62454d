package nl.burgernet.helpdesk.entity;

/** What a citizen or participant comes to the helpdesk with. */
public enum TicketKind {
  QUESTION,
  COMPLAINT,
  CHANGE_REQUEST
}
