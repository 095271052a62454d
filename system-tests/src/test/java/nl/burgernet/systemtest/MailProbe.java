package nl.burgernet.systemtest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.burgernet.delivery.entity.MailBounce;

/** Inside the application: the bounces the intake announced, a participant's status, a request. */
@ApplicationScoped
public class MailProbe {

  private final List<MailBounce> bounces = new CopyOnWriteArrayList<>();

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  void heard(@Observes MailBounce bounce) {
    bounces.add(bounce);
  }

  public List<MailBounce> bounces() {
    return List.copyOf(bounces);
  }

  /** Read by SQL here: the entities' scope criteria need a caller's scope, a test has none. */
  public String participantStatus(String email) {
    return (String)
        em.createNativeQuery("SELECT status FROM participant WHERE email = ?1")
            .setParameter(1, email)
            .getSingleResult();
  }

  public long requestId(String idempotencyKey) {
    return ((Number)
            em.createNativeQuery("SELECT id FROM send_request WHERE idempotency_key = ?1")
                .setParameter(1, idempotencyKey)
                .getSingleResult())
        .longValue();
  }
}
