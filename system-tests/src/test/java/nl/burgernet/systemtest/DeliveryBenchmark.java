package nl.burgernet.systemtest;

import static nl.burgernet.systemtest.BenchmarkFigures.format;
import static nl.burgernet.systemtest.BenchmarkFigures.number;
import static nl.burgernet.systemtest.BenchmarkFigures.percentile;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.LongSupplier;
import nl.burgernet.delivery.boundary.RecipientSelection;
import nl.burgernet.delivery.boundary.SendOrder;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.delivery.entity.SendRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The delivery benchmarks of issue 4, run by {@code bin/benchmark} (profile {@code benchmark}), not
 * by the tests: the application in Payara Micro against the local MariaDB, Artemis and SMS centre,
 * and mail to Postfix's smtp-sink. The methods inside Micro measure with the database's own times
 * and the JVM's memory MXBean; the last one, outside, prints the figures and writes
 * docs/benchmarks.md.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveryBenchmark {

  private static final int LATENCY_ROUNDS = 20;
  private static final int LATENCY_RECIPIENTS = 100;
  private static final int SMS_RECIPIENTS = 100_000;
  private static final int MAIL_RECIPIENTS = 300_000;
  private static final Duration LONGEST_SEND = Duration.ofMinutes(30);
  private static final Duration MAIL_WAIT = Duration.ofMinutes(12);

  @Deployment
  static WebArchive deployment() {
    // BenchmarkReport too: JUnit loads every type the class refers to when it finds the tests
    return DeliveryFixture.addTo(
        Deployments.burgernet(
            DeliveryBenchmark.class,
            BenchmarkData.class,
            BenchmarkReport.class,
            BenchmarkFigures.class,
            HeapWatch.class));
  }

  @EJB private DeliveryFixture fixture;

  @EJB private BenchmarkData data;

  @Test
  @Order(1)
  void from_send_to_the_first_sms_at_the_sms_centre() {
    long municipality = data.municipality(0);
    data.createParticipants(municipality, LATENCY_ROUNDS * LATENCY_RECIPIENTS, "SMS", 1);
    List<Double> millis = new ArrayList<>();
    for (int round = 0; round < LATENCY_ROUNDS; round++) {
      SendRequest request =
          fixture.submit(
              SendOrder.sms(
                  "latency-" + round,
                  SendPriority.TIME_CRITICAL,
                  "Meting",
                  "Burgernet: let op, gezocht wordt een man in een blauwe jas."),
              RecipientSelection.participants(
                  data.participantIds(
                      municipality, round * LATENCY_RECIPIENTS, LATENCY_RECIPIENTS)));
      awaitCount(() -> data.count(request.getId(), "DELIVERED"), LATENCY_RECIPIENTS);
      millis.add(data.millisToFirstSent(request.getId()));
    }
    Collections.sort(millis);
    Properties figures = new Properties();
    figures.setProperty("latency.rounds", String.valueOf(LATENCY_ROUNDS));
    figures.setProperty("latency.p50.ms", format(percentile(millis, 50)));
    figures.setProperty("latency.p95.ms", format(percentile(millis, 95)));
    figures.setProperty("latency.max.ms", format(millis.get(millis.size() - 1)));
    BenchmarkData.record(figures);
  }

  @Test
  @Order(2)
  void a_hundred_thousand_deliveries_created_enqueued_and_sent_over_smpp() {
    long municipality = data.municipality(1);
    data.createParticipants(municipality, SMS_RECIPIENTS, "SMS", 2);

    long started = System.nanoTime();
    SendRequest request =
        fixture.submit(
            SendOrder.sms(
                "smpp-throughput",
                SendPriority.TIME_CRITICAL,
                "Meting",
                "Burgernet: vermist meisje van 6, rode jas. Gezien? Bel 112."),
            RecipientSelection.municipalities(Set.of(municipality)));
    double submitSeconds = (System.nanoTime() - started) / 1e9;
    assertThat(request.getSmsCount()).isEqualTo(SMS_RECIPIENTS);

    awaitNoneOpen(request.getId());
    long delivered = awaitCount(() -> data.count(request.getId(), "DELIVERED"), SMS_RECIPIENTS);
    double sending = data.secondsSending(request.getId());
    Properties figures = new Properties();
    figures.setProperty("submit.deliveries", String.valueOf(request.getSmsCount()));
    figures.setProperty("submit.seconds", format(submitSeconds));
    figures.setProperty("smpp.sent", String.valueOf(SMS_RECIPIENTS));
    figures.setProperty("smpp.delivered", String.valueOf(delivered));
    figures.setProperty("smpp.seconds", format(sending));
    figures.setProperty("smpp.per.second", format(SMS_RECIPIENTS / sending));
    figures.setProperty("smpp.receipts.seconds", format(data.secondsToLastChange(request.getId())));
    BenchmarkData.record(figures);
  }

  @Test
  @Order(3)
  void three_hundred_thousand_personal_mails_through_smtp() throws InterruptedException {
    long municipality = data.municipality(2);
    data.createParticipants(municipality, MAIL_RECIPIENTS, "EMAIL", 3);
    HeapWatch heap = HeapWatch.start();

    SendRequest request =
        fixture.submit(
            SendOrder.mail(
                    "mail-throughput",
                    SendPriority.NORMAL,
                    "Meting",
                    "{{naam}}, inbraken in uw buurt",
                    "Beste {{naam}},\n\nEr is deze week drie keer ingebroken in uw buurt. Sluit"
                        + " ramen en deuren.\n\nAfmelden: {{afmeldlink}}")
                .withMailHtml(
                    "<p>Beste {{naam}},</p><p>Er is deze week drie keer ingebroken in uw buurt."
                        + " Sluit ramen en deuren.</p><p><a href=\"{{afmeldlink}}\">Afmelden</a>"
                        + "</p>"),
            RecipientSelection.municipalities(Set.of(municipality)));
    // an in-container call ends after 15 minutes: on a shared machine the send may not be done
    Instant deadline = Instant.now().plus(MAIL_WAIT);
    while (data.open(request.getId()) > 0 && Instant.now().isBefore(deadline)) {
      DeliveryFixture.pause(Duration.ofMillis(500));
    }
    long sent = data.count(request.getId(), "SENT");
    double sending = data.secondsSending(request.getId());

    Properties figures = new Properties();
    figures.setProperty("mail.recipients", String.valueOf(request.getEmailCount()));
    figures.setProperty("mail.sent", String.valueOf(sent));
    figures.setProperty("mail.open", String.valueOf(data.open(request.getId())));
    figures.setProperty("mail.seconds", format(sending));
    figures.setProperty("mail.per.second", format(sent / sending));
    figures.setProperty("mail.total.seconds", format(data.secondsToLastChange(request.getId())));
    heap.closeAndRecordInto(figures, "heap");
    BenchmarkData.record(figures);
  }

  @Test
  @Order(4)
  @RunAsClient
  void the_figures_are_printed_and_written_to_docs_benchmarks_md() throws IOException {
    Properties figures =
        BenchmarkData.read(Path.of(System.getProperty("burgernet.benchmark.results")));
    report(figures)
        .printAndWriteInto(
            Path.of(System.getProperty("burgernet.benchmark.report")), Instant.now());
  }

  private static BenchmarkReport report(Properties figures) {
    BenchmarkReport report =
        new BenchmarkReport(
            "delivery",
            "Delivery (issue 4)",
            "`DeliveryBenchmark`: the application in Payara Micro (`-Xmx768m`) against the local"
                + " MariaDB, Artemis and SMS centre, mail to Postfix's `smtp-sink`. Times are the"
                + " database's own (`requested_at`, `sent_at`, `state_changed_at`), heap from the"
                + " application JVM's memory MXBean.");
    report.row(
        "100,000 durable deliveries created and enqueued (one submit: fan-out, ids, 200 chunks,"
            + " commit)",
        "< 3 s",
        seconds(figures, "submit.seconds"),
        number(figures, "submit.seconds") < 3);
    report.row(
        "from send to the first SMS at the local SMSC, p95 of "
            + figures.getProperty("latency.rounds", "?")
            + " time-critical sends to 100 (p50 "
            + figures.getProperty("latency.p50.ms", "?")
            + " ms, max "
            + figures.getProperty("latency.max.ms", "?")
            + " ms)",
        "< 2 s",
        figures.getProperty("latency.p95.ms", "?") + " ms",
        number(figures, "latency.p95.ms") < 2000);
    report.row(
        "SMPP submit_sm/s sustained over "
            + figures.getProperty("smpp.sent", "?")
            + " SMS ("
            + figures.getProperty("smpp.seconds", "?")
            + " s); DLRs matched: "
            + figures.getProperty("smpp.delivered", "?")
            + " DELIVERED, last receipt "
            + figures.getProperty("smpp.receipts.seconds", "?")
            + " s after submit",
        "≥ 1,000/s, all DLRs",
        figures.getProperty("smpp.per.second", "?") + "/s",
        number(figures, "smpp.per.second") >= 1000
            && figures.getProperty("smpp.delivered", "").equals(figures.getProperty("smpp.sent")));
    report.row(
        "e-mail messages/s to smtp-sink, "
            + figures.getProperty("mail.recipients", "?")
            + " personalised multipart mails; state recorded: "
            + figures.getProperty("mail.sent", "?")
            + " SENT, "
            + figures.getProperty("mail.open", "?")
            + " not yet sent when the measurement ended ("
            + figures.getProperty("mail.seconds", "?")
            + " s sending, "
            + figures.getProperty("mail.total.seconds", "?")
            + " s from submit)",
        "≥ 1,500/s",
        figures.getProperty("mail.per.second", "?") + "/s",
        number(figures, "mail.per.second") >= 1500
            && figures.getProperty("mail.sent", "").equals(figures.getProperty("mail.recipients")));
    HeapWatch.growthRow(report, figures, "heap", "the 300,000-recipient send");
    return report;
  }

  private static String seconds(Properties figures, String key) {
    return figures.getProperty(key, "?") + " s";
  }

  /** Waits until every delivery of the request was sent or given up. */
  private void awaitNoneOpen(long requestId) {
    awaitCount(() -> -data.open(requestId), 0);
  }

  /** Waits until the count reaches the target; returns the last count. */
  private static long awaitCount(LongSupplier count, long target) {
    Instant deadline = Instant.now().plus(LONGEST_SEND);
    long current = count.getAsLong();
    while (current < target && Instant.now().isBefore(deadline)) {
      DeliveryFixture.pause(Duration.ofMillis(500));
      current = count.getAsLong();
    }
    return current;
  }
}
