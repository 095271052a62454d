package nl.burgernet.participant.control;

import java.util.Set;
import nl.burgernet.participant.boundary.ParticipantDetails;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.platform.boundary.InvalidInputException;

/**
 * The rules between the fields of {@link ParticipantDetails}, which no single field can check: a
 * way to reach the participant, channels that fit the numbers given, quiet hours with a begin and
 * an end, and the minimum age.
 */
public final class DetailRules {

  private DetailRules() {}

  public static void check(ParticipantDetails details, int currentYear) {
    if (!details.hasContact()) {
      throw new InvalidInputException("participant.contact.required");
    }
    Set<Channel> channels = details.channelSet();
    if (channels.contains(Channel.SMS) && blank(details.mobile())) {
      throw new InvalidInputException("participant.channel.sms");
    }
    if (channels.contains(Channel.VOICE) && blank(details.mobile()) && blank(details.landline())) {
      throw new InvalidInputException("participant.channel.voice");
    }
    if (channels.contains(Channel.EMAIL) && blank(details.email())) {
      throw new InvalidInputException("participant.channel.email");
    }
    if ((details.quietFrom() == null) != (details.quietUntil() == null)
        || (details.quietFrom() != null && details.quietFrom().equals(details.quietUntil()))) {
      throw new InvalidInputException("participant.quietHours.invalid");
    }
    int age = currentYear - details.yearOfBirth();
    if (age < Participant.MINIMUM_AGE) {
      throw new InvalidInputException("participant.age.minimum", Participant.MINIMUM_AGE);
    }
    if (age > Participant.MAXIMUM_AGE) {
      throw new InvalidInputException("participant.yearOfBirth.invalid");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
