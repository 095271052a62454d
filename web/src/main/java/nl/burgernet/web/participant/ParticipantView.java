package nl.burgernet.web.participant;

import java.util.List;
import nl.burgernet.participant.entity.Address;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.PhoneNumber;

/** A participant as staff see it in the API. */
public record ParticipantView(
    long id,
    String name,
    String email,
    String mobile,
    String landline,
    String postcode,
    int houseNumber,
    String addition,
    String street,
    String place,
    String municipality,
    List<String> channels,
    String status,
    String queueReason) {

  static ParticipantView of(Participant participant) {
    Address home = participant.getHome();
    return new ParticipantView(
        participant.getId(),
        participant.getName(),
        participant.getEmail().map(EmailAddress::value).orElse(null),
        participant.getMobile().map(PhoneNumber::e164).orElse(null),
        participant.getLandline().map(PhoneNumber::e164).orElse(null),
        home.getPostcode().value(),
        home.getHouseNumber(),
        home.getAddition(),
        home.getStreet(),
        home.getPlace(),
        home.getMunicipality() == null ? null : home.getMunicipality().getName(),
        participant.getChannels().stream().map(Enum::name).toList(),
        participant.getStatus().name(),
        participant.getQueueReason() == null ? null : participant.getQueueReason().name());
  }
}
