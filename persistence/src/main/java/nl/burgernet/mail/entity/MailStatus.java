package nl.burgernet.mail.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a Burgernetmail is on its way out. Text can be changed only before it is sent; a change
 * after approval takes the mail back to draft, so nothing unreviewed goes out.
 */
public enum MailStatus {
  DRAFT,
  IN_REVIEW,
  RETURNED,
  APPROVED,
  SCHEDULED,
  SENT,
  STOPPED;

  public boolean canMoveTo(MailStatus target) {
    return successors().contains(target);
  }

  private Set<MailStatus> successors() {
    return switch (this) {
      case DRAFT, RETURNED -> EnumSet.of(DRAFT, IN_REVIEW, APPROVED);
      case IN_REVIEW -> EnumSet.of(APPROVED, RETURNED);
      case APPROVED -> EnumSet.of(DRAFT, SCHEDULED);
      case SCHEDULED -> EnumSet.of(APPROVED, SENT);
      case SENT -> EnumSet.of(STOPPED);
      case STOPPED -> EnumSet.noneOf(MailStatus.class);
    };
  }

  /**
   * Whether the text and the target may still change (an approved mail then needs approval again).
   */
  public boolean isEditable() {
    return this == DRAFT || this == RETURNED || this == APPROVED;
  }
}
