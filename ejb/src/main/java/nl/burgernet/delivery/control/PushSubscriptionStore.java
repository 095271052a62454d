package nl.burgernet.delivery.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.burgernet.participant.entity.PushSubscription;

/**
 * The push gateway's reads and removals of push subscriptions, each in its own short transaction
 * (the gateway works outside any). Subscriptions carry no scope: only the gateway and the
 * participant's own session use them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PushSubscriptionStore {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  public List<PushSubscription> of(long participantId) {
    return em.createNamedQuery(PushSubscription.OF_PARTICIPANT, PushSubscription.class)
        .setParameter("participant", participantId)
        .getResultList();
  }

  /** The push service says the subscription is gone (404, 410): it never comes back. */
  public void remove(String endpoint) {
    em.createNamedQuery(PushSubscription.BY_ENDPOINT, PushSubscription.class)
        .setParameter("hash", PushSubscription.hashOf(endpoint))
        .getResultStream()
        .forEach(em::remove);
  }
}
