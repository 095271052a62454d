package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import nl.burgernet.participant.boundary.AddressDetails;
import nl.burgernet.participant.boundary.ParticipantDetails;
import nl.burgernet.participant.boundary.RegistrationReceipt;
import nl.burgernet.participant.boundary.Registrations;
import nl.burgernet.participant.control.RegistrationExpiry;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.participant.entity.RegistrationSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registrations not confirmed in time are removed with their personal data, and only an anonymous
 * line stays for the reports. Two instances running the job at the same moment (here: two threads)
 * each claim a registration through the database, so every one is removed and counted once.
 */
@ExtendWith(ArquillianExtension.class)
class SelfServiceRegistrationExpiryIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.burgernet(SelfServiceRegistrationExpiryIT.class);
  }

  @Inject private Registrations registrations;

  @EJB private RegistrationExpiry expiry;

  @Resource private ManagedExecutorService executor;

  @Resource(lookup = "java:app/jdbc/burgernet")
  private DataSource dataSource;

  @Test
  void overdue_registrations_are_removed_once_even_by_two_jobs_at_once() throws Exception {
    List<String> overdue = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      RegistrationReceipt receipt = register();
      assertThat(receipt.status()).isEqualTo(ParticipantStatus.AWAITING_CONFIRMATION);
      overdue.add(receipt.reference());
      execute(
          "UPDATE participant SET confirmation_expires_at = TIMESTAMPADD(HOUR, -1, UTC_TIMESTAMP(3))"
              + " WHERE reference = ?",
          receipt.reference());
    }
    String inTime = register().reference();
    long tracesBefore = count("SELECT COUNT(*) FROM expired_registration", "");

    Future<Integer> first = executor.submit(expiry::removeOverdue);
    Future<Integer> second = executor.submit(expiry::removeOverdue);
    int removed = result(first) + result(second);

    for (String reference : overdue) {
      assertThat(count("SELECT COUNT(*) FROM participant WHERE reference = ?", reference))
          .as("overdue registration removed")
          .isZero();
    }
    assertThat(count("SELECT COUNT(*) FROM participant WHERE reference = ?", inTime)).isOne();
    assertThat(removed).isGreaterThanOrEqualTo(overdue.size());
    assertThat(count("SELECT COUNT(*) FROM expired_registration", "") - tracesBefore)
        .as("one anonymous line per removed registration")
        .isEqualTo(removed);
    assertThat(expiry.removeOverdue()).isZero();
  }

  private RegistrationReceipt register() {
    ParticipantDetails details =
        new ParticipantDetails(
            "Nooit Bevestigd",
            "expiry-" + UUID.randomUUID() + "@burgernet.test",
            "0613" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)),
            null,
            new AddressDetails("7425 AA", 3, null, "Brink", "Deventer"),
            null,
            EnumSet.of(Channel.SMS, Channel.EMAIL),
            null,
            null,
            1985);
    return registrations.register(details, true, RegistrationSource.WEB);
  }

  private static int result(Future<Integer> run) throws InterruptedException {
    try {
      return run.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private void execute(String sql, String parameter) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      statement.executeUpdate();
    }
  }

  private long count(String sql, String parameter) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      if (sql.contains("?")) {
        query.setString(1, parameter);
      }
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
