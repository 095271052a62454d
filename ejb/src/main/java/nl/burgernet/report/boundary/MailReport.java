package nl.burgernet.report.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.burgernet.mail.entity.MailKind;
import nl.burgernet.report.boundary.ParticipantBase.Area;

/**
 * The MARAP page "Burgernetmail": how many mails each municipality sent in the period against the
 * target, of which kinds, to how many participants, how many could not be delivered, and which
 * municipalities have a trained ambassador but sent nothing.
 *
 * @param target the number of mails asked of a municipality for the period
 */
public record MailReport(
    Area region,
    Optional<Area> municipality,
    Optional<Instant> countedAt,
    int target,
    List<Line> municipalities,
    Map<MailKind, Long> kinds) {

  /** One municipality's mails in the period. */
  public record Line(
      Area municipality,
      long mails,
      long recipients,
      long undelivered,
      boolean hasAmbassador,
      boolean meetsTarget) {

    /** Trained, but silent: the municipality the regional bureau calls first. */
    public boolean ambassadorWithoutMail() {
      return hasAmbassador && mails == 0;
    }
  }

  public long mails() {
    return municipalities.stream().mapToLong(Line::mails).sum();
  }

  public long recipients() {
    return municipalities.stream().mapToLong(Line::recipients).sum();
  }

  public long undelivered() {
    return municipalities.stream().mapToLong(Line::undelivered).sum();
  }

  public long meetingTarget() {
    return municipalities.stream().filter(Line::meetsTarget).count();
  }
}
