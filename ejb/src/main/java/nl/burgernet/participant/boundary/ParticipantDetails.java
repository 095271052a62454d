package nl.burgernet.participant.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import nl.burgernet.participant.control.PhoneKind;
import nl.burgernet.participant.control.PhoneNumbers;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.ContactDetails;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.PhoneNumber;
import nl.burgernet.participant.entity.QuietHours;

/**
 * What a participant tells Burgernet about themselves, on the registration page, in the app or on a
 * card, and what a relation manager corrects. Each field carries its own rule; the rules between
 * fields (a way to reach someone, channels that fit the numbers, age) are checked by the services.
 */
public record ParticipantDetails(
    @NotBlank(message = "{participant.name.required}")
        @Size(max = Participant.NAME_LENGTH, message = "{participant.name.size}")
        @Pattern(regexp = Texts.PLAIN, message = "{participant.text.characters}")
        String name,
    @Size(max = EmailAddress.MAXIMUM_LENGTH, message = "{participant.email.invalid}")
        @ValidEmailAddress
        String email,
    @ValidPhoneNumber(kind = PhoneKind.MOBILE, message = "{participant.mobile.invalid}")
        String mobile,
    @ValidPhoneNumber(kind = PhoneKind.LANDLINE, message = "{participant.landline.invalid}")
        String landline,
    @NotNull(message = "{participant.home.required}") @Valid AddressDetails home,
    @Valid AddressDetails work,
    @NotEmpty(message = "{participant.channels.required}") Set<Channel> channels,
    LocalTime quietFrom,
    LocalTime quietUntil,
    @NotNull(message = "{participant.yearOfBirth.required}") Integer yearOfBirth) {

  /** The contact details as value objects; call only after validation. */
  public ContactDetails contact() {
    return new ContactDetails(
        name,
        phone(mobile, PhoneKind.MOBILE),
        phone(landline, PhoneKind.LANDLINE),
        isBlank(email) ? null : EmailAddress.of(email));
  }

  public boolean hasContact() {
    return !isBlank(email) || !isBlank(mobile) || !isBlank(landline);
  }

  public QuietHours quietHours() {
    return quietFrom == null || quietUntil == null ? null : new QuietHours(quietFrom, quietUntil);
  }

  public Set<Channel> channelSet() {
    return channels == null || channels.isEmpty()
        ? EnumSet.noneOf(Channel.class)
        : EnumSet.copyOf(channels);
  }

  /** The details of a stored participant, for editing. */
  public static ParticipantDetails of(Participant participant) {
    return new ParticipantDetails(
        participant.getName(),
        participant.getEmail().map(EmailAddress::value).orElse(null),
        participant.getMobile().map(PhoneNumbers::readable).orElse(null),
        participant.getLandline().map(PhoneNumbers::readable).orElse(null),
        AddressDetails.of(participant.getHome()),
        participant.getWork().map(AddressDetails::of).orElse(null),
        participant.getChannels(),
        participant.getQuietHours().map(QuietHours::getFrom).orElse(null),
        participant.getQuietHours().map(QuietHours::getUntil).orElse(null),
        participant.getYearOfBirth());
  }

  private static PhoneNumber phone(String input, PhoneKind kind) {
    return isBlank(input) ? null : PhoneNumbers.parse(input, kind).orElseThrow();
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
