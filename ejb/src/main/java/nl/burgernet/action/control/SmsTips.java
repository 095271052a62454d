package nl.burgernet.action.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import nl.burgernet.delivery.entity.SmsReply;

/** Listens for SMS replies to sends: a reply to an open action's round is a tip. */
@ApplicationScoped
public class SmsTips {

  @Inject private SmsTipIntake intake;

  void onReply(@ObservesAsync SmsReply reply) {
    intake.take(reply);
  }
}
