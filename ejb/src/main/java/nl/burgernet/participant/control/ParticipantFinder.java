package nl.burgernet.participant.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.security.control.CallerScope;
import nl.burgernet.security.entity.Scope;

/**
 * Looks participants up by a {@link SearchTerm}, a page at a time, optionally in one status, within
 * the caller's scope. Each kind has a fixed condition; the term reaches the store only as a
 * parameter.
 *
 * <p>Phone, e-mail and postcode are one index lookup each; these queries run through the scope
 * filter of the calling boundary. A name is looked for at the start of four columns the database
 * keeps from it (V14); no single index answers an OR over them, so the ids and names of the matches
 * come from one index range per column, merged by a UNION in native SQL, which adds the scope
 * itself (as {@code FanOut} does). The page's participants are then read by id through the scope
 * filter.
 */
@Dependent
public class ParticipantFinder {

  /** The name and the columns the database derives from it (V14), each with its own index. */
  private static final List<String> NAME_COLUMNS =
      List.of("name", "name_from_second_word", "name_from_third_word", "name_last_word");

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private CallerScope callerScope;

  /** One page of matches, ordered by name. */
  public List<Participant> page(
      SearchTerm term, ParticipantStatus status, int first, int pageSize) {
    if (term.kind() == SearchTerm.Kind.NAME) {
      return byIds(
          idsOf(
              bindNameMatches(
                      em.createNativeQuery(
                          "SELECT m.id FROM ("
                              + nameMatches(status)
                              + ") m ORDER BY m.name, m.id LIMIT ?5 OFFSET ?6"),
                      term,
                      status)
                  .setParameter(5, pageSize)
                  .setParameter(6, Math.max(first, 0))
                  .getResultList()));
    }
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
    if (term.kind() == SearchTerm.Kind.NAME) {
      return ((Number)
              bindNameMatches(
                      em.createNativeQuery("SELECT COUNT(*) FROM (" + nameMatches(status) + ") m"),
                      term,
                      status)
                  .getSingleResult())
          .longValue();
    }
    return bind(
            em.createQuery("SELECT COUNT(p) FROM Participant p" + where(term, status), Long.class),
            term,
            status)
        .getSingleResult();
  }

  /**
   * Id and name of every participant in the scope whose name or a derived column starts with the
   * term. UNION, not UNION ALL: a participant matching in two columns counts once. Each branch is
   * answered from its index alone (region first, then the column; municipality, status and name in
   * the index), so no row is read.
   */
  private static String nameMatches(ParticipantStatus status) {
    return NAME_COLUMNS.stream()
        .map(
            column ->
                "SELECT id, name FROM participant WHERE "
                    + column
                    // '!' as escape character: a backslash means something else again in MySQL
                    + " LIKE ?1 ESCAPE '!'"
                    + " AND (?2 = 0 OR scope_region_id = ?2)"
                    + " AND (?3 = 0 OR scope_municipality_id = ?3)"
                    + (status == null ? "" : " AND status = ?4"))
        .collect(Collectors.joining(" UNION "));
  }

  private Query bindNameMatches(Query query, SearchTerm term, ParticipantStatus status) {
    Scope scope = callerScope.current();
    query
        .setParameter(1, term.namePrefix())
        .setParameter(2, scope.regionParameter())
        .setParameter(3, scope.municipalityParameter());
    if (status != null) {
      query.setParameter(4, status.name());
    }
    return query;
  }

  /** The participants with these ids, in the order of the ids, read through the scope filter. */
  private List<Participant> byIds(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Participant> byId =
        em
            .createQuery("SELECT p FROM Participant p WHERE p.id IN :ids", Participant.class)
            .setParameter("ids", ids)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(Participant::getId, Function.identity()));
    return ids.stream().filter(byId::containsKey).map(byId::get).toList();
  }

  private static List<Long> idsOf(List<?> rows) {
    return rows.stream().map(id -> ((Number) id).longValue()).toList();
  }

  private static String where(SearchTerm term, ParticipantStatus status) {
    return " WHERE " + condition(term.kind()) + (status == null ? "" : " AND p.status = :status");
  }

  private static String condition(SearchTerm.Kind kind) {
    return switch (kind) {
      case EMAIL -> "p.email = :email";
      case POSTCODE -> "p.home.postcode = :postcode";
      case PHONE -> "(p.mobile = :phone OR p.landline = :phone)";
      case NAME -> throw new IllegalArgumentException("names are searched in native SQL");
    };
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> query, SearchTerm term, ParticipantStatus status) {
    switch (term.kind()) {
      case EMAIL -> query.setParameter("email", term.email());
      case POSTCODE -> query.setParameter("postcode", term.postcode());
      case PHONE -> query.setParameter("phone", term.phone());
      case NAME -> throw new IllegalArgumentException("names are searched in native SQL");
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    return query;
  }
}
