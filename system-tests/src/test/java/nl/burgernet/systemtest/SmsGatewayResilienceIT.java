package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import nl.burgernet.delivery.boundary.Outbox;
import nl.burgernet.delivery.entity.SmsMessage;
import nl.burgernet.localpeers.LocalSmsc;
import nl.burgernet.localpeers.ReceivedSms;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SMS gateway rides out an SMS centre that throttles (it pauses and tries again, and the
 * message arrives once) and one that drops the connection (it binds again and delivers).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SmsGatewayResilienceIT {

  private static final String THROTTLED_TO = "+31600000201";
  private static final String THROTTLED_TEXT = "Verstuurd terwijl de SMS-centrale remt";
  private static final String AFTER_DROP_TO = "+31600000202";
  private static final String AFTER_DROP_TEXT = "Verstuurd nadat de verbinding wegviel";

  /** Long enough to outlast the in-container call that posts the message (~3 s the first time). */
  private static final Duration THROTTLING = Duration.ofSeconds(8);

  /** Set in the client JVM between the ordered client-side methods. */
  private static Instant throttleEnds;

  private static int throttledBefore;
  private static int bindsBeforeDrop;

  @Deployment
  static WebArchive deployment() {
    // the client-side methods name the local SMSC's types; the server must resolve them to load
    // this class, though it never calls them
    return Deployments.burgernet(SmsGatewayResilienceIT.class)
        .addAsLibrary(
            ShrinkWrap.create(JavaArchive.class, "local-peers-types.jar")
                .addPackage(LocalSmsc.class.getPackage()));
  }

  @Inject private Outbox outbox;

  @Test
  @Order(1)
  @RunAsClient
  void the_smsc_starts_throttling() {
    LocalSmsc smsc = smsc();
    throttledBefore = smsc.throttledAnswers();
    smsc.throttleFor(THROTTLING);
    throttleEnds = Instant.now().plus(THROTTLING);
  }

  @Test
  @Order(2)
  void an_sms_is_posted_while_the_smsc_throttles() {
    outbox.post(new SmsMessage(THROTTLED_TO, THROTTLED_TEXT));
  }

  @Test
  @Order(3)
  @RunAsClient
  void it_is_retried_after_a_pause_and_arrives_once() throws InterruptedException {
    ReceivedSms sms = awaitSmsTo(THROTTLED_TO);

    assertThat(sms.text()).isEqualTo(THROTTLED_TEXT);
    assertThat(smsc().throttledAnswers())
        .as("refused while throttling")
        .isGreaterThan(throttledBefore);
    assertThat(sms.segments().get(0).receivedAt()).isAfterOrEqualTo(throttleEnds);
    Thread.sleep(2_000);
    assertThat(smsc().received())
        .filteredOn(s -> s.e164Destination().equals(THROTTLED_TO))
        .as("delivered once, not once per attempt")
        .hasSize(1);
  }

  @Test
  @Order(4)
  @RunAsClient
  void the_smsc_drops_the_connection() {
    LocalSmsc smsc = smsc();
    bindsBeforeDrop = smsc.binds();

    assertThat(smsc.dropConnections()).as("the gateway was bound").isPositive();
    assertThat(smsc.boundSessions()).isZero();
  }

  @Test
  @Order(5)
  void an_sms_is_posted_right_after_the_drop() {
    outbox.post(new SmsMessage(AFTER_DROP_TO, AFTER_DROP_TEXT));
  }

  @Test
  @Order(6)
  @RunAsClient
  void the_gateway_binds_again_and_delivers_it() {
    ReceivedSms sms = awaitSmsTo(AFTER_DROP_TO);

    assertThat(sms.text()).isEqualTo(AFTER_DROP_TEXT);
    assertThat(smsc().binds()).as("bound again").isGreaterThan(bindsBeforeDrop);
    assertThat(smsc().boundSessions()).isOne();
  }

  private static LocalSmsc smsc() {
    return LocalPeersForTests.peers().smsc();
  }

  private static ReceivedSms awaitSmsTo(String number) {
    Duration wait = Duration.ofSeconds(45);
    return smsc()
        .awaitMessage(sms -> sms.e164Destination().equals(number), wait)
        .orElseThrow(() -> new AssertionError("no SMS to " + number + " within " + wait));
  }
}
