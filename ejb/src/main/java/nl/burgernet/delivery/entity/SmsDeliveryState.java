package nl.burgernet.delivery.entity;

/** What the SMS centre reports about a message in a delivery receipt (SMPP 3.4, appendix B). */
public enum SmsDeliveryState {
  EN_ROUTE,
  DELIVERED,
  EXPIRED,
  DELETED,
  UNDELIVERABLE,
  ACCEPTED,
  UNKNOWN,
  REJECTED;

  /** Whether the SMS centre is done with the message. */
  public boolean isFinal() {
    return this != EN_ROUTE && this != ACCEPTED;
  }
}
