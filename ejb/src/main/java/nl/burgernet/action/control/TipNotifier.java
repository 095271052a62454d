package nl.burgernet.action.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import nl.burgernet.action.boundary.TipReceived;

/** Tells the operator's screens about a tip once it is committed; a rolled-back tip stays quiet. */
@ApplicationScoped
public class TipNotifier {

  @Inject private Event<TipReceived> received;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) TipStored stored) {
    received.fireAsync(stored.tip());
  }
}
