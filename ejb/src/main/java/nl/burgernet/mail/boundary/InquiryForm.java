package nl.burgernet.mail.boundary;

import java.util.List;
import nl.burgernet.mail.entity.InquiryQuestion;

/**
 * What a resident's personal link opens: whether it can be answered, the mail's subject and the
 * questions.
 */
public record InquiryForm(State state, String subject, List<InquiryQuestion> questions) {

  public enum State {
    /** No message carried this link (mistyped or cut short). */
    UNKNOWN,
    /** Waiting for the resident's answer. */
    OPEN,
    /** Answered already: one answer per link. */
    ANSWERED,
    /** The investigation no longer takes answers. */
    CLOSED
  }

  static InquiryForm unknown() {
    return new InquiryForm(State.UNKNOWN, null, List.of());
  }
}
