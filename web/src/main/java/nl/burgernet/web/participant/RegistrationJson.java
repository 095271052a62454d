package nl.burgernet.web.participant;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.burgernet.participant.boundary.ParticipantDetails;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.platform.boundary.InvalidInputException;

/**
 * A registration as the app sends it to {@code POST /api/v1/registrations}. Channels are APP, SMS,
 * VOICE or EMAIL; quiet hours are "HH:mm" in Dutch time.
 */
public class RegistrationJson {

  public String name;
  public String email;
  public String mobile;
  public String landline;
  public AddressJson home;
  public AddressJson work;
  public List<String> channels;
  public String quietFrom;
  public String quietUntil;
  public Integer yearOfBirth;
  public boolean consent;

  /**
   * The app's own installation id (optional): registrations from one installation are counted
   * together to spot bursts, also when many phones share one network address.
   */
  public String installation;

  ParticipantDetails toDetails() {
    return new ParticipantDetails(
        name,
        email,
        mobile,
        landline,
        home == null ? null : home.toDetails(),
        work == null ? null : work.toDetails(),
        channelSet(),
        time(quietFrom),
        time(quietUntil),
        yearOfBirth);
  }

  private Set<Channel> channelSet() {
    Set<Channel> set = EnumSet.noneOf(Channel.class);
    if (channels != null) {
      for (String channel : channels) {
        try {
          set.add(Channel.valueOf(String.valueOf(channel).strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new InvalidInputException("participant.channel.unknown");
        }
      }
    }
    return set;
  }

  private static LocalTime time(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("participant.quietHours.invalid");
    }
  }
}
