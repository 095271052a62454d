package nl.burgernet.participant.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.ParticipantStatus;

/**
 * Looks participants up by a {@link SearchTerm}, a page at a time, optionally in one status. The
 * queries run through the scope filter of the calling boundary, so a municipality's staff find only
 * its participants. Each kind has a fixed condition; the term reaches the store only as a
 * parameter.
 */
@Dependent
public class ParticipantFinder {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  /** One page of matches, ordered by name. */
  public List<Participant> page(
      SearchTerm term, ParticipantStatus status, int first, int pageSize) {
    return bind(
            em.createQuery(
                "SELECT p FROM Participant p" + where(term, status) + " ORDER BY p.name, p.id",
                Participant.class),
            term,
            status)
        .setFirstResult(Math.max(first, 0))
        .setMaxResults(pageSize)
        .getResultList();
  }

  /** How many match in all. */
  public long count(SearchTerm term, ParticipantStatus status) {
    return bind(
            em.createQuery("SELECT COUNT(p) FROM Participant p" + where(term, status), Long.class),
            term,
            status)
        .getSingleResult();
  }

  private static String where(SearchTerm term, ParticipantStatus status) {
    return " WHERE " + condition(term.kind()) + (status == null ? "" : " AND p.status = :status");
  }

  private static String condition(SearchTerm.Kind kind) {
    return switch (kind) {
      case EMAIL -> "p.email = :email";
      case POSTCODE -> "p.home.postcode = :postcode";
      case PHONE -> "(p.mobile = :phone OR p.landline = :phone)";
      // '!' as escape character: a backslash means something else again in MySQL string literals
      case NAME -> "(p.name LIKE :prefix ESCAPE '!' OR p.name LIKE :word ESCAPE '!')";
    };
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> query, SearchTerm term, ParticipantStatus status) {
    switch (term.kind()) {
      case EMAIL -> query.setParameter("email", term.email());
      case POSTCODE -> query.setParameter("postcode", term.postcode());
      case PHONE -> query.setParameter("phone", term.phone());
      case NAME ->
          query.setParameter("prefix", term.namePrefix()).setParameter("word", term.wordPrefix());
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    return query;
  }
}
