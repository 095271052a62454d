package nl.burgernet.action.entity;

/** What an entry of an action's dossier records. */
public enum DossierEntryKind {
  /** The action was started, with its scenario, description and texts. */
  STARTED,
  /** A round went out: its area, recipients and send request (an outgoing message). */
  ROUND_SENT,
  /** A tip came in (an incoming message) or was typed in. */
  TIP_RECEIVED,
  /** The action was closed with its outcome. */
  CLOSED,
  /** The outcome message went out (an outgoing message). */
  OUTCOME_SENT,
  /** The partner's CAP alert the action was made from (an incoming message). */
  CAP_RECEIVED
}
