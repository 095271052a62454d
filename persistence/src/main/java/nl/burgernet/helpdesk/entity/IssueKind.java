package nl.burgernet.helpdesk.entity;

/** An item of the issue list is a known problem or a wish. */
public enum IssueKind {
  PROBLEM,
  WISH
}
