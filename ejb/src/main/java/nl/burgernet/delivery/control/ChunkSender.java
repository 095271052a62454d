package nl.burgernet.delivery.control;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import nl.burgernet.delivery.entity.CallResult;
import nl.burgernet.delivery.entity.DeliveryLink;
import nl.burgernet.delivery.entity.MailMessage;
import nl.burgernet.delivery.entity.PushMessage;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.delivery.entity.SmsMessage;
import nl.burgernet.delivery.entity.VoiceCall;
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
 *
 * <p>A round trip to the SMS centre or the mail server takes longer than preparing the next
 * message, so SMS and mail are handed over in the background, up to {@code
 * burgernet.delivery.in-flight} per consumer at a time (voice calls: as many as the instance has
 * lines; push one at a time). When one fails, no new send starts, the running ones finish and are
 * recorded, and then the chunk goes back to the broker. A crash therefore sends again at most, per
 * consumer, the outcomes not yet recorded ({@link #CHECKPOINT_SENDS} plus what completed since the
 * last check, at most the in-flight limit) and the sends still in flight (the limit again).
 */
@ApplicationScoped
public class ChunkSender {

  static final int CHECKPOINT_SENDS = 50;
  static final long CHECKPOINT_MILLIS = 250;

  @Inject
  @ConfigProperty(name = "burgernet.delivery.max-attempts", defaultValue = "5")
  int maxAttempts;

  /** SMS and mails one consumer has in flight at most; the SMPP window bounds all SMS together. */
  @Inject
  @ConfigProperty(name = "burgernet.delivery.in-flight", defaultValue = "10")
  int inFlight;

  @Inject
  @ConfigProperty(name = "burgernet.public.base-url", defaultValue = "http://localhost:8080")
  String publicBaseUrl;

  @Inject DeliveryLedger ledger;
  @Inject Throttles throttles;
  @Inject SmsGateway smsGateway;
  @Inject MailGateway mailGateway;
  @Inject PushGateway pushGateway;
  @Inject VoiceGateway voiceGateway;
  @Inject Logger log;

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
    Semaphore slots = new Semaphore(inFlightLimit(channel));
    List<CompletableFuture<Outcome>> running = new ArrayList<>();
    for (ChunkWork.Task task : work.tasks()) {
      if (!checkpoints.stillSending()) {
        log.info(() -> "Send request " + work.requestId() + " recalled; chunk stopped");
        break;
      }
      takeSlot(slots);
      throttle.acquire(work.priority());
      if (checkpoints.attemptFailed()) {
        slots.release();
        break;
      }
      CompletableFuture<Outcome> sent;
      try {
        sent = send(channel, work, task);
      } catch (RuntimeException e) {
        sent = CompletableFuture.failedFuture(e);
      }
      running.add(
          sent.handle(
              (success, failure) -> {
                try {
                  return checkpoints.add(
                      failure == null ? success : failed(task, failure, lastAttempt));
                } finally {
                  slots.release();
                }
              }));
    }
    running.forEach(CompletableFuture::join);
    checkpoints.record();
    Outcome failure = checkpoints.firstFailure();
    if (failure != null) {
      throw new IllegalStateException(
          "gateway failed for delivery "
              + failure.deliveryId()
              + " ("
              + failure.reason()
              + "); the chunk goes back to the broker");
    }
  }

  private int inFlightLimit(Channel channel) {
    return switch (channel) {
      case SMS, EMAIL -> Math.max(1, inFlight);
      case APP -> 1;
      case VOICE -> throttles.linesPerInstance();
    };
  }

  /** Waits until fewer than the limit of this chunk's sends are in flight. */
  private static void takeSlot(Semaphore slots) {
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a send to finish", e);
    }
  }

  /**
   * A refusal for good fails the delivery; any other failure fails the attempt, or on the last
   * attempt dead-letters the delivery.
   */
  private static Outcome failed(ChunkWork.Task task, Throwable failure, boolean lastAttempt) {
    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
    if (cause instanceof IllegalArgumentException) {
      return Outcome.failure(task.deliveryId(), Outcome.Kind.FAILED, reason(cause));
    }
    return Outcome.failure(
        task.deliveryId(),
        lastAttempt ? Outcome.Kind.DEAD_LETTERED : Outcome.Kind.ATTEMPT_FAILED,
        reason(cause));
  }

  /**
   * Hands one delivery to its gateway; completes with the outcome once the gateway took it (with
   * the provider's message id, if any), or fails with the gateway's exception.
   */
  private CompletableFuture<Outcome> send(Channel channel, ChunkWork work, ChunkWork.Task task) {
    return switch (channel) {
      case SMS ->
          smsGateway
              .sendAsync(new SmsMessage(task.address(), work.smsText()))
              .thenApply(ids -> Outcome.sent(task.deliveryId(), ids.isEmpty() ? null : ids.get(0)));
      case EMAIL ->
          mailGateway
              .sendAsync(mailOf(work, task))
              .thenApply(messageId -> Outcome.sent(task.deliveryId(), messageId));
      case APP -> {
        boolean urgent = work.priority() == SendPriority.TIME_CRITICAL;
        pushGateway.send(
            task.participantId(),
            new PushMessage(work.appTitle(), work.appBody(), work.requestId(), urgent));
        yield CompletableFuture.completedFuture(Outcome.sent(task.deliveryId(), null));
      }
      case VOICE ->
          voiceGateway
              .call(
                  new VoiceCall(
                      task.address(), work.voiceScript(), String.valueOf(task.deliveryId())))
              .thenApply(result -> called(task, result));
    };
  }

  /** An answered call is delivered; a call nobody heard failed for good, with its result. */
  private static Outcome called(ChunkWork.Task task, CallResult result) {
    if (!result.answered()) {
      throw new IllegalArgumentException("call not answered: " + result.status());
    }
    return Outcome.delivered(task.deliveryId(), result.callId());
  }

  private MailMessage mailOf(ChunkWork work, ChunkWork.Task task) {
    MailMessage mail =
        new MailMessage(task.address(), work.mailSubject(), work.mailBody())
            .withHtml(work.mailHtml());
    if (task.unsubscribeToken() == null) {
      return mail;
    }
    MailMessage personal =
        mail.toParticipant(
            task.name(),
            UnsubscribeLinks.of(publicBaseUrl, task.unsubscribeToken(), task.deliveryId()));
    if (personal.asksForAnswer()) {
      personal =
          personal.withAnswerLink(
              DeliveryLink.ANSWER.of(publicBaseUrl, task.unsubscribeToken(), task.deliveryId()));
    }
    if (personal.countsOpens()) {
      personal =
          personal.withOpenPixel(
              DeliveryLink.OPEN_PIXEL.of(
                  publicBaseUrl, task.unsubscribeToken(), task.deliveryId()));
    }
    return personal;
  }

  private void finish(long requestId) {
    try {
      ledger.finishIfDone(requestId);
    } catch (EJBException e) {
      // another consumer finished the request at the same moment (optimistic lock)
      log.fine(() -> "Send request " + requestId + " was finished elsewhere");
    }
  }

  private static String reason(Throwable e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    return e.getMessage() + (cause == e ? "" : " (" + cause.getMessage() + ")");
  }

  /**
   * Outcomes not yet recorded, and when they were last recorded. Sends in flight add their outcomes
   * from the gateways' threads.
   */
  private final class Checkpoints {

    private final long requestId;
    private final List<Outcome> pending = new ArrayList<>(CHECKPOINT_SENDS);
    private long lastNanos = System.nanoTime();
    private boolean sending = true;
    private Outcome firstFailure;

    Checkpoints(long requestId) {
      this.requestId = requestId;
    }

    synchronized Outcome add(Outcome outcome) {
      pending.add(outcome);
      if (firstFailure == null && outcome.kind() == Outcome.Kind.ATTEMPT_FAILED) {
        firstFailure = outcome;
      }
      return outcome;
    }

    /** The first failed attempt, after which nothing more is sent; null while all goes well. */
    synchronized Outcome firstFailure() {
      return firstFailure;
    }

    synchronized boolean attemptFailed() {
      return firstFailure != null;
    }

    boolean stillSending() {
      boolean due;
      synchronized (this) {
        due =
            pending.size() >= CHECKPOINT_SENDS
                || System.nanoTime() - lastNanos
                    >= TimeUnit.MILLISECONDS.toNanos(CHECKPOINT_MILLIS);
      }
      if (due) {
        record();
      }
      synchronized (this) {
        return sending;
      }
    }

    /**
     * Records what is pending. The transaction runs outside the lock, so sends that complete
     * meanwhile on the gateway's threads do not wait for it.
     */
    void record() {
      List<Outcome> batch;
      synchronized (this) {
        batch = List.copyOf(pending);
        pending.clear();
        lastNanos = System.nanoTime();
      }
      boolean stillSending = ledger.record(requestId, batch);
      synchronized (this) {
        sending = stillSending;
      }
    }
  }
}
