package nl.burgernet.action.entity;

import java.time.LocalTime;
import nl.burgernet.participant.entity.QuietHours;

/**
 * Keeps participants willing (seed 002: "how participants experience the action load"): nobody gets
 * more than a set number of actions a day, and nobody is woken in their own quiet hours.
 * Life-threatening kinds (a missing child, an AMBER alert, a disaster) reach everyone regardless.
 *
 * @param maximumActionsPerDay actions a participant may get per (Dutch) calendar day
 */
public record ParticipantProtection(int maximumActionsPerDay) {

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
    if (kind.isLifeThreatening()) {
      return false;
    }
    return actionsToday >= maximumActionsPerDay || (quietHours != null && quietHours.includes(now));
  }
}
