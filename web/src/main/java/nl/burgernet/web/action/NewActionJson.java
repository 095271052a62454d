package nl.burgernet.web.action;

import java.util.List;
import java.util.Set;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.boundary.NewAction;
import nl.burgernet.action.entity.ActionStatus;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.participant.entity.Channel;

/**
 * An action as a control-room system posts it. Its own type rather than the boundary's records:
 * Payara's OpenAPI generator fails on bean-validation annotations of record components, and the
 * boundary validates the order it is given anyway.
 */
public record NewActionJson(
    Long scenarioId,
    String description,
    String callbackNumber,
    Set<Channel> channels,
    Area area,
    String idempotencyKey,
    ActionStatus status) {

  /** A circle (centre, radius), a polygon, municipalities or postcodes. */
  public record Area(
      AreaSpecification.AreaKind kind,
      GeoPoint centre,
      Integer radiusMetres,
      List<GeoPoint> polygon,
      Set<Long> municipalityIds,
      Set<String> postcodes) {

    AreaSpecification specification() {
      return new AreaSpecification(
          kind,
          centre,
          radiusMetres,
          polygon == null ? List.of() : polygon,
          municipalityIds == null ? Set.of() : municipalityIds,
          postcodes == null ? Set.of() : postcodes);
    }
  }

  NewAction order() {
    return new NewAction(
        scenarioId,
        description,
        callbackNumber,
        channels,
        area == null ? null : area.specification(),
        idempotencyKey,
        status);
  }
}
