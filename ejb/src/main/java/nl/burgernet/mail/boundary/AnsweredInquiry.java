package nl.burgernet.mail.boundary;

import java.time.Instant;
import java.util.List;
import nl.burgernet.mail.entity.InquiryQuestionKind;

/**
 * One resident's answer as the investigator reads it: the reply to each question (blank where none
 * was given) and whether a photo came with it.
 *
 * @param id the answer's id, which the photo's address names
 */
public record AnsweredInquiry(
    long id, Instant answeredAt, List<AnsweredInquiry.Reply> replies, boolean hasPhoto) {

  /**
   * @param reply free text, JA/NEE, or an ISO instant for the time seen; empty when not answered
   */
  public record Reply(String question, InquiryQuestionKind kind, String reply) {}
}
