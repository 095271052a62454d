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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Writes one decided batch of an import in one transaction, with JDBC batches (the driver rewrites
 * them into multi-row inserts; STACK-NOTES: ~20,000 rows/s where an entity and a flush per row is
 * far slower): the participants, their channels, the report lines, the cards of incomplete rows for
 * the call-back list and the moved checkpoint. The checkpoint is moved first and only from the
 * value the runner read, by the instance holding the lease: a runner that lost its lease, or a
 * batch written before, changes nothing, so rows are never written twice. Native SQL passes the
 * scope filter by; the rows were scoped when decided.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportWriter {

  private static final String INSERT_PARTICIPANT =
      "INSERT INTO participant (reference, name, mobile, landline, email, home_postcode,"
          + " home_house_number, home_addition, home_street, home_place, home_latitude,"
          + " home_longitude, home_municipality_id, year_of_birth, source, consent_at,"
          + " registered_at, status, status_changed_at, queue_reason, unsubscribe_token,"
          + " scope_region_id, scope_municipality_id, reach_channels)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String INSERT_CHANNEL =
      "INSERT INTO participant_channel (participant_id, channel) VALUES (?, ?)";

  private static final String INSERT_LINE =
      "INSERT INTO participant_import_row (import_id, file_row, outcome, field, reason_key,"
          + " reason_argument, participant_id) VALUES (?, ?, ?, ?, ?, ?, ?)";

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
   * Writes the rows decided after the checkpoint {@code from} and renews the lease.
   *
   * @throws ConflictException when this instance no longer holds the import at that checkpoint
   */
  public void write(
      long importId, String instance, int from, List<ImportedRow> rows, Instant leaseUntil) {
    try (Connection connection = dataSource.getConnection()) {
      moveCheckpoint(connection, importId, instance, from, rows, leaseUntil);
      List<ImportedRow> participants =
          rows.stream().filter(row -> row.outcome().isParticipant()).toList();
      Map<String, Long> ids = insertParticipants(connection, participants);
      insertChannels(connection, participants, ids);
      insertLines(connection, importId, rows, ids);
      insertCards(connection, rows);
    } catch (SQLException e) {
      throw new IllegalStateException("import " + importId + " batch from row " + from, e);
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
    try (PreparedStatement insert = connection.prepareStatement(INSERT_PARTICIPANT)) {
      for (ImportedRow row : rows) {
        Participant p = row.participant();
        Address home = p.getHome();
        insert.setString(1, p.getReference());
        insert.setString(2, p.getName());
        insert.setString(3, p.getMobile().map(PhoneNumber::e164).orElse(null));
        insert.setString(4, p.getLandline().map(PhoneNumber::e164).orElse(null));
        insert.setString(5, p.getEmail().map(EmailAddress::value).orElse(null));
        insert.setString(6, home.getPostcode().value());
        insert.setInt(7, home.getHouseNumber());
        insert.setString(8, home.getAddition());
        insert.setString(9, home.getStreet());
        insert.setString(10, home.getPlace());
        setDouble(insert, 11, home.getLatitude());
        setDouble(insert, 12, home.getLongitude());
        setLong(insert, 13, home.isLocated() ? home.getMunicipality().getId() : null);
        insert.setInt(14, p.getYearOfBirth());
        insert.setString(15, p.getSource().name());
        insert.setTimestamp(16, Timestamp.from(p.getConsentAt()));
        insert.setTimestamp(17, Timestamp.from(p.getRegisteredAt()));
        insert.setString(18, p.getStatus().name());
        insert.setTimestamp(19, Timestamp.from(p.getStatusChangedAt()));
        insert.setString(20, p.getQueueReason() == null ? null : p.getQueueReason().name());
        insert.setString(21, p.getUnsubscribeToken());
        setLong(insert, 22, p.getScopeRegionId());
        setLong(insert, 23, p.getScopeMunicipalityId());
        insert.setInt(24, p.getReachableChannels().bits());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return idsByReference(connection, rows);
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
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT_CHANNEL)) {
      for (ImportedRow row : rows) {
        long id = ids.get(row.participant().getReference());
        for (Channel channel : row.participant().getChannels()) {
          insert.setLong(1, id);
          insert.setString(2, channel.name());
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
  }

  private static void insertLines(
      Connection connection, long importId, List<ImportedRow> rows, Map<String, Long> ids)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_LINE)) {
      for (ImportedRow row : rows) {
        ImportRefusal reason = row.reason();
        insert.setLong(1, importId);
        insert.setInt(2, row.number());
        insert.setString(3, row.outcome().name());
        insert.setString(
            4, reason == null || reason.column() == null ? null : reason.column().header());
        insert.setString(5, reason == null ? null : reason.reasonKey());
        insert.setString(6, reason == null ? null : cut(reason.argument()));
        setLong(
            insert,
            7,
            row.participant() == null ? null : ids.get(row.participant().getReference()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static String cut(String argument) {
    return argument == null || argument.length() <= 120 ? argument : argument.substring(0, 120);
  }

  private static void setDouble(PreparedStatement statement, int index, Double value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.DOUBLE);
    } else {
      statement.setDouble(index, value);
    }
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
