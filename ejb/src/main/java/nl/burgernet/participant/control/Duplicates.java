package nl.burgernet.participant.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
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

  /** Values per IN list of the batch lookup (see {@link #slices}). */
  private static final int IN_LIST = 500;

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Resource(lookup = "java:app/jdbc/burgernet")
  private DataSource dataSource;

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
   * Of these numbers (E.164) and e-mail addresses (lower case), those another participant has (as
   * mobile or landline number; e-mail in lower case): one question, answered from the indexes on
   * the three columns, for a whole batch of an import instead of three per row. Plain JDBC: the
   * persistence provider's native query matches each of thousands of parameters against all the
   * others (a profile of the import benchmark found most of the import's time there).
   */
  public Set<String> contactsTaken(Collection<String> phones, Collection<String> emails) {
    List<String> distinctPhones = List.copyOf(new HashSet<>(phones));
    List<String> distinctEmails = List.copyOf(new HashSet<>(emails));
    List<String> parts = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (List<String> slice : slices(distinctPhones)) {
      parts.add(present("mobile", slice.size()));
      parts.add(present("landline", slice.size()));
      values.addAll(slice);
      values.addAll(slice);
    }
    for (List<String> slice : slices(distinctEmails)) {
      parts.add(present("email", slice.size()));
      values.addAll(slice);
    }
    if (parts.isEmpty()) {
      return Set.of();
    }
    Set<String> taken = new HashSet<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(String.join(" UNION ", parts))) {
      for (int i = 0; i < values.size(); i++) {
        query.setString(i + 1, values.get(i));
      }
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          taken.add(result.getString(1).toLowerCase(Locale.ROOT));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("duplicate contact details could not be looked up", e);
    }
    return taken;
  }

  /**
   * The values in lists short enough to stay index lookups: MariaDB turns an IN list of 1,000
   * values or more into a join with a table of those values (its
   * in_predicate_conversion_threshold), and reads the whole table for a mostly empty column. Both
   * fixes together took a batch's lookup from ~190 ms to ~28 ms on 300,000 participants.
   */
  private static List<List<String>> slices(List<String> values) {
    List<List<String>> slices = new ArrayList<>();
    for (int from = 0; from < values.size(); from += IN_LIST) {
      slices.add(values.subList(from, Math.min(from + IN_LIST, values.size())));
    }
    return slices;
  }

  /**
   * The values of the column among so many parameters that participants who still count have;
   * column is a constant. E-mail addresses compare without case, as the column's collation does.
   * The column's own index is named because where the column is mostly empty (few landlines) the
   * optimiser reads the whole table instead.
   */
  private static String present(String column, int count) {
    return "SELECT "
        + column
        + " FROM participant FORCE INDEX (ix_participant_"
        + column
        + ") WHERE "
        + column
        + " IN ("
        + String.join(",", Collections.nCopies(count, "?"))
        + ") AND status NOT IN ("
        + Participant.GONE.stream()
            .map(status -> "'" + status.name() + "'")
            .sorted()
            .collect(Collectors.joining(","))
        + ")";
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
