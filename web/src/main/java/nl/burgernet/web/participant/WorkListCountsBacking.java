package nl.burgernet.web.participant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.burgernet.participant.boundary.ParticipantQueues;
import nl.burgernet.participant.boundary.QueueCounts;
import nl.burgernet.participant.boundary.RegistrationCards;

/**
 * The relation manager's work-list counts on the landing page, with the call-back list of
 * incomplete registration cards. Getters, because Jakarta EL 5 does not read the components of the
 * {@link QueueCounts} record.
 */
@Named("workListCounts")
@RequestScoped
public class WorkListCountsBacking {

  @Inject private ParticipantQueues queues;

  @Inject private RegistrationCards cards;

  private QueueCounts counts;

  private QueueCounts counts() {
    if (counts == null) {
      counts = queues.counts();
    }
    return counts;
  }

  public long getVerification() {
    return counts().verification();
  }

  public long getQuarantine() {
    return counts().quarantine();
  }

  public long getAddressChanges() {
    return counts().addressChanges();
  }

  public long getBadEmailAddresses() {
    return counts().badEmailAddresses();
  }

  public long getCallBack() {
    return cards.callBackCount();
  }
}
