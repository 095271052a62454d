package nl.burgernet.action.boundary;

import nl.burgernet.delivery.entity.SmsAlphabet;

/**
 * What an SMS text costs: its length in the alphabet it needs (GSM-7 septets or UCS-2 units), the
 * segments, and whether it may be sent at all.
 */
public record SmsFacts(int length, int segments, SmsAlphabet alphabet, boolean sendable) {

  /** The facts of any text, as the page shows them while the operator types. */
  public static SmsFacts of(String text) {
    throw new UnsupportedOperationException("step 1: API only");
  }
}
