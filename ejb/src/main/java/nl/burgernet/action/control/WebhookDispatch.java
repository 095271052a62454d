package nl.burgernet.action.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import nl.burgernet.action.boundary.ActionPublished;
import nl.burgernet.action.entity.Action;
import nl.burgernet.action.entity.CapMessage;
import nl.burgernet.action.entity.WebhookDelivery;
import nl.burgernet.action.entity.WebhookEndpoint;
import nl.burgernet.action.entity.WebhookEvent;
import nl.burgernet.delivery.control.JmsOutbox;

/**
 * Hands an action's newest CAP message to its region's webhook endpoints: one delivery row each and
 * its id on the webhook queue, both in the operator's transaction, so nothing leaves before the
 * action commits and the operator never waits for a partner. {@link WebhookQueueListener} posts.
 */
@ApplicationScoped
public class WebhookDispatch {

  public static final String QUEUE = "burgernet.webhook";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private ActionCapMessages capMessages;

  @Inject
  @JMSConnectionFactory(JmsOutbox.CONNECTION_FACTORY)
  private JMSContext jms;

  @Inject private Clock clock;

  @Inject private Logger log;

  void published(@Observes ActionPublished event) {
    Action action = em.find(Action.class, event.actionId());
    if (action == null || action.getScopeRegionId() == null) {
      return;
    }
    List<CapMessage> messages = capMessages.of(action);
    if (messages.isEmpty()) {
      return;
    }
    WebhookEvent happened = WebhookEvent.ofNewest(action, messages.size());
    List<WebhookEndpoint> endpoints =
        em.createNamedQuery(WebhookEndpoint.ACTIVE_OF_REGION, WebhookEndpoint.class)
            .setParameter("region", action.getScopeRegionId())
            .getResultStream()
            .filter(endpoint -> endpoint.wants(happened))
            .toList();
    if (endpoints.isEmpty()) {
      return;
    }
    CapMessage newest = messages.get(messages.size() - 1);
    String body = CapDocument.write(newest);
    for (WebhookEndpoint endpoint : endpoints) {
      WebhookDelivery delivery =
          new WebhookDelivery(
              endpoint,
              action,
              newest.identifier(),
              newest.msgType().name(),
              body,
              clock.instant());
      em.persist(delivery);
      em.flush();
      enqueue(delivery.getId());
    }
    log.info(
        () ->
            "CAP message "
                + newest.identifier()
                + " queued for "
                + endpoints.size()
                + " webhook endpoint(s)");
  }

  /**
   * Puts a delivery on the webhook queue, in the caller's transaction: for its first attempts, or
   * again when staff retry one that was dead-lettered.
   */
  public void enqueue(long deliveryId) {
    jms.createProducer()
        .setDeliveryMode(DeliveryMode.PERSISTENT)
        .send(jms.createQueue(QUEUE), String.valueOf(deliveryId));
  }
}
