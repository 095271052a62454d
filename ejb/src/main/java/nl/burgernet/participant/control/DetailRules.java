package nl.burgernet.participant.control;

import java.time.LocalTime;
import java.util.Set;
import nl.burgernet.participant.boundary.ParticipantDetails;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.ContactDetails;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.platform.boundary.InvalidInputException;

/**
 * The rules between the fields of {@link ParticipantDetails}, which no single field can check: a
 * way to reach the participant, channels that fit the numbers given, quiet hours with a begin and
 * an end, and the minimum age.
 */
public final class DetailRules {

  public static final String CONTACT_REQUIRED = "participant.contact.required";

  private DetailRules() {}

  public static void check(ParticipantDetails details, int currentYear) {
    if (!details.hasContact()) {
      throw new InvalidInputException(CONTACT_REQUIRED);
    }
    checkChannels(
        details.channelSet(),
        !blank(details.mobile()),
        !blank(details.landline()),
        !blank(details.email()));
    checkQuietHours(details.quietFrom(), details.quietUntil());
    checkAge(details.yearOfBirth(), currentYear);
  }

  /** Old enough to take part, and a year of birth that can be true. */
  public static void checkAge(int yearOfBirth, int currentYear) {
    int age = currentYear - yearOfBirth;
    if (age < Participant.MINIMUM_AGE) {
      throw new InvalidInputException("participant.age.minimum", Participant.MINIMUM_AGE);
    }
    if (age > Participant.MAXIMUM_AGE) {
      throw new InvalidInputException("participant.yearOfBirth.invalid");
    }
  }

  /** The channels a participant with these contact details may choose. */
  public static void checkChannels(Set<Channel> channels, ContactDetails contact) {
    checkChannels(
        channels, contact.mobile() != null, contact.landline() != null, contact.email() != null);
  }

  /** Quiet hours are both empty, or a begin and a different end. */
  public static void checkQuietHours(LocalTime from, LocalTime until) {
    if ((from == null) != (until == null) || (from != null && from.equals(until))) {
      throw new InvalidInputException("participant.quietHours.invalid");
    }
  }

  private static void checkChannels(
      Set<Channel> channels, boolean mobile, boolean landline, boolean email) {
    if (channels.contains(Channel.SMS) && !mobile) {
      throw new InvalidInputException("participant.channel.sms");
    }
    if (channels.contains(Channel.VOICE) && !mobile && !landline) {
      throw new InvalidInputException("participant.channel.voice");
    }
    if (channels.contains(Channel.EMAIL) && !email) {
      throw new InvalidInputException("participant.channel.email");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
