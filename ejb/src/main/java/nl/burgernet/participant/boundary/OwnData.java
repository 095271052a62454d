package nl.burgernet.participant.boundary;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.participant.control.PhoneNumbers;
import nl.burgernet.participant.entity.Address;
import nl.burgernet.participant.entity.AddressChange;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.QuietHours;

/**
 * What the self-service page shows a participant about themselves: contact details, addresses,
 * channels and quiet hours, an address change still waiting for approval (or null), and the
 * unsubscribe link's token, and whether they want the reports of actions by mail. Nothing about
 * anyone else.
 */
public record OwnData(
    String name,
    String email,
    String mobile,
    String landline,
    AddressDetails home,
    AddressDetails work,
    Set<Channel> channels,
    LocalTime quietFrom,
    LocalTime quietUntil,
    PendingAddressChange pendingAddressChange,
    String unsubscribeToken,
    boolean actionReports) {

  /** A new address the relation manager still has to approve. */
  public record PendingAddressChange(
      Instant requestedAt, AddressDetails home, AddressDetails work, boolean located) {}

  static OwnData of(Participant participant, Optional<AddressChange> pending) {
    return new OwnData(
        participant.getName(),
        participant.getEmail().map(EmailAddress::value).orElse(null),
        participant.getMobile().map(PhoneNumbers::readable).orElse(null),
        participant.getLandline().map(PhoneNumbers::readable).orElse(null),
        AddressDetails.of(participant.getHome()),
        participant.getWork().map(AddressDetails::of).orElse(null),
        participant.getChannels(),
        participant.getQuietHours().map(QuietHours::getFrom).orElse(null),
        participant.getQuietHours().map(QuietHours::getUntil).orElse(null),
        pending
            .map(
                change ->
                    new PendingAddressChange(
                        change.getRequestedAt(),
                        AddressDetails.of(change.getHome()),
                        change.getWork().map(AddressDetails::of).orElse(null),
                        change.getHome().isLocated()
                            && change.getWork().map(Address::isLocated).orElse(true)))
            .orElse(null),
        participant.getUnsubscribeToken(),
        participant.wantsActionReports());
  }
}
