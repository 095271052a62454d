package nl.burgernet.mail.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import nl.burgernet.delivery.entity.Delivery;
import nl.burgernet.delivery.entity.DeliveryLink;
import nl.burgernet.mail.entity.MailOpen;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * The open pixel's side, without login: a mail program that loads the pixel of a delivery ({@link
 * DeliveryLink#OPEN_PIXEL}) records that delivery's first open. Only mails of a region that counts
 * opens carry a pixel, and only the pipeline can make its code, so nothing else is counted.
 *
 * <p>Nothing is logged and no audit line written per open: the audit trail would then be the very
 * record of who read what that the count avoids; the count itself is all that is kept.
 */
@Stateless
@ScopeFiltered
@SystemScope
@PermitAll
public class MailOpens {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Clock clock;

  /**
   * Records the first open of the delivery whose pixel this is; a second open, an unknown delivery
   * or a wrong code changes nothing.
   */
  public void opened(Long deliveryId, String code) {
    if (deliveryId == null || code == null) {
      return;
    }
    Delivery delivery = em.find(Delivery.class, deliveryId);
    Participant participant =
        delivery == null ? null : em.find(Participant.class, delivery.getParticipantId());
    if (participant != null
        && DeliveryLink.OPEN_PIXEL.matches(participant.getUnsubscribeToken(), deliveryId, code)) {
      em.createNativeQuery(MailOpen.INSERT_FIRST)
          .setParameter(1, deliveryId)
          .setParameter(2, Timestamp.from(clock.instant()))
          .executeUpdate();
    }
  }
}
