package nl.burgernet.web.participant;

import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import nl.burgernet.participant.boundary.AddressDetails;
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
  private String homePostcode;
  private Integer homeHouseNumber;
  private String homeAddition;
  private String homeStreet;
  private String homePlace;
  private String workPostcode;
  private Integer workHouseNumber;
  private String workAddition;
  private String workStreet;
  private String workPlace;
  private Channel[] channels = new Channel[0];
  private String quietFrom;
  private String quietUntil;
  private Integer yearOfBirth;
  private boolean consent;

  static RegistrationForm of(ParticipantDetails details) {
    RegistrationForm form = new RegistrationForm();
    form.name = details.name();
    form.email = details.email();
    form.mobile = details.mobile();
    form.landline = details.landline();
    form.homePostcode = details.home().postcode();
    form.homeHouseNumber = details.home().houseNumber();
    form.homeAddition = details.home().addition();
    form.homeStreet = details.home().street();
    form.homePlace = details.home().place();
    if (details.work() != null) {
      form.workPostcode = details.work().postcode();
      form.workHouseNumber = details.work().houseNumber();
      form.workAddition = details.work().addition();
      form.workStreet = details.work().street();
      form.workPlace = details.work().place();
    }
    form.channels = details.channelSet().toArray(new Channel[0]);
    form.quietFrom = details.quietFrom() == null ? null : details.quietFrom().toString();
    form.quietUntil = details.quietUntil() == null ? null : details.quietUntil().toString();
    form.yearOfBirth = details.yearOfBirth();
    form.consent = true;
    return form;
  }

  ParticipantDetails toDetails() {
    return new ParticipantDetails(
        name,
        email,
        mobile,
        landline,
        new AddressDetails(homePostcode, homeHouseNumber, homeAddition, homeStreet, homePlace),
        hasWorkAddress()
            ? new AddressDetails(workPostcode, workHouseNumber, workAddition, workStreet, workPlace)
            : null,
        channelSet(),
        time(quietFrom),
        time(quietUntil),
        yearOfBirth);
  }

  /** The work address counts once any of its fields is filled in. */
  private boolean hasWorkAddress() {
    return !blank(workPostcode)
        || workHouseNumber != null
        || !blank(workAddition)
        || !blank(workStreet)
        || !blank(workPlace);
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

  public String getHomePostcode() {
    return homePostcode;
  }

  public void setHomePostcode(String homePostcode) {
    this.homePostcode = homePostcode;
  }

  public Integer getHomeHouseNumber() {
    return homeHouseNumber;
  }

  public void setHomeHouseNumber(Integer homeHouseNumber) {
    this.homeHouseNumber = homeHouseNumber;
  }

  public String getHomeAddition() {
    return homeAddition;
  }

  public void setHomeAddition(String homeAddition) {
    this.homeAddition = homeAddition;
  }

  public String getHomeStreet() {
    return homeStreet;
  }

  public void setHomeStreet(String homeStreet) {
    this.homeStreet = homeStreet;
  }

  public String getHomePlace() {
    return homePlace;
  }

  public void setHomePlace(String homePlace) {
    this.homePlace = homePlace;
  }

  public String getWorkPostcode() {
    return workPostcode;
  }

  public void setWorkPostcode(String workPostcode) {
    this.workPostcode = workPostcode;
  }

  public Integer getWorkHouseNumber() {
    return workHouseNumber;
  }

  public void setWorkHouseNumber(Integer workHouseNumber) {
    this.workHouseNumber = workHouseNumber;
  }

  public String getWorkAddition() {
    return workAddition;
  }

  public void setWorkAddition(String workAddition) {
    this.workAddition = workAddition;
  }

  public String getWorkStreet() {
    return workStreet;
  }

  public void setWorkStreet(String workStreet) {
    this.workStreet = workStreet;
  }

  public String getWorkPlace() {
    return workPlace;
  }

  public void setWorkPlace(String workPlace) {
    this.workPlace = workPlace;
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
