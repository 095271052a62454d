package nl.burgernet.web.participant;

import java.util.List;
import nl.burgernet.participant.boundary.ParticipantDetails;

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
        PreferencesJson.channelSet(channels),
        PreferencesJson.time(quietFrom),
        PreferencesJson.time(quietUntil),
        yearOfBirth);
  }
}
