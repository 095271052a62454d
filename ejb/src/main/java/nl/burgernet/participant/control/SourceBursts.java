package nl.burgernet.participant.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import nl.burgernet.participant.entity.RegistrationPolicy;
import nl.burgernet.participant.entity.RegistrationSourceEvent;

/**
 * Counts registrations per source (a client address, an app installation) to spot bursts: many
 * registrations from one place in a short time are more likely a script than many neighbours. Only
 * a hash of the source is stored, and only for a day.
 */
@Dependent
public class SourceBursts {

  private static final Duration KEPT =
      Duration.ofMinutes(RegistrationPolicy.MAXIMUM_WINDOW_MINUTES);

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  /**
   * Records this registration from the source and tells whether the source now registered more than
   * the region allows within its window. A registration without a known source (typed in by staff,
   * imported) is never a burst.
   */
  public boolean isBurst(String source, RegistrationPolicy policy, Instant now) {
    if (source == null || source.isBlank()) {
      return false;
    }
    String hash = ConfirmationTokens.hash(source.strip());
    em.createNamedQuery(RegistrationSourceEvent.DELETE_BEFORE)
        .setParameter("before", now.minus(KEPT))
        .executeUpdate();
    em.persist(new RegistrationSourceEvent(hash, now));
    em.flush();
    long recent =
        em.createNamedQuery(RegistrationSourceEvent.COUNT_SINCE, Long.class)
            .setParameter("hash", hash)
            .setParameter("since", now.minus(policy.getBurstWindow()))
            .getSingleResult();
    return policy.isBurst(recent);
  }
}
