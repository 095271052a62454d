package nl.burgernet.delivery.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;
import nl.burgernet.delivery.entity.InboundSms;
import nl.burgernet.delivery.entity.SmsDeliveryReceipt;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;

/**
 * The one bound transceiver session with the SMS centre, shared by every sender.
 *
 * <p>It binds when the application starts and, after the connection drops, binds again with a
 * growing pause (1 s, 2 s, 4 s ... up to {@code burgernet.smpp.reconnect-max-seconds}); a send that
 * finds no session tries to bind at once and otherwise fails, so the broker redelivers. At most
 * {@code burgernet.smpp.window-size} submit_sm are in flight; jSMPP's submit waits for its
 * submit_sm_resp, so senders that want several in flight submit on the window's own threads, one
 * per place in the window ({@link #inWindow}). When the SMS centre answers ESME_RTHROTTLED (or
 * ESME_RMSGQFUL) every sender pauses, twice as long on every further refusal, and after {@code
 * burgernet.smpp.throttle-retries} refusals the message goes back to the broker.
 *
 * <p>Delivery receipts and inbound messages arrive on this session and are fired as the CDI events
 * {@link SmsDeliveryReceipt} and {@link InboundSms}.
 */
@ApplicationScoped
public class SmscSession {

  private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
  private static final int BIND_TIMEOUT_MILLIS = 10_000;
  private static final int RESPONSE_TIMEOUT_MILLIS = 10_000;
  private static final Duration FIRST_RECONNECT_DELAY = Duration.ofSeconds(1);
  private static final Duration LONGEST_THROTTLE_PAUSE = Duration.ofSeconds(30);

