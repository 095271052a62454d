package nl.burgernet.localpeers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.DeliveryReceiptState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalSmscTest {

  private static final String HANDSET = "31612345678";

  private final BlockingQueue<DeliverSm> delivered = new LinkedBlockingQueue<>();
  private LocalSmsc smsc;
  private SMPPSession client;

  @BeforeEach
  void startSmsc() {
    smsc = new LocalSmsc(0);
    smsc.start();
  }

  @AfterEach
  void stopSmsc() {
    if (client != null) {
      client.unbindAndClose();
    }
    smsc.stop();
  }

  @Test
  void a_bind_with_the_wrong_password_is_refused() {
    SMPPSession intruder = new SMPPSession();
    try {
      assertThatThrownBy(
              () ->
                  intruder.connectAndBind(
                      "127.0.0.1", smsc.port(), bindParameter(LocalSmsc.SYSTEM_ID, "fout")))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("negative bind response");
      assertThat(smsc.binds()).isZero();
    } finally {
      intruder.close();
    }
  }

  @Test
  void a_gsm_7_message_is_answered_with_a_message_id_and_recorded_decoded() throws Exception {
    bind();

    String messageId =
        submit((byte) 0, 0, septets("Kijk uit naar een man @ station, beloning €50"));

    assertThat(smsc.received())
        .singleElement()
        .satisfies(
            sms -> {
              assertThat(sms.e164Destination()).isEqualTo("+" + HANDSET);
              assertThat(sms.dataCoding()).isZero();
              assertThat(sms.text()).isEqualTo("Kijk uit naar een man @ station, beloning €50");
              assertThat(sms.segments())
                  .singleElement()
                  .extracting(SubmittedSms::messageId)
                  .isEqualTo(messageId);
            });
  }

  @Test
  void segments_with_a_concatenation_header_are_joined_in_order() throws Exception {
    bind();

    submit((byte) 0, 0x40, withHeader(new byte[] {5, 0, 3, 9, 2, 2}, septets(" deel twee")));
    assertThat(smsc.received()).as("one of two segments is no whole message").isEmpty();
    submit((byte) 0, 0x40, withHeader(new byte[] {5, 0, 3, 9, 2, 1}, septets("deel een,")));

    assertThat(smsc.received())
        .singleElement()
        .satisfies(
            sms -> {
              assertThat(sms.text()).isEqualTo("deel een, deel twee");
              assertThat(sms.segments())
                  .extracting(s -> s.concatenation().orElseThrow().number())
                  .containsExactly(1, 2);
            });
  }

  @Test
  void ucs_2_is_decoded_as_utf_16() throws Exception {
    bind();

    submit((byte) 8, 0, "Rode jas 🧥".getBytes(StandardCharsets.UTF_16BE));

    assertThat(smsc.awaitMessage(sms -> sms.dataCoding() == 8, Duration.ofSeconds(1)))
        .hasValueSatisfying(sms -> assertThat(sms.text()).isEqualTo("Rode jas 🧥"));
  }

  @Test
  void a_delivery_receipt_in_the_standard_form_follows_when_asked_for() throws Exception {
    bind();

    String messageId = submit((byte) 0, 0, septets("Ontvangstbevestiging graag"));

    DeliverSm receipt = delivered.poll(5, TimeUnit.SECONDS);
    assertThat(receipt).isNotNull();
    assertThat(receipt.isSmscDeliveryReceipt()).isTrue();
    DeliveryReceipt parsed = receipt.getShortMessageAsDeliveryReceipt();
    assertThat(parsed.getId()).isEqualTo(messageId);
    assertThat(parsed.getFinalStatus()).isEqualTo(DeliveryReceiptState.DELIVRD);
    assertThat(new String(receipt.getShortMessage(), StandardCharsets.US_ASCII))
        .matches(
            "id:"
                + messageId
                + " sub:001 dlvrd:001 submit date:\\d{10} done date:\\d{10}"
                + " stat:DELIVRD err:000 text:Ontvangstbevestiging");
  }

  @Test
  void while_throttling_submit_sm_is_refused_and_afterwards_taken_again() throws Exception {
    bind();
    smsc.throttleFor(Duration.ofMillis(500));

    assertThatThrownBy(() -> submit((byte) 0, 0, septets("te snel")))
        .isInstanceOfSatisfying(
            NegativeResponseException.class,
            e -> assertThat(e.getCommandStatus()).isEqualTo(SMPPConstant.STAT_ESME_RTHROTTLED));
    assertThat(smsc.throttledAnswers()).isEqualTo(1);
    assertThat(smsc.received()).isEmpty();

    Thread.sleep(600);
    submit((byte) 0, 0, septets("weer op tijd"));
    assertThat(smsc.received()).extracting(ReceivedSms::text).containsExactly("weer op tijd");
  }

  @Test
  void dropping_the_connections_closes_the_client_session() throws Exception {
    bind();

    assertThat(smsc.dropConnections()).isOne();

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (client.getSessionState() != SessionState.CLOSED && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(client.getSessionState()).isEqualTo(SessionState.CLOSED);
    assertThat(smsc.boundSessions()).isZero();
  }

  @Test
  void an_inbound_sms_reaches_the_bound_client() throws Exception {
    bind();

    smsc.sendInbound("+31687654321", "3669", "Ik zie hem nu bij de bakker");
    smsc.sendInbound("+31687654321", "3669", "Hij loopt → station");

    DeliverSm gsm = delivered.poll(5, TimeUnit.SECONDS);
    assertThat(gsm.getSourceAddr()).isEqualTo("31687654321");
    assertThat(gsm.getSourceAddrTon()).isEqualTo(TypeOfNumber.INTERNATIONAL.value());
    assertThat(gsm.getDestAddress()).isEqualTo("3669");
    assertThat(gsm.isSmscDeliveryReceipt()).isFalse();
    assertThat(gsm.getDataCoding()).isZero();
    assertThat(SmsAlphabets.decode(0, gsm.getShortMessage()))
        .isEqualTo("Ik zie hem nu bij de bakker");
    DeliverSm ucs = delivered.poll(5, TimeUnit.SECONDS);
    assertThat(ucs.getDataCoding()).isEqualTo((byte) 8);
    assertThat(new String(ucs.getShortMessage(), StandardCharsets.UTF_16BE))
        .isEqualTo("Hij loopt → station");
  }

  private void bind() throws IOException {
    client = new SMPPSession();
    client.setMessageReceiverListener(new Recorder());
    client.connectAndBind(
        "127.0.0.1", smsc.port(), bindParameter(LocalSmsc.SYSTEM_ID, LocalSmsc.PASSWORD));
    assertThat(smsc.binds()).isOne();
  }

  private String submit(byte dataCoding, int esmClass, byte[] shortMessage) throws Exception {
    return client
        .submitShortMessage(
            "",
            TypeOfNumber.ALPHANUMERIC,
            NumberingPlanIndicator.UNKNOWN,
            "Burgernet",
            TypeOfNumber.INTERNATIONAL,
            NumberingPlanIndicator.ISDN,
            HANDSET,
            new ESMClass(esmClass),
            (byte) 0,
            (byte) 0,
            null,
            null,
            new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
            (byte) 0,
            new RawDataCoding(dataCoding),
            (byte) 0,
            shortMessage)
        .getMessageId();
  }

  private static BindParameter bindParameter(String systemId, String password) {
    return new BindParameter(
        BindType.BIND_TRX,
        systemId,
        password,
        "",
        TypeOfNumber.UNKNOWN,
        NumberingPlanIndicator.UNKNOWN,
        null);
  }

  private static byte[] septets(String text) {
    return SmsAlphabets.encodeGsm7(text);
  }

  private static byte[] withHeader(byte[] header, byte[] payload) {
    byte[] message = new byte[header.length + payload.length];
    System.arraycopy(header, 0, message, 0, header.length);
    System.arraycopy(payload, 0, message, header.length, payload.length);
    return message;
  }

  private final class Recorder implements MessageReceiverListener {

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) {
      delivered.add(deliverSm);
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
      // not sent by the local SMSC
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
      throw new UnsupportedOperationException("not sent by the local SMSC");
    }
  }
}
