package nl.burgernet.delivery.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.delivery.entity.RecipientList;

/**
 * Writes staged recipient lists: multi-row {@code INSERT}s of a few thousand members each (ids are
 * numbers written as digits, so no caller text reaches the SQL), far faster than one row at a time.
 */
@Dependent
public class RecipientLists {

  /** Members per statement: ~70 KB of SQL, well under any server's packet limit. */
  static final int ROWS_PER_STATEMENT = 5_000;

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  /** Stores the participants as a new list; returns its id. */
  public long stage(Set<Long> participantIds, Instant now) {
    RecipientList list = new RecipientList(now);
    em.persist(list);
    em.flush();
    for (String values : valueLists(list.getId(), participantIds)) {
      em.createNativeQuery(
              "INSERT INTO recipient_list_member (list_id, participant_id) VALUES " + values)
          .executeUpdate();
    }
    return list.getId();
  }

  /** Removes the list and its members. */
  public void discard(long listId) {
    em.createNativeQuery("DELETE FROM recipient_list_member WHERE list_id = ?1")
        .setParameter(1, listId)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM recipient_list WHERE id = ?1")
        .setParameter(1, listId)
        .executeUpdate();
  }

  static List<String> valueLists(long listId, Set<Long> participantIds) {
    List<Long> sorted = participantIds.stream().sorted().toList();
    List<String> statements = new ArrayList<>();
    for (int from = 0; from < sorted.size(); from += ROWS_PER_STATEMENT) {
      statements.add(
          sorted.subList(from, Math.min(from + ROWS_PER_STATEMENT, sorted.size())).stream()
              .map(id -> "(" + listId + "," + id + ")")
              .collect(Collectors.joining(",")));
    }
    return statements;
  }
}