  @Inject
  @ConfigProperty(name = "burgernet.smpp.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "burgernet.smpp.port", defaultValue = "2775")
  int port;

  // ".system.id", not "-id": the local peers' BURGERNET_SMPP_SYSTEM_ID reaches the tests' server as
  // a system property with every '_' turned into '.'
  @Inject
  @ConfigProperty(name = "burgernet.smpp.system.id", defaultValue = "burgernet")
  String systemId;

  @Inject
  @ConfigProperty(name = "burgernet.smpp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "burgernet.smpp.source-address", defaultValue = "Burgernet")
  String sourceAddress;

  @Inject
  @ConfigProperty(name = "burgernet.smpp.window-size", defaultValue = "10")
  int windowSize;

  @Inject
  @ConfigProperty(name = "burgernet.smpp.enquire-link-seconds", defaultValue = "30")
  int enquireLinkSeconds;

  @Inject
  @ConfigProperty(name = "burgernet.smpp.reconnect-max-seconds", defaultValue = "60")
  int reconnectMaxSeconds;

  @Inject
  @ConfigProperty(name = "burgernet.smpp.throttle-backoff-millis", defaultValue = "1000")
  long throttleBackoffMillis;

  @Inject
  @ConfigProperty(name = "burgernet.smpp.throttle-retries", defaultValue = "5")
  int throttleRetries;

  @Resource private ManagedScheduledExecutorService scheduler;

  /** Observers run on container threads, not on jSMPP's, so they have the application's context. */
  @Resource private ManagedExecutorService observers;

  /** Creates the window's submitting threads, with the application's context. */
  @Resource private ManagedThreadFactory threads;

  @Inject private Logger log;
  @Inject private Event<SmsDeliveryReceipt> receipts;
  @Inject private Event<InboundSms> inbound;

  private final Object lock = new Object();
  private SMPPSession session;
  private ScheduledFuture<?> reconnect;
  private Duration reconnectDelay = FIRST_RECONNECT_DELAY;
  private boolean closing;
  private Semaphore window;
  private ExecutorService submitters;
  private volatile long throttledUntilNanos = System.nanoTime();

  /** Binds in the background as soon as the application is up, so inbound SMS can arrive. */
  void bindAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    synchronized (lock) {
      scheduleReconnect(Duration.ZERO);
    }
  }

  /**
   * Submits one short message and returns the SMS centre's message id; throws when the SMS centre
   * cannot be reached or refuses it, so the caller's queue message is redelivered.
   */
  String submit(String destination, byte dataCoding, byte esmClass, byte[] shortMessage) {
    Semaphore inFlight = window();
    acquire(inFlight);
    try {
      for (int refusals = 0; ; refusals++) {
        pauseWhileThrottled();
        SMPPSession bound = bound();
        try {
          return bound
              .submitShortMessage(
                  "",
                  sourceTypeOfNumber(),
                  NumberingPlanIndicator.UNKNOWN,
                  sourceAddress,
                  TypeOfNumber.INTERNATIONAL,
                  NumberingPlanIndicator.ISDN,
                  destination,
                  new ESMClass(esmClass),
                  (byte) 0,
                  (byte) 0,
                  null,
                  null,
                  new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                  (byte) 0,
                  new RawDataCoding(dataCoding),
                  (byte) 0,
                  shortMessage)
              .getMessageId();
        } catch (NegativeResponseException e) {
          if (!isThrottling(e.getCommandStatus()) || refusals >= throttleRetries) {
            throw new IllegalStateException(
                "SMS centre refused the message: "
                    + String.format("0x%08x", e.getCommandStatus())
                    + (refusals > 0 ? " after " + refusals + " throttling pauses" : ""),
                e);
          }
          throttled(refusals);
        } catch (ResponseTimeoutException | InvalidResponseException | IOException e) {
          throw new IllegalStateException("SMS centre did not answer the submit_sm", e);
        } catch (PDUException e) {
          throw new IllegalArgumentException("SMS cannot be put in a submit_sm", e);
        }
      }
    } finally {
      inFlight.release();
    }
  }

  /**
   * Runs the submits on one of the window's threads, {@code burgernet.smpp.window-size} of them, so
   * the window fills while the caller goes on; what does not fit waits for a free thread.
   */
  <T> CompletableFuture<T> inWindow(Supplier<T> submits) {
    ExecutorService pool;
    synchronized (lock) {
      if (closing) {
        return CompletableFuture.failedFuture(
            new IllegalStateException("the SMS gateway is shutting down"));
      }
      if (submitters == null) {
        submitters = Executors.newFixedThreadPool(windowSize, threads);
      }
      pool = submitters;
    }
    return CompletableFuture.supplyAsync(submits, pool);
  }

  @PreDestroy
  void close() {
    SMPPSession last;
    synchronized (lock) {
      closing = true;
      if (submitters != null) {
        submitters.shutdown();
      }
      if (reconnect != null) {
        reconnect.cancel(false);
      }
      last = session;
      session = null;
    }
    if (last != null) {
      last.unbindAndClose();
    }
  }

  /** The bound session; binds first when there is none. */
  private SMPPSession bound() {
    SMPPSession previous;
    synchronized (lock) {
      if (session != null && session.getSessionState().isBound()) {
        return session;
      }
      if (closing) {
        throw new IllegalStateException("the SMS gateway is shutting down");
      }
      previous = session;
      session = null;
    }
    // closed outside the lock: jSMPP's close waits for its own threads, which may need the lock
    if (previous != null) {
      previous.close();
    }
    SMPPSession fresh = bind();
    synchronized (lock) {
      if (session != null && session.getSessionState().isBound()) {
        // another sender bound meanwhile; one session is enough
        fresh.unbindAndClose();
        return session;
      }
      session = fresh;
      reconnectDelay = FIRST_RECONNECT_DELAY;
      return fresh;
    }
  }

  private SMPPSession bind() {
    SMPPSession fresh = new SMPPSession(new NoDelaySocketConnectionFactory(CONNECT_TIMEOUT_MILLIS));
    fresh.setEnquireLinkTimer(enquireLinkSeconds * 1_000);
    fresh.setTransactionTimer(RESPONSE_TIMEOUT_MILLIS);
    fresh.setMessageReceiverListener(new Receiver());
    fresh.addSessionStateListener(this::stateChanged);
    try {
      fresh.connectAndBind(
          host,
          port,
          new BindParameter(
              BindType.BIND_TRX,
              systemId,
              password.orElse(""),
              "",
              TypeOfNumber.UNKNOWN,
              NumberingPlanIndicator.UNKNOWN,
              null),
          BIND_TIMEOUT_MILLIS);
    } catch (IOException e) {
      fresh.close();
      throw new IllegalStateException(
          "no bound session with the SMS centre at " + host + ":" + port + ": " + e.getMessage(),
          e);
    }
    log.info(() -> "Bound to the SMS centre at " + host + ":" + port + " as " + systemId);
    return fresh;
  }

  private void stateChanged(SessionState newState, SessionState oldState, Session source) {
    if (newState != SessionState.CLOSED) {
      return;
    }
    synchronized (lock) {
      if (source != session || closing) {
        return;
      }
      session = null;
      log.warning("Connection to the SMS centre lost; binding again");
      scheduleReconnect(reconnectDelay);
    }
  }

  /** Runs under the lock. */
  private void scheduleReconnect(Duration delay) {
    if (closing || (reconnect != null && !reconnect.isDone())) {
      return;
    }
    reconnect = scheduler.schedule(this::reconnect, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void reconnect() {
    try {
      bound();
    } catch (RuntimeException e) {
      synchronized (lock) {
        Duration retryIn = reconnectDelay;
        reconnectDelay =
            min(reconnectDelay.multipliedBy(2), Duration.ofSeconds(reconnectMaxSeconds));
        log.warning(
            () ->
                "SMS centre not reachable ("
                    + e.getMessage()
                    + "); next attempt in "
                    + retryIn.toSeconds()
                    + " s");
        reconnect = null;
        scheduleReconnect(retryIn);
      }
    }
  }

  private void throttled(int refusals) {
    Duration pause =
        min(
            Duration.ofMillis(throttleBackoffMillis << Math.min(refusals, 20)),
            LONGEST_THROTTLE_PAUSE);
    long until = System.nanoTime() + pause.toNanos();
    synchronized (lock) {
      if (until - throttledUntilNanos > 0) {
        throttledUntilNanos = until;
      }
    }
    log.info(() -> "SMS centre is throttling; pausing " + pause.toMillis() + " ms");
  }

  private void pauseWhileThrottled() {
    long wait = throttledUntilNanos - System.nanoTime();
    if (wait > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the SMS centre throttles", e);
      }
    }
  }

  private Semaphore window() {
    synchronized (lock) {
      if (window == null) {
        window = new Semaphore(windowSize, true);
      }
      return window;
    }
  }

  private static void acquire(Semaphore inFlight) {
    try {
      if (!inFlight.tryAcquire(RESPONSE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("SMPP window stayed full; the SMS centre is not answering");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the SMPP window", e);
    }
  }

  private TypeOfNumber sourceTypeOfNumber() {
    return sourceAddress.chars().allMatch(Character::isDigit)
        ? TypeOfNumber.INTERNATIONAL
        : TypeOfNumber.ALPHANUMERIC;
  }

  private static boolean isThrottling(int commandStatus) {
    return commandStatus == SMPPConstant.STAT_ESME_RTHROTTLED
        || commandStatus == SMPPConstant.STAT_ESME_RMSGQFUL;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * Runs on jSMPP's reader threads; events go out asynchronously so the SMS centre gets its ack.
   */
  private final class Receiver implements MessageReceiverListener {

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) {
      if (deliverSm.isSmscDeliveryReceipt()) {
        SmppReceipts.read(deliverSm)
            .ifPresentOrElse(
                receipt -> receipts.fireAsync(receipt, NotificationOptions.ofExecutor(observers)),
                () -> log.warning("Unreadable delivery receipt from the SMS centre ignored"));
      } else {
        inbound.fireAsync(
            SmppReceipts.inbound(deliverSm), NotificationOptions.ofExecutor(observers));
      }
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
      log.fine("alert_notification from the SMS centre ignored");
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source)
        throws ProcessRequestException {
      throw new ProcessRequestException(
          "data_sm is not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }
  }
}
