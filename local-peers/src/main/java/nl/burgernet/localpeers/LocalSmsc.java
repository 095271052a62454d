package nl.burgernet.localpeers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.ServerResponseDeliveryListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

/**
 * A real SMS centre on 127.0.0.1 speaking SMPP 3.4 (jSMPP's server side), for the embedded run and
 * the tests.
 *
 * <p>It accepts binds with its system id and password, answers every submit_sm with a message id,
 * decodes and keeps what was submitted ({@link #submitted()}, joined into whole messages by {@link
 * #received()}), and sends a delivery receipt (deliver_sm with the standard receipt text, state
 * DELIVRD) for every submit_sm that asked for one. Tests can make it answer ESME_RTHROTTLED for a
 * while ({@link #throttleFor}), drop every connection ({@link #dropConnections}) and send an
 * inbound SMS ({@link #sendInbound}). Messages are kept in memory only.
 */
public final class LocalSmsc implements AutoCloseable {

  /** The credentials of the local SMSC; SMPP 3.4 allows 8 characters of password. */
  public static final String SYSTEM_ID = "burgernet";

  public static final String PASSWORD = "lokaal";

  private static final Logger LOG = Logger.getLogger(LocalSmsc.class.getName());
  private static final long BIND_TIMEOUT_MILLIS = 5_000;
  private static final byte UDH_INDICATOR = 0x40;

  private final int requestedPort;
  private final String systemId;
  private final String password;

  private final List<SubmittedSms> submitted = new CopyOnWriteArrayList<>();
  private final Map<String, SubmittedSms> byMessageId = new ConcurrentHashMap<>();
  private final Set<SMPPServerSession> boundSessions = ConcurrentHashMap.newKeySet();
  private final AtomicLong lastMessageId = new AtomicLong();
  private final AtomicInteger binds = new AtomicInteger();
  private final AtomicInteger throttledAnswers = new AtomicInteger();
  private final AtomicInteger receiptsSent = new AtomicInteger();
  private volatile Instant throttledUntil = Instant.MIN;

  private SMPPServerSessionListener listener;
  private ExecutorService workers;
  private Thread acceptor;
  private volatile boolean running;
  private int port;
  private Duration startupTime = Duration.ZERO;

  /**
   * @param port SMPP port on 127.0.0.1, 0 for a free one
   */
  public LocalSmsc(int port) {
    this(port, SYSTEM_ID, PASSWORD);
  }

  public LocalSmsc(int port, String systemId, String password) {
    this.requestedPort = port;
    this.systemId = systemId;
    this.password = password;
  }

  public synchronized void start() {
    if (running) {
      throw new IllegalStateException("SMSC already started");
    }
    long started = System.nanoTime();
    port = FreePort.resolve(requestedPort);
    try {
      listener = new SMPPServerSessionListener(port, new NoDelayServerConnectionFactory());
    } catch (IOException e) {
      throw new IllegalStateException("SMSC cannot listen on port " + port, e);
    }
    listener.setMessageReceiverListener(new Submissions());
    listener.setResponseDeliveryListener(new Receipts());
    listener.setSessionStateListener(this::sessionStateChanged);
    workers = Executors.newCachedThreadPool(new DaemonThreads("local-smsc-worker"));
    running = true;
    acceptor = new Thread(this::acceptConnections, "local-smsc-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
    startupTime = Duration.ofNanos(System.nanoTime() - started);
    LOG.info(
        () ->
            "SMSC ready on 127.0.0.1:"
                + port
                + " (SMPP, system id "
                + systemId
                + ") in "
                + startupTime.toMillis()
                + " ms");
  }

  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    try {
      listener.close();
    } catch (IOException e) {
      LOG.warning(() -> "SMSC listener did not close cleanly: " + e.getMessage());
    }
    dropConnections();
    workers.shutdownNow();
  }

  @Override
  public void close() {
    stop();
  }

  public int port() {
    return port;
  }

  public String systemId() {
    return systemId;
  }

  public String password() {
    return password;
  }

  public Duration startupTime() {
    return startupTime;
  }

  /** Every submit_sm accepted since start (or the last purge), oldest first. */
  public List<SubmittedSms> submitted() {
    return List.copyOf(submitted);
  }

