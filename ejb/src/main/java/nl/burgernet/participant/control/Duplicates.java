package nl.burgernet.participant.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.burgernet.participant.entity.ContactDetails;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.PhoneNumber;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * Whether another participant, anywhere in the country, already has a contact detail. Answers yes
 * or no only, so looking across all regions shows nobody's data. Rejected and unsubscribed
 * participants do not count: someone who left may come back.
 */
@Stateless
@ScopeFiltered
@SystemScope
public class Duplicates {

  /** Id that no participant has, for a registration that is not stored yet. */
  public static final long NEW = -1L;

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  public boolean phoneTaken(ContactDetails contact, long self) {
    return taken(Optional.ofNullable(contact.mobile()), self)
        || taken(Optional.ofNullable(contact.landline()), self);
  }

  public boolean emailTaken(ContactDetails contact, long self) {
    EmailAddress email = contact.email();
    return email != null
        && em.createNamedQuery(Participant.COUNT_WITH_EMAIL, Long.class)
                .setParameter("email", email)
                .setParameter("gone", Participant.GONE)
                .setParameter("self", self)
                .getSingleResult()
            > 0;
  }

  private boolean taken(Optional<PhoneNumber> phone, long self) {
    return phone.isPresent()
        && em.createNamedQuery(Participant.COUNT_WITH_PHONE, Long.class)
                .setParameter("phone", phone.get())
                .setParameter("gone", Participant.GONE)
                .setParameter("self", self)
                .getSingleResult()
            > 0;
  }
}
