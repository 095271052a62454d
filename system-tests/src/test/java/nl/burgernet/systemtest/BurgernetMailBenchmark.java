package nl.burgernet.systemtest;

import static nl.burgernet.systemtest.BenchmarkFigures.format;
import static nl.burgernet.systemtest.BenchmarkFigures.number;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import nl.burgernet.mail.control.PlainTextAlternative;
import nl.burgernet.mail.entity.MailContent;
import nl.burgernet.mail.entity.MailKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Burgernetmail benchmark of issue 6, run by {@code bin/benchmark}: a newsletter of the
 * Rotterdam ambassador to 300,000 participants, planned and sent by the application itself (house
 * style, plain-text alternative, personal greeting and unsubscribe link per mail, every state
 * recorded) to Postfix's smtp-sink, while the ambassador follows it on the mail's page in Chromium.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BurgernetMailBenchmark {

  private static final String MUNICIPALITY = "Rotterdam";
  private static final int RECIPIENTS = 300_000;
  private static final Duration LONGEST_WAIT = Duration.ofMinutes(14);

  /** Started before the send and read after it: both in-container steps run in this JVM. */
  private static HeapWatch heap;

  @Deployment
  static WebArchive deployment() {
    return Deployments.burgernet(
        BurgernetMailBenchmark.class,
        BenchmarkData.class,
        BenchmarkReport.class,
        BenchmarkFigures.class,
        HeapWatch.class,
        MailFixture.class,
        MailFixture.Reader.class);
  }

  @EJB private BenchmarkData data;

  @EJB private MailFixture mails;

  @Inject private PlainTextAlternative plainText;

  @Test
  @Order(1)
  void a_newsletter_to_three_hundred_thousand_readers_is_planned() {
    long municipality = mails.municipalityId(MUNICIPALITY);
    long missing = RECIPIENTS - data.mailReaders(municipality);
    if (missing > 0) {
      data.createParticipants(municipality, (int) missing, "EMAIL", 4);
    }
    heap = HeapWatch.start();
    long mailId =
        mails.scheduledMail(
            MUNICIPALITY, MailKind.NEWSLETTER, newsletter(), Instant.now().plusSeconds(5));
    Properties figures = new Properties();
    figures.setProperty("burgernetmail.id", String.valueOf(mailId));
    BenchmarkData.record(figures);
  }

  @Test
  @Order(2)
  @RunAsClient
  void the_ambassador_follows_the_progress_on_the_mail_page(@ArquillianResource URL base) {
    Properties figures = results();
    long mailId = Long.parseLong(figures.getProperty("burgernetmail.id"));
    List<Integer> seen = MailProgressWatch.follow(base, mailId, LONGEST_WAIT);
    figures.setProperty(
        "burgernetmail.progress",
        seen.stream().map(String::valueOf).collect(Collectors.joining(" ")));
    BenchmarkData.record(figures);
  }

  @Test
  @Order(3)
  void every_mail_is_sent_and_recorded() throws InterruptedException {
    long mailId = Long.parseLong(results().getProperty("burgernetmail.id"));
    Instant deadline = Instant.now().plus(LONGEST_WAIT);
    while (mails.sendRequestOf(mailId).isEmpty() && Instant.now().isBefore(deadline)) {
      DeliveryFixture.pause(Duration.ofSeconds(1));
    }
    long request = mails.sendRequestOf(mailId).orElseThrow();
    while (data.open(request) > 0 && Instant.now().isBefore(deadline)) {
      DeliveryFixture.pause(Duration.ofMillis(500));
    }
    long sent = data.count(request, "SENT");
    double sending = data.secondsSending(request);
    Properties figures = new Properties();
    figures.setProperty("burgernetmail.recipients", String.valueOf(data.recipients(request)));
    figures.setProperty("burgernetmail.sent", String.valueOf(sent));
    figures.setProperty("burgernetmail.open", String.valueOf(data.open(request)));
    figures.setProperty("burgernetmail.seconds", format(sending));
    figures.setProperty("burgernetmail.per.second", format(sent / sending));
    figures.setProperty("burgernetmail.total.seconds", format(data.secondsToLastChange(request)));
    heap.closeAndRecordInto(figures, "burgernetmail.heap");
    BenchmarkData.record(figures);
  }

  @Test
  @Order(4)
  @RunAsClient
  void the_figures_are_printed_and_written_to_docs_benchmarks_md() throws IOException {
    report(results())
        .printAndWriteInto(
            Path.of(System.getProperty("burgernet.benchmark.report")), Instant.now());
  }

  private static Properties results() {
    return BenchmarkData.read(Path.of(System.getProperty("burgernet.benchmark.results")));
  }

  private static BenchmarkReport report(Properties figures) {
    BenchmarkReport report =
        new BenchmarkReport(
            "burgernetmail",
            "Burgernetmail (issue 6)",
            "`BurgernetMailBenchmark`: the application in Payara Micro (`-Xmx768m`) against the"
                + " local MariaDB and Artemis, mail to Postfix's `smtp-sink`. A newsletter of the"
                + " Rotterdam ambassador, approved and planned, goes out through the planner and"
                + " the delivery pipeline: rendered in the municipality's house style with its"
                + " plain-text alternative, personalised per reader with name and one-click"
                + " unsubscribe link, every delivery's state recorded. Meanwhile the ambassador"
                + " has the mail's page open in Chromium. Times are the database's own.");
    String sent = figures.getProperty("burgernetmail.sent", "?");
    report.row(
        "messages/s over "
            + figures.getProperty("burgernetmail.recipients", "?")
            + " readers: "
            + sent
            + " recorded SENT, "
            + figures.getProperty("burgernetmail.open", "?")
            + " not yet sent when the measurement ended ("
            + figures.getProperty("burgernetmail.seconds", "?")
            + " s sending, "
            + figures.getProperty("burgernetmail.total.seconds", "?")
            + " s from hand-over)",
        "≥ 1,500/s",
        figures.getProperty("burgernetmail.per.second", "?") + "/s",
        number(figures, "burgernetmail.per.second") >= 1500
            && sent.equals(figures.getProperty("burgernetmail.recipients")));
    HeapWatch.growthRow(report, figures, "burgernetmail.heap", "the send");
    String progress = figures.getProperty("burgernetmail.progress", "");
    report.row(
        "progress on the ambassador's mail page (it refreshes every 2 s), read every 5 s,"
            + " in %: "
            + (progress.isBlank() ? "nothing shown" : progress),
        "visible while sending",
        MailProgressWatch.rising(progress) ? "rising to 100 %" : "not shown",
        MailProgressWatch.rising(progress));
    return report;
  }

  /** A newsletter of about the length the municipalities send. */
  private MailContent newsletter() {
    String html =
        """
        <p>Beste {{naam}},</p>
        <p>In deze nieuwsbrief leest u wat Burgernet het afgelopen kwartaal in Rotterdam heeft \
        gedaan. Dankzij de tips van deelnemers zijn twee vermiste personen snel teruggevonden en is \
        een verdachte van een woninginbraak aangehouden.</p>
        <h2>Inbraken in de donkere maanden</h2>
        <p>In de wintermaanden wordt vaker ingebroken. Doe uw ramen en deuren op slot, ook als u \
        maar even weg bent, en laat 's avonds een lamp branden. Ziet u iets verdachts? Bel 112.</p>
        <h2>Vertel het uw buren</h2>
        <p>Hoe meer mensen meedoen, hoe groter de kans dat een vermist kind snel wordt gevonden. \
        Aanmelden kan op burgernet.nl.</p>
        <p>Met vriendelijke groet,<br>Gemeente Rotterdam en politie</p>
        """;
    return new MailContent("Nieuwsbrief Burgernet Rotterdam, {{naam}}", html, plainText.of(html));
  }
}