  /**
   * Whole messages, in the order their first segment arrived: single submit_sm as they are, the
   * segments of a concatenated text joined once all of them are in.
   */
  public List<ReceivedSms> received() {
    Map<String, List<SubmittedSms>> texts = new LinkedHashMap<>();
    for (SubmittedSms segment : submitted) {
      String key =
          segment
              .concatenation()
              .map(c -> segment.source() + "|" + segment.destination() + "|" + c.reference())
              .orElse("single|" + segment.messageId());
      texts.computeIfAbsent(key, k -> new ArrayList<>()).add(segment);
    }
    List<ReceivedSms> messages = new ArrayList<>();
    for (List<SubmittedSms> segments : texts.values()) {
      whole(segments).ifPresent(messages::add);
    }
    return messages;
  }

  /** Waits until a whole message matches, or the time is up. */
  public Optional<ReceivedSms> awaitMessage(Predicate<ReceivedSms> match, Duration timeout) {
    return Waiting.until(() -> received().stream().filter(match).findFirst(), timeout);
  }

  /** Forgets everything received. */
  public void purge() {
    submitted.clear();
    byMessageId.clear();
  }

  /** Answers every submit_sm with ESME_RTHROTTLED until the time is up. */
  public void throttleFor(Duration duration) {
    throttledUntil = Instant.now().plus(duration);
    LOG.info(() -> "SMSC answers ESME_RTHROTTLED for " + duration.toMillis() + " ms");
  }

  /** How many submit_sm were refused with ESME_RTHROTTLED since start. */
  public int throttledAnswers() {
    return throttledAnswers.get();
  }

  /** Closes every connection at once, without unbind, as a failing network or SMSC would. */
  public int dropConnections() {
    List<SMPPServerSession> dropped = List.copyOf(boundSessions);
    boundSessions.clear();
    dropped.forEach(SMPPServerSession::close);
    if (!dropped.isEmpty()) {
      LOG.info(() -> "SMSC dropped " + dropped.size() + " connection(s)");
    }
    return dropped.size();
  }

  /** Successful binds since start; a reconnecting client binds again. */
  public int binds() {
    return binds.get();
  }

  /** Sessions bound right now. */
  public int boundSessions() {
    return boundSessions.size();
  }

  /** Delivery receipts the client acknowledged since start. */
  public int receiptsSent() {
    return receiptsSent.get();
  }

  /**
   * Sends an inbound SMS (deliver_sm) from a handset to the most recently bound receiver or
   * transceiver, in GSM-7 when the text fits, otherwise UCS-2, and waits for its acknowledgement.
   *
   * @param from the handset, e.g. {@code +31612345678}
   * @param to the number or short code it was sent to
   */
  public void sendInbound(String from, String to, String text) {
    SMPPServerSession session =
        boundSessions.stream()
            .filter(s -> s.getSessionState().isReceivable())
            .max(Comparator.comparingLong(SMPPServerSession::getLastActivityTimestamp))
            .orElseThrow(() -> new IllegalStateException("no client bound to receive SMS"));
    boolean gsm7 = SmsAlphabets.fitsGsm7(text);
    byte[] payload =
        gsm7 ? SmsAlphabets.encodeGsm7(text) : text.getBytes(StandardCharsets.UTF_16BE);
    if (payload.length > (gsm7 ? 160 : 140)) {
      throw new IllegalArgumentException("an inbound SMS here is one segment");
    }
    boolean international = from.startsWith("+");
    try {
      session.deliverShortMessage(
          "",
          international ? TypeOfNumber.INTERNATIONAL : TypeOfNumber.UNKNOWN,
          international ? NumberingPlanIndicator.ISDN : NumberingPlanIndicator.UNKNOWN,
          international ? from.substring(1) : from,
          TypeOfNumber.UNKNOWN,
          NumberingPlanIndicator.UNKNOWN,
          to,
          new ESMClass(),
          (byte) 0,
          (byte) 0,
          new RegisteredDelivery(),
          new RawDataCoding(gsm7 ? (byte) 0x00 : (byte) 0x08),
          payload);
    } catch (PDUException
        | ResponseTimeoutException
        | InvalidResponseException
        | NegativeResponseException
        | IOException e) {
      throw new IllegalStateException("the client did not take the inbound SMS", e);
    }
  }

  private void acceptConnections() {
    while (running) {
      try {
        SMPPServerSession session = listener.accept();
        workers.execute(() -> awaitBind(session));
      } catch (IOException e) {
        if (running) {
          LOG.warning(() -> "SMSC could not accept a connection: " + e.getMessage());
        }
      }
    }
  }

