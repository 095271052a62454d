package nl.burgernet.participant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.burgernet.participant.entity.Participant;

/** Locates a participant's addresses and gives the participant to the responsible municipality. */
@ApplicationScoped
public class ParticipantPlacement {

  @Inject private AddressLocator locator;

  /** Returns whether the home address was located. */
  public boolean place(Participant participant) {
    boolean located = locator.locate(participant.getHome());
    participant.getWork().ifPresent(locator::locate);
    assign(participant);
    return located;
  }

  /** Gives the participant to the municipality responsible for the home address as it is now. */
  public void assign(Participant participant) {
    participant.assignTo(locator.responsibleFor(participant.getHome()).orElse(null));
  }
}
