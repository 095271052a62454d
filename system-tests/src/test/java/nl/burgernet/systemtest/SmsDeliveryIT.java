package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import nl.burgernet.delivery.boundary.Outbox;
import nl.burgernet.delivery.control.SmsGateway;
import nl.burgernet.delivery.entity.InboundSms;
import nl.burgernet.delivery.entity.SmsDeliveryReceipt;
import nl.burgernet.delivery.entity.SmsDeliveryState;
import nl.burgernet.delivery.entity.SmsMessage;
import nl.burgernet.localpeers.LocalSmsc;
import nl.burgernet.localpeers.ReceivedSms;
import nl.burgernet.localpeers.SubmittedSms;
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
 * An SMS posted through the outbound port travels over the broker to the SMPP gateway and arrives
 * at the SMS centre in the alphabet its text needs, long texts as concatenated segments; delivery
 * receipts and inbound SMS come back as CDI events.
 *
 * <p>Methods without {@code @RunAsClient} run inside Payara Micro; the others look at the test
 * run's local SMSC from outside. Each test uses its own phone number.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SmsDeliveryIT {

  private static final String SHORT_TO = "+31600000101";
  private static final String SHORT_TEXT =
      "Dit is een oproep voor Burgernet. Kijk uit naar een man";
  private static final String LONG_TO = "+31600000102";
  private static final String LONG_TEXT =
      "Dit is een oproep voor Burgernet. Gezocht: een man van ongeveer 30 jaar, 1.80 m, kort"
          + " donker haar, blauwe jas en witte sportschoenen, gezien bij het station om 14.10 uur."
          + " Hij is op een zwarte fiets richting het centrum gereden. Heeft u informatie over deze"
          + " Burgernetactie, belt u dan met 0800-0011 en blijf aan de lijn. {Niet zelf ingrijpen}";
  private static final String EMOJI_TO = "+31600000103";
  private static final String EMOJI_TEXT = "Vermist: meisje van 6 met rode jas 🧥 en roze laarzen";
  private static final String EURO_TO = "+31600000104";
  private static final String EURO_TEXT = "Beloning € 500 voor tips [zie burgernet.nl]";
  private static final String RECEIPT_TO = "+31600000105";
  private static final String REPLY_FROM = "+31687654321";
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Deployment
  static WebArchive deployment() {
    // the client-side methods name the local SMSC's types; the server must resolve them to load
    // this class, though it never calls them
    return Deployments.burgernet(SmsDeliveryIT.class)
        .addAsLibrary(
            ShrinkWrap.create(JavaArchive.class, "local-peers-types.jar")
                .addPackage(LocalSmsc.class.getPackage()));
  }

  @Inject private Outbox outbox;
  @Inject private SmsGateway smsGateway;
  @Inject private SmsEvents events;

  @Test
  @Order(1)
  void sms_are_posted_through_the_outbound_port() {
    outbox.post(new SmsMessage(SHORT_TO, SHORT_TEXT));
    outbox.post(new SmsMessage(LONG_TO, LONG_TEXT));
    outbox.post(new SmsMessage(EMOJI_TO, EMOJI_TEXT));
    outbox.post(new SmsMessage(EURO_TO, EURO_TEXT));
  }

  @Test
  @Order(2)
  @RunAsClient
  void a_short_text_arrives_at_the_smsc_as_one_gsm_7_message() {
    ReceivedSms sms = awaitSmsTo(SHORT_TO);

    assertThat(sms.text()).isEqualTo(SHORT_TEXT);
    assertThat(sms.dataCoding()).as("GSM-7 (SMSC default alphabet)").isZero();
    assertThat(sms.segments())
        .singleElement()
        .satisfies(s -> assertThat(s.concatenation()).isEmpty());
  }

  @Test
  @Order(3)
  @RunAsClient
  void a_long_gsm_7_text_arrives_as_concatenated_segments_of_153_septets() {
    ReceivedSms sms = awaitSmsTo(LONG_TO);

    assertThat(sms.text()).isEqualTo(LONG_TEXT);
    assertThat(sms.dataCoding()).isZero();
    assertThat(sms.segments()).hasSize(3);
    assertThat(sms.segments())
        .extracting(s -> s.concatenation().orElseThrow())
        .allSatisfy(c -> assertThat(c.total()).isEqualTo(3))
        .extracting(SubmittedSms.Concatenation::number)
        .containsExactly(1, 2, 3);
    assertThat(sms.segments())
        .extracting(s -> s.concatenation().orElseThrow().reference())
        .as("one reference for all segments")
        .containsOnly(sms.segments().get(0).concatenation().orElseThrow().reference());
    assertThat(sms.segments().get(0).text()).hasSize(153);
  }

  @Test
  @Order(4)
  @RunAsClient
  void a_text_with_an_emoji_goes_as_ucs_2() {
    ReceivedSms sms = awaitSmsTo(EMOJI_TO);

    assertThat(sms.text()).isEqualTo(EMOJI_TEXT);
    assertThat(sms.dataCoding()).as("UCS-2").isEqualTo(8);
  }

  @Test
  @Order(5)
  @RunAsClient
  void the_euro_sign_and_brackets_stay_gsm_7_through_the_extension_table() {
    ReceivedSms sms = awaitSmsTo(EURO_TO);

    assertThat(sms.text()).isEqualTo(EURO_TEXT);
    assertThat(sms.dataCoding()).isZero();
  }

  @Test
  @Order(6)
  void the_delivery_receipt_of_every_segment_arrives_as_an_event() {
    List<String> messageIds =
        smsGateway.send(new SmsMessage(RECEIPT_TO, "Ontvangstbevestiging " + "x".repeat(200)));

    assertThat(messageIds).hasSize(2).doesNotHaveDuplicates();
    List<SmsDeliveryReceipt> receipts =
        await(
            () ->
                events.receipts().stream().filter(r -> messageIds.contains(r.messageId())).toList(),
            list -> list.size() == 2);
    assertThat(receipts)
        .extracting(SmsDeliveryReceipt::state)
        .containsOnly(SmsDeliveryState.DELIVERED);
  }

  @Test
  @Order(7)
  @RunAsClient
  void a_participant_replies_by_sms() {
    LocalSmsc smsc = LocalPeersForTests.peers().smsc();

    smsc.sendInbound(REPLY_FROM, "3669", "Ik zag hem bij de bakker → Kerkstraat");
  }

  @Test
  @Order(8)
  void the_reply_arrives_as_an_inbound_sms_event() {
    List<InboundSms> replies =
        await(
            () -> events.inbound().stream().filter(i -> i.from().equals(REPLY_FROM)).toList(),
            list -> !list.isEmpty());

    assertThat(replies)
        .singleElement()
        .isEqualTo(new InboundSms(REPLY_FROM, "3669", "Ik zag hem bij de bakker → Kerkstraat"));
  }

  private static ReceivedSms awaitSmsTo(String number) {
    return LocalPeersForTests.peers()
        .smsc()
        .awaitMessage(sms -> sms.e164Destination().equals(number), WAIT)
        .orElseThrow(() -> new AssertionError("no SMS to " + number + " within " + WAIT));
  }

  private static <T> T await(Supplier<T> value, java.util.function.Predicate<T> done) {
    Instant deadline = Instant.now().plus(WAIT);
    T current = value.get();
    while (!done.test(current) && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      current = value.get();
    }
    return current;
  }

  /** Collects the SMS events inside the server, as a later consumer would observe them. */
  @ApplicationScoped
  static class SmsEvents {

    // read through methods: the test holds a client proxy, whose own fields stay empty
    private final List<SmsDeliveryReceipt> receipts = new CopyOnWriteArrayList<>();
    private final List<InboundSms> inbound = new CopyOnWriteArrayList<>();

    List<SmsDeliveryReceipt> receipts() {
      return List.copyOf(receipts);
    }

    List<InboundSms> inbound() {
      return List.copyOf(inbound);
    }

    void receipt(@ObservesAsync SmsDeliveryReceipt receipt) {
      receipts.add(receipt);
    }

    void inbound(@ObservesAsync InboundSms sms) {
      inbound.add(sms);
    }
  }
}