  private void awaitBind(SMPPServerSession session) {
    try {
      BindRequest bind = session.waitForBind(BIND_TIMEOUT_MILLIS);
      if (!systemId.equals(bind.getSystemId())) {
        bind.reject(SMPPConstant.STAT_ESME_RINVSYSID);
        LOG.warning(() -> "SMSC refused a bind with an unknown system id");
      } else if (!password.equals(bind.getPassword())) {
        bind.reject(SMPPConstant.STAT_ESME_RINVPASWD);
        LOG.warning(() -> "SMSC refused a bind with a wrong password");
      } else {
        // counted before the bind_resp goes out, so a client that sees itself bound sees it counted
        boundSessions.add(session);
        binds.incrementAndGet();
        bind.accept(systemId);
        LOG.info(() -> "SMSC: " + systemId + " bound (" + bind.getBindType() + ")");
      }
    } catch (TimeoutException e) {
      LOG.warning("SMSC: a client connected but did not bind in time");
    } catch (PDUStringException | IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "SMSC: bind failed", e);
      session.close();
    }
  }

  private void sessionStateChanged(SessionState newState, SessionState oldState, Session source) {
    if (newState == SessionState.CLOSED && source instanceof SMPPServerSession session) {
      boundSessions.remove(session);
    }
  }

  private SubmittedSms record(SubmitSm submitSm, String messageId) {
    byte[] message = submitSm.getShortMessage();
    if (message == null || message.length == 0) {
      OptionalParameter payload =
          submitSm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
      message =
          payload instanceof OptionalParameter.OctetString octets ? octets.getValue() : new byte[0];
    }
    Optional<SubmittedSms.Concatenation> concatenation = Optional.empty();
    byte[] text = message;
    if ((submitSm.getEsmClass() & UDH_INDICATOR) != 0 && message.length > 0) {
      int headerLength = 1 + (message[0] & 0xFF);
      concatenation = concatenation(message, headerLength);
      text = Arrays.copyOfRange(message, Math.min(headerLength, message.length), message.length);
    }
    return new SubmittedSms(
        messageId,
        submitSm.getSourceAddr(),
        submitSm.getDestAddress(),
        submitSm.getDataCoding() & 0xFF,
        concatenation,
        SmsAlphabets.decode(submitSm.getDataCoding(), text),
        SMSCDeliveryReceipt.SUCCESS_FAILURE.containedIn(submitSm.getRegisteredDelivery())
            || SMSCDeliveryReceipt.SUCCESS.containedIn(submitSm.getRegisteredDelivery()),
        Instant.now());
  }

  /** Finds the 8-bit (IEI 0) or 16-bit (IEI 8) concatenation element in the header. */
  private static Optional<SubmittedSms.Concatenation> concatenation(byte[] message, int headerEnd) {
    int i = 1;
    while (i + 1 < headerEnd && headerEnd <= message.length) {
      int element = message[i] & 0xFF;
      int length = message[i + 1] & 0xFF;
      int data = i + 2;
      if (element == 0x00 && length == 3) {
        return Optional.of(
            new SubmittedSms.Concatenation(
                message[data] & 0xFF, message[data + 1] & 0xFF, message[data + 2] & 0xFF));
      }
      if (element == 0x08 && length == 4) {
        return Optional.of(
            new SubmittedSms.Concatenation(
                ((message[data] & 0xFF) << 8) | (message[data + 1] & 0xFF),
                message[data + 2] & 0xFF,
                message[data + 3] & 0xFF));
      }
      i = data + length;
    }
    return Optional.empty();
  }

  private static Optional<ReceivedSms> whole(List<SubmittedSms> segments) {
    SubmittedSms first = segments.get(0);
    if (first.concatenation().isEmpty()) {
      return Optional.of(
          new ReceivedSms(first.destination(), first.dataCoding(), segments, first.text()));
    }
    int total = first.concatenation().get().total();
    Map<Integer, SubmittedSms> byNumber = new TreeMap<>();
    segments.forEach(s -> byNumber.putIfAbsent(s.concatenation().orElseThrow().number(), s));
    if (byNumber.size() < total) {
      return Optional.empty();
    }
    List<SubmittedSms> ordered = List.copyOf(byNumber.values());
    StringBuilder text = new StringBuilder();
    ordered.forEach(s -> text.append(s.text()));
    return Optional.of(
        new ReceivedSms(first.destination(), first.dataCoding(), ordered, text.toString()));
  }

  private void logWhenWhole(SubmittedSms segment) {
    boolean last = segment.concatenation().map(c -> c.number() == c.total()).orElse(true);
    if (last && LOG.isLoggable(Level.INFO)) {
      LOG.info(
          () ->
              "SMSC received an SMS for "
                  + masked(segment.destination())
                  + (segment.dataCoding() == 8 ? " (UCS-2" : " (GSM-7")
                  + segment.concatenation().map(c -> ", " + c.total() + " segments)").orElse(")")
                  + ", message id "
                  + segment.messageId());
    }
  }

  /** Phone numbers stay out of the log: only the country and network digits show. */
  private static String masked(String number) {
    int shown = Math.min(4, number.length());
    return number.substring(0, shown) + "*".repeat(number.length() - shown);
  }

  private void sendReceipt(SMPPServerSession session, SubmittedSms segment) {
    String excerpt = segment.text().replaceAll("[^\\x20-\\x7E]", "?");
    DeliveryReceipt receipt =
        new DeliveryReceipt(
            segment.messageId(),
            1,
            1,
            Date.from(segment.receivedAt()),
            new Date(),
            DeliveryReceiptState.DELIVRD,
            "000",
            excerpt);
    try {
      session.deliverShortMessage(
          "",
          TypeOfNumber.INTERNATIONAL,
          NumberingPlanIndicator.ISDN,
          segment.destination(),
          TypeOfNumber.UNKNOWN,
          NumberingPlanIndicator.UNKNOWN,
          segment.source(),
          new ESMClass(
              MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
          (byte) 0,
          (byte) 0,
          new RegisteredDelivery(),
          new RawDataCoding((byte) 0x01),
          receipt.toString().getBytes(StandardCharsets.US_ASCII));
      receiptsSent.incrementAndGet();
    } catch (PDUException
        | ResponseTimeoutException
        | InvalidResponseException
        | NegativeResponseException
        | IOException
        | IllegalStateException e) {
      LOG.warning(
          () ->
              "SMSC could not send the receipt for " + segment.messageId() + ": " + e.getMessage());
    }
  }

  /** What the SMSC does with each request of a bound client. */
  private final class Submissions implements ServerMessageReceiverListener {

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
        throws ProcessRequestException {
      if (Instant.now().isBefore(throttledUntil)) {
        throttledAnswers.incrementAndGet();
        throw new ProcessRequestException("throttled", SMPPConstant.STAT_ESME_RTHROTTLED);
      }
      String messageId = String.format("%010x", lastMessageId.incrementAndGet());
      SubmittedSms segment = record(submitSm, messageId);
      byMessageId.put(messageId, segment);
      submitted.add(segment);
      logWhenWhole(segment);
      try {
        return new SubmitSmResult(new MessageId(messageId), new OptionalParameter[0]);
      } catch (PDUStringException e) {
        throw new ProcessRequestException("no message id", SMPPConstant.STAT_ESME_RSYSERR);
      }
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public void onAcceptCancelBroadcastSm(
        CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(
        QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
        throws ProcessRequestException {
      throw unsupported();
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source)
        throws ProcessRequestException {
      throw unsupported();
    }

    private ProcessRequestException unsupported() {
      return new ProcessRequestException(
          "the local SMSC only takes submit_sm", SMPPConstant.STAT_ESME_RINVCMDID);
    }
  }

  /** Sends the receipt once the submit_sm_resp is out, so the client knows the id first. */
  private final class Receipts implements ServerResponseDeliveryListener {

    @Override
    public void onSubmitSmRespSent(SubmitSmResult result, SMPPServerSession source) {
      SubmittedSms segment = byMessageId.get(result.getMessageId());
      if (segment != null && segment.deliveryReceiptRequested() && running) {
        workers.execute(() -> sendReceipt(source, segment));
      }
    }

    @Override
    public void onSubmitSmRespError(
        SubmitSmResult result, Exception cause, SMPPServerSession source) {
      LOG.warning(() -> "SMSC could not answer a submit_sm: " + cause.getMessage());
    }

    @Override
    public void onSubmitMultiRespSent(SubmitMultiResult result, SMPPServerSession source) {
      // submit_multi is refused, so no response is ever sent
    }

    @Override
    public void onSubmitMultiRespError(
        SubmitMultiResult result, Exception cause, SMPPServerSession source) {
      // submit_multi is refused, so no response is ever sent
    }
  }
}
