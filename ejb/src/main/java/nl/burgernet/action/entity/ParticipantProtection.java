package nl.burgernet.action.entity;

import java.time.LocalTime;
import nl.burgernet.participant.entity.QuietHours;

/**
 * Keeps participants willing (seed 002: "how participants experience the action load"): nobody gets
 * more than a set number of actions a day, and nobody is woken in their own quiet hours.
 * Life-threatening kinds (a missing child, an AMBER alert, a disaster) reach everyone regardless,
 * unless the action is only practice.
 *
 * @param maximumActionsPerDay actions a participant may get per (Dutch) calendar day
 * @param lifeThreateningOverrides whether a life-threatening kind overrides the protection: false
 *     for an exercise, where nobody is in danger
 */
public record ParticipantProtection(int maximumActionsPerDay, boolean lifeThreateningOverrides) {

  /** The protection of real actions. */
  public ParticipantProtection(int maximumActionsPerDay) {
    this(maximumActionsPerDay, true);
  }

  /** The protection of an action of the status. */
  public static ParticipantProtection of(int maximumActionsPerDay, ActionStatus status) {
    return new ParticipantProtection(maximumActionsPerDay, status.isActual());
  }

  public ParticipantProtection {
    if (maximumActionsPerDay < 1) {
      throw new IllegalArgumentException("at least one action a day must be allowed");
    }
  }

  /**
   * @param actionsToday actions that reached the participant earlier today
   * @param quietHours the participant's, or null
   * @param now the Dutch time of day
   */
  public boolean spares(ActionKind kind, int actionsToday, QuietHours quietHours, LocalTime now) {
    if (overrides(kind)) {
      return false;
    }
    return actionsToday >= maximumActionsPerDay || (quietHours != null && quietHours.includes(now));
  }

  /** Whether an action of the kind reaches everyone, whatever their caps and quiet hours. */
  public boolean overrides(ActionKind kind) {
    return lifeThreateningOverrides && kind.isLifeThreatening();
  }
}
