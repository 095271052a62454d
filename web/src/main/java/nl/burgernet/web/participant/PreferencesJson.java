package nl.burgernet.web.participant;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.platform.boundary.InvalidInputException;

/**
 * The channels and quiet hours a participant changes in self-service, as the API takes them:
 * channels APP, SMS, VOICE or EMAIL; quiet hours "HH:mm" in Dutch time, both or neither. The same
 * spelling as in a registration ({@link RegistrationJson}) and on the self-service page.
 */
public class PreferencesJson {

  public List<String> channels;
  public String quietFrom;
  public String quietUntil;

  static Set<Channel> channelSet(List<String> channels) {
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

  static LocalTime time(String text) {
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
