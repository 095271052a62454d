package nl.burgernet.participant.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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

  /**
   * Of these numbers (E.164), those another participant has as mobile or landline number: one
   * question for a whole batch of an import instead of two per row.
   */
  public Set<String> phonesTaken(Collection<String> phones) {
    Set<String> taken = new HashSet<>();
    taken.addAll(present("mobile", phones));
    taken.addAll(present("landline", phones));
    return taken;
  }

  /** Of these e-mail addresses (lower case), those another participant has. */
  public Set<String> emailsTaken(Collection<String> emails) {
    return present("email", emails).stream()
        .map(email -> email.toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
  }

  /** The values of the column that participants who still count have; column is a constant. */
  private List<String> present(String column, Collection<String> values) {
    if (values.isEmpty()) {
      return List.of();
    }
    List<String> distinct = List.copyOf(new HashSet<>(values));
    String placeholders = String.join(",", Collections.nCopies(distinct.size(), "?"));
    Query query =
        em.createNativeQuery(
            "SELECT DISTINCT "
                + column
                + " FROM participant WHERE "
                + column
                + " IN ("
                + placeholders
                + ") AND status NOT IN ("
                + Participant.GONE.stream()
                    .map(status -> "'" + status.name() + "'")
                    .sorted()
                    .collect(Collectors.joining(","))
                + ")");
    for (int i = 0; i < distinct.size(); i++) {
      query.setParameter(i + 1, distinct.get(i));
    }
    @SuppressWarnings("unchecked")
    List<String> present = query.getResultList();
    return present;
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
