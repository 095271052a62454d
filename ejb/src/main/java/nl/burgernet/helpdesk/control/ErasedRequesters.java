package nl.burgernet.helpdesk.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.burgernet.helpdesk.entity.Ticket;
import nl.burgernet.participant.boundary.ParticipantErased;

/**
 * Tickets about an erased participant stay for the helpdesk's figures, without who asked: their
 * question and answer are the helpdesk's record, the requester's name and address are not.
 */
@ApplicationScoped
public class ErasedRequesters {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  void forget(@Observes ParticipantErased erased) {
    em.createNamedQuery(Ticket.OF_PARTICIPANT, Ticket.class)
        .setParameter("participant", erased.participantId())
        .getResultStream()
        .forEach(Ticket::forgetRequester);
  }
}
