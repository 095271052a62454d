package nl.burgernet.action.entity;

import java.util.Optional;

/**
 * Whether an action is real or practice: the CAP 1.2 {@code status} of all its messages. The
 * operator chooses it when starting; it never changes. Practice must never be mistaken for a real
 * call by a participant, a partner system or the figures: an exercise marks every text it sends, a
 * test sends nothing to participants, and neither counts in the MARAP or gets a public report.
 */
public enum ActionStatus {
  /** A real action: the only kind that reaches participants unmarked. */
  ACTUAL("Actual", ""),
  /**
   * Practice of the whole chain with the participants of the area, who are asked to react (tips) as
   * they would: every text starts with "OEFENING", and protection (daily cap, quiet hours) is never
   * overridden, as nobody is in danger.
   */
  EXERCISE("Exercise", "OEFENING: "),
  /**
   * A technical test of the chain to the partner systems (CAP, feed, webhooks, dossier): the rounds
   * are selected and recorded but reach no participant, as CAP's "Test" means "all recipients
   * disregard".
   */
  TEST("Test", "TEST: ");

  private final String capValue;
  private final String textPrefix;

  ActionStatus(String capValue, String textPrefix) {
    this.capValue = capValue;
    this.textPrefix = textPrefix;
  }

  /**
   * The status of a CAP 1.2 {@code <status>} value; empty for {@code System} and {@code Draft},
   * which are messages between systems, not actions.
   */
  public static Optional<ActionStatus> ofCapValue(String value) {
    for (ActionStatus status : values()) {
      if (status.capValue.equals(value)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /** The value of the CAP 1.2 {@code <status>} element. */
  public String capValue() {
    return capValue;
  }

  /** The text as sent for an action of this status: marked unless it is real. */
  public String mark(String text) {
    return textPrefix + text;
  }

  public boolean isActual() {
    return this == ACTUAL;
  }

  /** Whether the action's rounds and outcome message go to participants at all. */
  public boolean reachesParticipants() {
    return this != TEST;
  }
}
