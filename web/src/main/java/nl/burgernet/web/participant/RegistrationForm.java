package nl.burgernet.web.participant;

import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import nl.burgernet.participant.boundary.ParticipantDetails;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.platform.boundary.InvalidInputException;

/**
 * What the registration page and the relation manager's edit page fill in. Channels are an array,
 * so Faces converts the checked enum values without a converter; quiet hours are "HH:mm".
 */
public class RegistrationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String email;
  private String mobile;
  private String landline;
  private AddressForm address = new AddressForm();
  private Channel[] channels = new Channel[0];
  private String quietFrom;
  private String quietUntil;
  private Integer yearOfBirth;
  private boolean consent;

  /** The form filled with a stored participant's details, for a relation manager to correct. */
  static RegistrationForm of(ParticipantDetails details) {
    RegistrationForm form = new RegistrationForm();
    form.name = details.name();
    form.email = details.email();
    form.mobile = details.mobile();
    form.landline = details.landline();
    form.address = AddressForm.of(details.home(), details.work());
    form.channels = details.channelSet().toArray(new Channel[0]);
    form.quietFrom = details.quietFrom() == null ? null : details.quietFrom().toString();
    form.quietUntil = details.quietUntil() == null ? null : details.quietUntil().toString();
    form.yearOfBirth = details.yearOfBirth();
    return form;
  }

  ParticipantDetails toDetails() {
    return new ParticipantDetails(
        name,
        email,
        mobile,
        landline,
        address.home(),
        address.work(),
        channelSet(),
        time(quietFrom),
        time(quietUntil),
        yearOfBirth);
  }

  private Set<Channel> channelSet() {
    return channels == null || channels.length == 0
        ? EnumSet.noneOf(Channel.class)
        : EnumSet.copyOf(Arrays.asList(channels));
  }

  private static LocalTime time(String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("participant.quietHours.invalid");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public AddressForm getAddress() {
    return address;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public String getLandline() {
    return landline;
  }

  public void setLandline(String landline) {
    this.landline = landline;
  }

  public Channel[] getChannels() {
    return channels;
  }

  public void setChannels(Channel[] channels) {
    this.channels = channels;
  }

  public String getQuietFrom() {
    return quietFrom;
  }

  public void setQuietFrom(String quietFrom) {
    this.quietFrom = quietFrom;
  }

  public String getQuietUntil() {
    return quietUntil;
  }

  public void setQuietUntil(String quietUntil) {
    this.quietUntil = quietUntil;
  }

  public Integer getYearOfBirth() {
    return yearOfBirth;
  }

  public void setYearOfBirth(Integer yearOfBirth) {
    this.yearOfBirth = yearOfBirth;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }
}
