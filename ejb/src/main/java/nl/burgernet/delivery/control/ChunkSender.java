package nl.burgernet.delivery.control;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import nl.burgernet.delivery.entity.MailMessage;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.delivery.entity.SmsMessage;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.UnsubscribeLinks;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one chunk through its channel's gateway, paced by the channel's throttle, outside any
 * transaction: a gateway call never holds a database transaction or lock open.
 *
 * <p>Outcomes are recorded in small batches (every {@link #CHECKPOINT_SENDS} sends or {@link
 * #CHECKPOINT_MILLIS} ms), and each batch also looks whether the request was recalled, so a recall
 * stops a running chunk within that time. A delivery the gateway refuses for good (an address it
 * cannot use) fails at once. When the gateway fails otherwise (down, timing out), the chunk goes
 * back to the broker, which redelivers it with growing delays; the deliveries already sent are not
 * sent again. On the broker's last attempt ({@code burgernet.delivery.max-attempts}, the broker's
 * max-delivery-attempts) such deliveries become DEAD_LETTERED instead, for staff to retry.
 */
@ApplicationScoped
public class ChunkSender {

  static final int CHECKPOINT_SENDS = 50;
  static final long CHECKPOINT_MILLIS = 250;

  @Inject
  @ConfigProperty(name = "burgernet.delivery.max-attempts", defaultValue = "5")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "burgernet.public.base-url", defaultValue = "http://localhost:8080")
  String publicBaseUrl;

  @Inject private DeliveryLedger ledger;
  @Inject private Throttles throttles;
  @Inject private SmsGateway smsGateway;
  @Inject private MailGateway mailGateway;
  @Inject private Logger log;

  /**
   * @param deliveryCount the broker's delivery count of the chunk's message (1 the first time)
   */
  public void send(DeliveryChunk chunk, SendPriority priority, int deliveryCount) {
    ChannelThrottle throttle = throttles.of(chunk.channel());
    boolean urgent = priority == SendPriority.TIME_CRITICAL;
    if (urgent) {
      throttle.urgentChunkStarted();
    }
    try {
      ChunkWork work = ledger.take(chunk);
      if (!work.tasks().isEmpty()) {
        sendAll(chunk.channel(), work, throttle, deliveryCount >= maxAttempts);
      }
      finish(work.requestId());
    } finally {
      if (urgent) {
        throttle.urgentChunkEnded();
      }
    }
  }

  private void sendAll(
      Channel channel, ChunkWork work, ChannelThrottle throttle, boolean lastAttempt) {
    Checkpoints checkpoints = new Checkpoints(work.requestId());
    for (ChunkWork.Task task : work.tasks()) {
      if (!checkpoints.stillSending()) {
        log.info(() -> "Send request " + work.requestId() + " recalled; chunk stopped");
        return;
      }
      throttle.acquire(work.priority());
      try {
        checkpoints.add(Outcome.sent(task.deliveryId(), send(channel, work, task)));
      } catch (IllegalArgumentException e) {
        checkpoints.add(Outcome.failure(task.deliveryId(), Outcome.Kind.FAILED, reason(e)));
      } catch (RuntimeException e) {
        if (lastAttempt) {
          checkpoints.add(
              Outcome.failure(task.deliveryId(), Outcome.Kind.DEAD_LETTERED, reason(e)));
        } else {
          checkpoints.add(
              Outcome.failure(task.deliveryId(), Outcome.Kind.ATTEMPT_FAILED, reason(e)));
          checkpoints.record();
          throw new IllegalStateException(
              "gateway failed for delivery "
                  + task.deliveryId()
                  + "; the chunk goes back to the broker",
              e);
        }
      }
    }
    checkpoints.record();
  }

  /** Hands one delivery to its gateway; returns the provider's message id, if any. */
  private String send(Channel channel, ChunkWork work, ChunkWork.Task task) {
    return switch (channel) {
      case SMS -> {
        List<String> ids = smsGateway.send(new SmsMessage(task.address(), work.smsText()));
        yield ids.isEmpty() ? null : ids.get(0);
      }
      case EMAIL -> mailGateway.send(mailOf(work, task));
      case APP, VOICE -> throw new IllegalArgumentException("no gateway for " + channel + " yet");
    };
  }

  private MailMessage mailOf(ChunkWork work, ChunkWork.Task task) {
    MailMessage mail =
        new MailMessage(task.address(), work.mailSubject(), work.mailBody())
            .withHtml(work.mailHtml());
    return task.unsubscribeToken() == null
        ? mail
        : mail.toParticipant(
            task.name(), UnsubscribeLinks.of(publicBaseUrl, task.unsubscribeToken()));
  }

  private void finish(long requestId) {
    try {
      ledger.finishIfDone(requestId);
    } catch (EJBException e) {
      // another consumer finished the request at the same moment (optimistic lock)
      log.fine(() -> "Send request " + requestId + " was finished elsewhere");
    }
  }

  private static String reason(RuntimeException e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    return e.getMessage() + (cause == e ? "" : " (" + cause.getMessage() + ")");
  }

  /** Outcomes not yet recorded, and when they were last recorded. */
  private final class Checkpoints {

    private final long requestId;
    private final List<Outcome> pending = new ArrayList<>(CHECKPOINT_SENDS);
    private long lastNanos = System.nanoTime();
    private boolean sending = true;

    Checkpoints(long requestId) {
      this.requestId = requestId;
    }

    void add(Outcome outcome) {
      pending.add(outcome);
    }

    boolean stillSending() {
      if (pending.size() >= CHECKPOINT_SENDS
          || System.nanoTime() - lastNanos >= TimeUnit.MILLISECONDS.toNanos(CHECKPOINT_MILLIS)) {
        record();
      }
      return sending;
    }

    void record() {
      sending = ledger.record(requestId, List.copyOf(pending));
      pending.clear();
      lastNanos = System.nanoTime();
    }
  }
}
