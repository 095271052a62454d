package nl.burgernet.helpdesk.entity;

/** What the functional administrator decided about an item of the issue list. */
public enum IssueStatus {
  OPEN,
  PLANNED,
  SOLVED,
  DECLINED
}
