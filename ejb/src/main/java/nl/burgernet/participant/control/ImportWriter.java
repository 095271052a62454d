package nl.burgernet.participant.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.burgernet.participant.entity.Address;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.ImportOutcome;
import nl.burgernet.participant.entity.ImportState;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.PhoneNumber;
import nl.burgernet.participant.entity.RegistrationCard;
import nl.burgernet.platform.boundary.ConflictException;

/**
 * Writes one decided batch of an import in one transaction: the participants, their channels, the
 * moved checkpoint, the report lines and the cards of incomplete rows for the call-back list. The
 * three tables with a row per imported row are loaded from tab-separated text ({@link
 * LocalInfileLoad}); an entity and a flush per row would be far slower, and a JDBC batch cost the
 * import benchmark twice the CPU time of deciding the rows. The checkpoint moves only from the
 * value the runner read, by the instance holding the lease: a runner that lost its lease, or a
 * batch written before, changes nothing, so rows are never written twice. Native SQL passes the
 * scope filter by; the rows were scoped when decided.
 *
 * <p>The participants go in before the checkpoint so that the next batch can insert its own while
 * the one before it finishes: a batch moves the checkpoint only once the batch before has been
 * written, and then finds it where that one left it (or, if that one failed, rolls back too). The
 * report lines come after the checkpoint: their reference to the import takes a shared lock on the
 * import's row, which two batches holding at once would each wait for the other to drop.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportWriter {

  private static final List<String> PARTICIPANT_COLUMNS =
      List.of(
          "reference",
          "name",
          "mobile",
          "landline",
          "email",
          "home_postcode",
          "home_house_number",
          "home_addition",
          "home_street",
          "home_place",
          "home_latitude",
          "home_longitude",
          "home_municipality_id",
          "year_of_birth",
          "source",
          "consent_at",
          "registered_at",
          "status",
          "status_changed_at",
          "queue_reason",
          "unsubscribe_token",
          "scope_region_id",
          "scope_municipality_id",
          "reach_channels");

  private static final List<String> CHANNEL_COLUMNS = List.of("participant_id", "channel");

  private static final List<String> LINE_COLUMNS =
      List.of(
          "import_id",
          "file_row",
          "outcome",
          "field",
          "reason_key",
          "reason_argument",
          "participant_id");

  private static final String MOVE_CHECKPOINT =
      "UPDATE participant_import SET processed_rows = ?, imported_rows = imported_rows + ?,"
          + " held_rows = held_rows + ?, refused_rows = refused_rows + ?,"
          + " call_back_rows = call_back_rows + ?, claimed_until = ?, version = version + 1"
          + " WHERE id = ? AND claimed_by = ? AND processed_rows = ? AND state = ?";

  private static final String INSERT_CARD =
      "INSERT INTO registration_card (name, phone, email, address, missing, status, entered_at,"
          + " entered_by, scope_region_id, scope_municipality_id)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @Resource(lookup = "java:app/jdbc/burgernet")
  private DataSource dataSource;

  /**
   * Writes the rows decided after the checkpoint {@code from} and renews the lease, once the batch
   * before (ending at {@code from}) has been written.
   *
   * @throws ConflictException when this instance no longer holds the import at that checkpoint
   */
  public void write(
      long importId,
      String instance,
      int from,
      List<ImportedRow> rows,
      Instant leaseUntil,
      Future<?> batchBefore) {
    try (Connection connection = dataSource.getConnection()) {
      List<ImportedRow> participants =
          rows.stream().filter(row -> row.outcome().isParticipant()).toList();
      Map<String, Long> ids = insertParticipants(connection, participants);
      insertChannels(connection, participants, ids);
      awaitWritten(batchBefore);
      moveCheckpoint(connection, importId, instance, from, rows, leaseUntil);
      insertLines(connection, importId, rows, ids);
      insertCards(connection, rows);
    } catch (SQLException e) {
      throw new IllegalStateException("import " + importId + " batch from row " + from, e);
    }
  }

  private static void awaitWritten(Future<?> batch) {
    try {
      batch.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the batch before this one was not written", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the batch before was written", e);
    }
  }

  private static void moveCheckpoint(
      Connection connection,
      long importId,
      String instance,
      int from,
      List<ImportedRow> rows,
      Instant leaseUntil)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(MOVE_CHECKPOINT)) {
      update.setInt(1, from + rows.size());
      update.setInt(2, (int) rows.stream().filter(row -> row.outcome().isParticipant()).count());
      update.setInt(3, (int) rows.stream().filter(row -> row.outcome().isHeld()).count());
      update.setInt(4, count(rows, ImportOutcome.REFUSED));
      update.setInt(5, count(rows, ImportOutcome.CALL_BACK));
      update.setTimestamp(6, Timestamp.from(leaseUntil));
      update.setLong(7, importId);
      update.setString(8, instance);
      update.setInt(9, from);
      update.setString(10, ImportState.RUNNING.name());
      if (update.executeUpdate() != 1) {
        throw new ConflictException("import.claimLost");
      }
    }
  }

  private static int count(List<ImportedRow> rows, ImportOutcome outcome) {
    return (int) rows.stream().filter(row -> row.outcome() == outcome).count();
  }

  private static void insertCards(Connection connection, List<ImportedRow> rows)
      throws SQLException {
    List<RegistrationCard> cards =
        rows.stream().map(ImportedRow::card).filter(Objects::nonNull).toList();
    if (cards.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT_CARD)) {
      for (RegistrationCard card : cards) {
        insert.setString(1, card.getName());
        insert.setString(2, card.getPhone());
        insert.setString(3, card.getEmail());
        insert.setString(4, card.getAddress());
        insert.setString(5, card.getMissing());
        insert.setString(6, card.getStatus().name());
        insert.setTimestamp(7, Timestamp.from(card.getEnteredAt()));
        insert.setString(8, card.getEnteredBy());
        setLong(insert, 9, card.getScopeRegionId());
        setLong(insert, 10, card.getScopeMunicipalityId());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static Map<String, Long> insertParticipants(Connection connection, List<ImportedRow> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return Map.of();
    }
    UtcTimes times = new UtcTimes();
    LocalInfileLoad load = new LocalInfileLoad("participant", PARTICIPANT_COLUMNS);
    for (ImportedRow row : rows) {
      Participant p = row.participant();
      Address home = p.getHome();
      load.value(p.getReference())
          .value(p.getName())
          .value(p.getMobile().map(PhoneNumber::e164).orElse(null))
          .value(p.getLandline().map(PhoneNumber::e164).orElse(null))
          .value(p.getEmail().map(EmailAddress::value).orElse(null))
          .value(home.getPostcode().value())
          .value(home.getHouseNumber())
          .value(home.getAddition())
          .value(home.getStreet())
          .value(home.getPlace())
          .value(home.getLatitude())
          .value(home.getLongitude())
          .value(home.isLocated() ? home.getMunicipality().getId() : null)
          .value(p.getYearOfBirth())
          .value(p.getSource().name())
          .value(times.of(p.getConsentAt()))
          .value(times.of(p.getRegisteredAt()))
          .value(p.getStatus().name())
          .value(times.of(p.getStatusChangedAt()))
          .value(p.getQueueReason() == null ? null : p.getQueueReason().name())
          .value(p.getUnsubscribeToken())
          .value(p.getScopeRegionId())
          .value(p.getScopeMunicipalityId())
          .value(p.getReachableChannels().bits())
          .endRow();
    }
    load.into(connection);
    return idsByReference(connection, rows);
  }

  /**
   * Times as the text of a UTC timestamp, each formatted once: a batch's rows mostly share the same
   * few instants. The connection's session is in UTC (BURGERNET_DB_URL), so the database reads the
   * text as UTC.
   */
  private static final class UtcTimes {

    private static final DateTimeFormatter TEXT =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private final Map<Instant, String> written = new HashMap<>();

    String of(Instant time) {
      return written.computeIfAbsent(time, TEXT::format);
    }
  }

  /**
   * The ids the database gave, by each participant's reference: generated keys of a rewritten batch
   * are only right when the database hands out consecutive ids, which MySQL 8 by default does not.
   */
  private static Map<String, Long> idsByReference(Connection connection, List<ImportedRow> rows)
      throws SQLException {
    String placeholders = String.join(",", Collections.nCopies(rows.size(), "?"));
    Map<String, Long> ids = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT reference, id FROM participant WHERE reference IN (" + placeholders + ")")) {
      for (int i = 0; i < rows.size(); i++) {
        select.setString(i + 1, rows.get(i).participant().getReference());
      }
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          ids.put(result.getString(1), result.getLong(2));
        }
      }
    }
    return ids;
  }

  private static void insertChannels(
      Connection connection, List<ImportedRow> rows, Map<String, Long> ids) throws SQLException {
    LocalInfileLoad load = new LocalInfileLoad("participant_channel", CHANNEL_COLUMNS);
    for (ImportedRow row : rows) {
      long id = ids.get(row.participant().getReference());
      for (Channel channel : row.participant().getChannels()) {
        load.value(id).value(channel.name()).endRow();
      }
    }
    load.into(connection);
  }

  private static void insertLines(
      Connection connection, long importId, List<ImportedRow> rows, Map<String, Long> ids)
      throws SQLException {
    LocalInfileLoad load = new LocalInfileLoad("participant_import_row", LINE_COLUMNS);
    for (ImportedRow row : rows) {
      ImportRefusal reason = row.reason();
      load.value(importId)
          .value(row.number())
          .value(row.outcome().name())
          .value(reason == null || reason.column() == null ? null : reason.column().header())
          .value(reason == null ? null : reason.reasonKey())
          .value(reason == null ? null : cut(reason.argument()))
          .value(row.participant() == null ? null : ids.get(row.participant().getReference()))
          .endRow();
    }
    load.into(connection);
  }

  private static String cut(String argument) {
    return argument == null || argument.length() <= 120 ? argument : argument.substring(0, 120);
  }

  private static void setLong(PreparedStatement statement, int index, Long value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }
}
