package nl.burgernet.delivery.control;

import java.util.Optional;
import nl.burgernet.delivery.entity.InboundSms;
import nl.burgernet.delivery.entity.SmsDeliveryReceipt;
import nl.burgernet.delivery.entity.SmsDeliveryState;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.InvalidDeliveryReceiptException;

/** Reads what the SMS centre sends us in a deliver_sm: a delivery receipt or an inbound SMS. */
final class SmppReceipts {

  private SmppReceipts() {}

  /**
   * The receipt in the standard text form ({@code id:… sub:… dlvrd:… submit date:… done date:…
   * stat:DELIVRD err:… text:…}), or empty when the text is not in that form.
   */
  static Optional<SmsDeliveryReceipt> read(DeliverSm deliverSm) {
    try {
      DeliveryReceipt receipt = deliverSm.getShortMessageAsDeliveryReceipt();
      if (receipt.getId() == null || receipt.getFinalStatus() == null) {
        return Optional.empty();
      }
      return Optional.of(new SmsDeliveryReceipt(receipt.getId(), state(receipt.getFinalStatus())));
    } catch (InvalidDeliveryReceiptException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static InboundSms inbound(DeliverSm deliverSm) {
    return new InboundSms(
        number(deliverSm.getSourceAddr(), deliverSm.getSourceAddrTon()),
        number(deliverSm.getDestAddress(), deliverSm.getDestAddrTon()),
        SmppCoding.decode(
            deliverSm.getDataCoding(), deliverSm.getEsmClass(), deliverSm.getShortMessage()));
  }

  static SmsDeliveryState state(DeliveryReceiptState state) {
    return switch (state) {
      case ENROUTE -> SmsDeliveryState.EN_ROUTE;
      case DELIVRD -> SmsDeliveryState.DELIVERED;
      case EXPIRED -> SmsDeliveryState.EXPIRED;
      case DELETED -> SmsDeliveryState.DELETED;
      case UNDELIV -> SmsDeliveryState.UNDELIVERABLE;
      case ACCEPTD -> SmsDeliveryState.ACCEPTED;
      case REJECTD -> SmsDeliveryState.REJECTED;
      case UNKNOWN -> SmsDeliveryState.UNKNOWN;
    };
  }

  /** International numbers get their '+' back, so they compare with the E.164 numbers we store. */
  private static String number(String address, byte typeOfNumber) {
    String value = address == null ? "" : address;
    return typeOfNumber == TypeOfNumber.INTERNATIONAL.value() && !value.startsWith("+")
        ? "+" + value
        : value;
  }
}
