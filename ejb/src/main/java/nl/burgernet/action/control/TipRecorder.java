package nl.burgernet.action.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import nl.burgernet.action.boundary.TipReceived;
import nl.burgernet.action.entity.Action;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.action.entity.Tip;
import nl.burgernet.action.entity.TipSource;

/** Stores a tip of any source the same way: the tip, its dossier entry, and the event. */
@Dependent
public class TipRecorder {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private ActionDossier dossier;

  @Inject private Event<TipStored> stored;

  @Inject private Clock clock;

  public Tip record(
      Action action,
      TipSource source,
      String sender,
      Long participantId,
      String text,
      GeoPoint location,
      String photoReference) {
    Tip tip =
        new Tip(
            action, source, sender, participantId, text, location, photoReference, clock.instant());
    em.persist(tip);
    em.flush();
    dossier.tipReceived(action, tip);
    stored.fire(
        new TipStored(
            new TipReceived(
                action.getId(),
                tip.getId(),
                source,
                tip.getReceivedAt(),
                action.getScopeRegionId())));
    return tip;
  }

  /** "+31612345678" becomes "+316****5678": enough for the operator to tell tips apart. */
  public static String masked(String number) {
    if (number.length() <= 8) {
      return "****";
    }
    return number.substring(0, 4)
        + "*".repeat(number.length() - 8)
        + number.substring(number.length() - 4);
  }
}
