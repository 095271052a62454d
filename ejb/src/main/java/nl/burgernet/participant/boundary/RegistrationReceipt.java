package nl.burgernet.participant.boundary;

import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.ParticipantStatus;

/** What a citizen or the app learns about a registration: its public reference and status. */
public record RegistrationReceipt(String reference, ParticipantStatus status) {

  static RegistrationReceipt of(Participant participant) {
    return new RegistrationReceipt(participant.getReference(), participant.getStatus());
  }
}
