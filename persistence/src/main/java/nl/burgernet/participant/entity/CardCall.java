package nl.burgernet.participant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One call by a relation manager about an incomplete registration card, with its result. */
@Embeddable
public class CardCall {

  @Column(name = "called_at", nullable = false)
  private Instant calledAt;

  @Column(name = "called_by", nullable = false, length = 60)
  private String calledBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "result", nullable = false, length = 20)
  private CallResult result;

  @Column(name = "note", length = RegistrationCard.TEXT_LENGTH)
  private String note;

  protected CardCall() {}

  CardCall(Instant calledAt, String calledBy, CallResult result, String note) {
    this.calledAt = calledAt;
    this.calledBy = calledBy;
    this.result = result;
    this.note = note;
  }

  /** The same call without its note, for a card whose applicant is erased. */
  CardCall withoutNote() {
    return new CardCall(calledAt, calledBy, result, null);
  }

  public Instant getCalledAt() {
    return calledAt;
  }

  public String getCalledBy() {
    return calledBy;
  }

  public CallResult getResult() {
    return result;
  }

  public String getNote() {
    return note;
  }
}
