package nl.burgernet.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import nl.burgernet.delivery.entity.InboundSms;
import nl.burgernet.delivery.entity.SmsReply;
import nl.burgernet.participant.entity.Channel;

/**
 * Tells the components whose sends an inbound SMS answers: it looks up the SMS deliveries to the
 * sender's number of the last week and fires {@link SmsReply} with them. An SMS from a number we
 * did not reach raises nothing further.
 */
@ApplicationScoped
public class ReplyMatcher {

  /** Replies to sends older than this are not matched: an action is closed long before. */
  static final Duration REPLY_WINDOW = Duration.ofDays(7);

  @Inject private DeliveryLedger ledger;

  @Inject private Event<SmsReply> replies;

  @Inject private Clock clock;

  @Inject private Logger log;

  void onInbound(@ObservesAsync InboundSms sms) {
    List<SmsReply.Reached> reached =
        ledger.reached(sms.from(), Channel.SMS, clock.instant().minus(REPLY_WINDOW));
    if (reached.isEmpty()) {
      log.fine("Inbound SMS from a number no recent send reached");
      return;
    }
    replies.fireAsync(new SmsReply(sms, reached));
  }
}
