package nl.burgernet.action.boundary;

import java.time.Instant;

/**
 * What the partner whose alert became an action said of it since: an update (with its new
 * description) or a cancel. The operator decides what follows; the action page shows these above
 * the tips.
 *
 * @param description the update's description; null for a cancel
 */
public record PartnerMessage(Instant at, Kind kind, String description) {

  /** A CAP Update or Cancel of the alert. */
  public enum Kind {
    UPDATE,
    CANCEL
  }
}
