package nl.burgernet.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nl.burgernet.delivery.entity.Gsm7;
import nl.burgernet.delivery.entity.InboundSms;
import nl.burgernet.delivery.entity.SmsDeliveryReceipt;
import nl.burgernet.delivery.entity.SmsDeliveryState;
import nl.burgernet.delivery.entity.SmsText;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.Test;

class SmppCodingTest {

  @Test
  void a_short_gsm_7_text_goes_as_unpacked_septets_without_header() {
    List<byte[]> messages = SmppCoding.shortMessages(SmsText.of("Hallo €"), 7);

    assertThat(messages).singleElement().isEqualTo(Gsm7.encode("Hallo €"));
    assertThat(SmppCoding.dataCoding(SmsText.of("Hallo €").alphabet())).isEqualTo((byte) 0);
  }

  @Test
  void a_long_text_gets_a_concatenation_header_in_every_segment() {
    SmsText text = SmsText.of("x".repeat(200));

    List<byte[]> messages = SmppCoding.shortMessages(text, 42);

    assertThat(messages).hasSize(2);
    assertThat(Arrays.copyOf(messages.get(0), 6)).containsExactly(5, 0, 3, 42, 2, 1);
    assertThat(Arrays.copyOf(messages.get(1), 6)).containsExactly(5, 0, 3, 42, 2, 2);
    assertThat(messages.get(0)).hasSize(6 + 153);
    assertThat(messages.get(1)).hasSize(6 + 47);
  }

  @Test
  void ucs_2_goes_as_utf_16_big_endian() {
    SmsText text = SmsText.of("Jas 🧥");

    assertThat(SmppCoding.dataCoding(text.alphabet())).isEqualTo((byte) 8);
    assertThat(SmppCoding.shortMessages(text, 1))
        .singleElement()
        .isEqualTo("Jas 🧥".getBytes(StandardCharsets.UTF_16BE));
  }

  @Test
  void an_inbound_sms_is_read_without_its_header_and_with_a_plus_on_the_sender() {
    DeliverSm deliverSm = new DeliverSm();
    deliverSm.setSourceAddr("31612345678");
    deliverSm.setSourceAddrTon(TypeOfNumber.INTERNATIONAL.value());
    deliverSm.setDestAddress("3669");
    deliverSm.setDestAddrTon(TypeOfNumber.UNKNOWN.value());
    deliverSm.setDataCoding((byte) 8);
    deliverSm.setEsmClass((byte) 0x40);
    byte[] payload = "Ik zag hem 😀".getBytes(StandardCharsets.UTF_16BE);
    byte[] message = new byte[6 + payload.length];
    System.arraycopy(new byte[] {5, 0, 3, 1, 1, 1}, 0, message, 0, 6);
    System.arraycopy(payload, 0, message, 6, payload.length);
    deliverSm.setShortMessage(message);

    assertThat(SmppReceipts.inbound(deliverSm))
        .isEqualTo(new InboundSms("+31612345678", "3669", "Ik zag hem 😀"));
  }

  @Test
  void a_standard_delivery_receipt_names_the_message_and_its_state() {
    DeliverSm deliverSm = new DeliverSm();
    deliverSm.setSmscDeliveryReceipt();
    deliverSm.setShortMessage(
        ("id:1a2b sub:001 dlvrd:001 submit date:2611201200 done date:2611201201 stat:DELIVRD"
                + " err:000 text:Dit is een oproep")
            .getBytes(StandardCharsets.US_ASCII));

    assertThat(SmppReceipts.read(deliverSm))
        .contains(new SmsDeliveryReceipt("1a2b", SmsDeliveryState.DELIVERED));
  }

  @Test
  void a_receipt_in_another_form_is_not_guessed_at() {
    DeliverSm deliverSm = new DeliverSm();
    deliverSm.setSmscDeliveryReceipt();
    deliverSm.setShortMessage("geen ontvangstbevestiging".getBytes(StandardCharsets.US_ASCII));

    assertThat(SmppReceipts.read(deliverSm)).isEmpty();
  }
}
