package nl.burgernet.action.boundary;

import nl.burgernet.action.entity.ActionTexts;
import nl.burgernet.delivery.entity.Gsm7;
import nl.burgernet.delivery.entity.SmsAlphabet;
import nl.burgernet.delivery.entity.SmsText;

/**
 * What an SMS text costs: its length in the alphabet it needs (GSM-7 septets or UCS-2 units), the
 * segments, and whether it may be sent at all.
 */
public record SmsFacts(int length, int segments, SmsAlphabet alphabet, boolean sendable) {

  /**
   * The facts of a scenario's wording without the description and the number, which every action
   * adds: what the fixed words already cost, as the administrator types them.
   */
  public static SmsFacts ofWording(String wording) {
    return of(wording == null ? null : ActionTexts.compose(wording, "", ""));
  }

  /** The facts of any text, as the page shows them while the operator types. */
  public static SmsFacts of(String text) {
    if (text == null || text.isBlank()) {
      return new SmsFacts(0, 0, SmsAlphabet.GSM_7, false);
    }
    try {
      SmsText sms = SmsText.of(text);
      return new SmsFacts(sms.length(), sms.segmentCount(), sms.alphabet(), true);
    } catch (IllegalArgumentException tooLong) {
      // longer than the pipeline sends: still show how long, so the operator sees what to cut
      SmsAlphabet alphabet = Gsm7.canEncode(text) ? SmsAlphabet.GSM_7 : SmsAlphabet.UCS_2;
      int length = alphabet == SmsAlphabet.GSM_7 ? Gsm7.septetCount(text) : text.length();
      int perSegment = alphabet.concatenatedSegmentCapacity();
      return new SmsFacts(length, (length + perSegment - 1) / perSegment, alphabet, false);
    }
  }
}
