package nl.burgernet.action.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import nl.burgernet.action.entity.WebhookDelivery;
import nl.burgernet.action.entity.WebhookEndpoint;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * The webhook consumer's small transactions: read what to post, record each attempt. Each commits
 * on its own, so a failed attempt stays recorded when the broker rolls the message back to retry.
 */
@Stateless
@ScopeFiltered
@SystemScope
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookLedger {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Clock clock;

  /** What to post; empty when the delivery is unknown or already delivered. */
  public Optional<WebhookPost> toPost(long deliveryId) {
    WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
    if (delivery == null || delivery.isDelivered()) {
      return Optional.empty();
    }
    WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, delivery.getEndpointId());
    return Optional.of(
        new WebhookPost(
            delivery.getId(), endpoint.getUrl(), endpoint.getSecret(), delivery.getBody()));
  }

  public void delivered(long deliveryId, int status) {
    em.find(WebhookDelivery.class, deliveryId).delivered(status, clock.instant());
  }

  /**
   * @param status the endpoint's answer, or null when it could not be reached
   */
  public void failed(long deliveryId, Integer status, String error) {
    em.find(WebhookDelivery.class, deliveryId).failed(status, error, clock.instant());
  }

  /** One delivery's request: where, signed with which secret, what. */
  public record WebhookPost(long deliveryId, String url, String secret, String body) {}
}
