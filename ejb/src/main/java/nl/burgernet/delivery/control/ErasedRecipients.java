package nl.burgernet.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.burgernet.participant.boundary.ParticipantErased;

/**
 * Past deliveries keep their state for the counts of each send, but not the erased participant's
 * phone number or e-mail address; the link to the participant goes with the participant's row.
 */
@ApplicationScoped
public class ErasedRecipients {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  void forget(@Observes ParticipantErased erased) {
    em.createNativeQuery("UPDATE delivery SET address = '' WHERE participant_id = ?")
        .setParameter(1, erased.participantId())
        .executeUpdate();
  }
}
