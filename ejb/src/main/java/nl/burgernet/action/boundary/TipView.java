package nl.burgernet.action.boundary;

import java.time.Instant;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.action.entity.TipSource;

/**
 * A tip on an action.
 *
 * @param from who gave it: the participant's masked mobile number (SMS), "app", or the operator's
 *     user name
 * @param location where something was seen, or null
 * @param photoReference the stored photo of an app tip, or null
 */
public record TipView(
    long id,
    TipSource source,
    String from,
    String text,
    GeoPoint location,
    String photoReference,
    Instant receivedAt) {

  public static final int TEXT_LENGTH = 1_000;
}
