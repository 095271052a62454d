package nl.burgernet.delivery.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.delivery.control.ChunkPublisher;
import nl.burgernet.delivery.control.FanOut;
import nl.burgernet.delivery.control.RecipientLists;
import nl.burgernet.delivery.control.Throttles;
import nl.burgernet.delivery.entity.Delivery;
import nl.burgernet.delivery.entity.DeliveryState;
import nl.burgernet.delivery.entity.SendRequest;
import nl.burgernet.delivery.entity.SendRequestState;
import nl.burgernet.delivery.entity.SmsText;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.control.CallerScope;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.Scope;
import nl.burgernet.security.entity.StaffRole;

/**
 * The durable delivery pipeline, within the caller's scope: a send request becomes one delivery per
 * recipient and channel, written in one statement, and travels in chunks over the channel's queue
 * for its priority; staff watch its progress, stop it and retry what was dead-lettered. The police
 * communications officer sends too: the public action report's mail.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({
  StaffRole.Names.CONTROL_ROOM_OPERATOR,
  StaffRole.Names.COMMUNICATIONS_OFFICER,
  StaffRole.Names.MUNICIPALITY_AMBASSADOR,
  StaffRole.Names.INVESTIGATING_OFFICER,
  StaffRole.Names.REGIONAL_HELPDESK,
  StaffRole.Names.MANAGER,
  StaffRole.Names.FUNCTIONAL_ADMINISTRATOR
})
public class Deliveries {

  static final String AUDIT_OBJECT = "SendRequest";

  /** Failures and dead letters shown per request; the counts show how many there are. */
  public static final int MAXIMUM_PROBLEMS = 200;

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private FanOut fanOut;

  @Inject private ChunkPublisher publisher;

  @Inject private Throttles throttles;

  @Inject private RecipientLists recipientLists;

  @Inject private CallerScope callerScope;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Inject private Logger log;

  @Resource private SessionContext session;

  /**
   * Writes the deliveries and puts them on their queues, in this transaction. The same idempotency
   * key again returns the first request and sends nothing more.
   */
  public SendRequest submit(
      @NotNull @Valid SendOrder order, @NotNull @Valid RecipientSelection selection) {
    return write(session.getCallerPrincipal().getName(), order, selection);
  }

  /**
   * Submits on behalf of the staff member who planned the send earlier, at its time: a timer has no
   * caller and no role, so this method asks for none. Only code in the application can call it; it
   * sends within the scope that code acts with ({@code ScopeContext}), which is the planner's.
   */
  @PermitAll
  public SendRequest submitPlanned(
      @NotBlank String plannedBy,
      @NotNull @Valid SendOrder order,
      @NotNull @Valid RecipientSelection selection) {
    return write(plannedBy, order, selection);
  }

  private SendRequest write(String requestedBy, SendOrder order, RecipientSelection selection) {
    Optional<SendRequest> earlier = byKey(order.idempotencyKey());
    if (earlier.isPresent()) {
      log.info(() -> "Send request " + earlier.get().getId() + " submitted again; not sent again");
      return earlier.get();
    }
    if (selection.isEmpty()) {
      throw new InvalidInputException("delivery.selection.empty");
    }
    if (order.smsText() != null && !order.smsText().isBlank()) {
      checkSmsText(order.smsText());
    }
    Scope scope = callerScope.current();
    Instant now = clock.instant();
    SendRequest request;
    try {
      request =
          new SendRequest(
              order.idempotencyKey(),
              order.priority(),
              order.description(),
              order.content(),
              requestedBy,
              scope,
              now);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("delivery.content.incomplete");
    }
    try {
      em.persist(request);
      em.flush();
    } catch (PersistenceException e) {
      // the key is taken by a request outside the caller's scope, or by a submit at this moment
      throw new ConflictException("delivery.key.taken");
    }
    // the phases are timed for the log: a large send's submit has a time budget
    // (docs/benchmarks.md)
    long started = System.nanoTime();
    fanOut.deliveries(request.getId(), request.channelsWithContent(), selection, scope, now);
    long written = System.nanoTime();
    Map<Channel, List<Long>> ids = new EnumMap<>(Channel.class);
    request.channelsWithContent().forEach(c -> ids.put(c, fanOut.written(request.getId(), c)));
    long read = System.nanoTime();
    Map<Channel, Integer> counts = new EnumMap<>(Channel.class);
    ids.forEach((channel, channelIds) -> counts.put(channel, channelIds.size()));
    request.fannedOut(counts, now);
    int chunks = publishAll(request, ids);
    long published = System.nanoTime();
    auditTrail.record(AuditAction.CREATE, AUDIT_OBJECT, request.getId(), AuditResult.SUCCESS);
    log.info(
        () ->
            "Send request "
                + request.getId()
                + " ("
                + request.getPriority()
                + "): "
                + counts
                + " deliveries in "
                + chunks
                + " chunks; written in "
                + millis(written - started)
                + " ms, ids read in "
                + millis(read - written)
                + " ms, chunks sent in "
                + millis(published - read)
                + " ms (before the commit)");
    return request;
  }

  /** The ids of the request's deliveries in the state, per channel, in id order. */
  private Map<Channel, List<Long>> idsIn(SendRequest request, DeliveryState state) {
    Map<Channel, List<Long>> ids = new EnumMap<>(Channel.class);
    for (Channel channel : request.channelsWithContent()) {
      ids.put(
          channel,
          em.createNamedQuery(Delivery.IDS_IN_STATE, Long.class)
              .setParameter("request", request.getId())
              .setParameter("channel", channel)
              .setParameter("state", state)
              .getResultList());
    }
    return ids;
  }

  private int publishAll(SendRequest request, Map<Channel, List<Long>> ids) {
    int chunks = 0;
    for (Map.Entry<Channel, List<Long>> channel : ids.entrySet()) {
      chunks +=
          publisher.publish(
              request.getId(), channel.getKey(), request.getPriority(), channel.getValue());
    }
    return chunks;
  }

  /** Before sending: recipients and ETA per channel for this selection, as it stands now. */
  public List<ChannelEstimate> estimate(
      @NotNull @Valid RecipientSelection selection, @NotNull Set<Channel> channels) {
    Scope scope = callerScope.current();
    return channels.stream()
        .filter(SendRequest.SUPPORTED_CHANNELS::contains)
        .sorted()
        .map(
            channel -> {
              long recipients = fanOut.count(channel, selection, scope);
              return new ChannelEstimate(channel, recipients, throttles.eta(channel, recipients));
            })
        .toList();
  }

  /**
   * Before sending: the ETA per channel for recipients the caller counted itself, e.g. from the
   * participants' reachable channels (an action's live reach); channels the pipeline does not send
   * over are left out, as {@link #estimate(RecipientSelection, Set)} does.
   */
  public List<ChannelEstimate> estimate(@NotNull Map<@NotNull Channel, @NotNull Long> recipients) {
    return recipients.entrySet().stream()
        .filter(channel -> SendRequest.SUPPORTED_CHANNELS.contains(channel.getKey()))
        .sorted(Map.Entry.comparingByKey())
        .map(
            channel ->
                new ChannelEstimate(
                    channel.getKey(),
                    channel.getValue(),
                    throttles.eta(channel.getKey(), channel.getValue())))
        .toList();
  }

  /**
   * Stages participants for a send, in this transaction: for selections larger than a parameter
   * list may be, such as everyone in an action's area. Pass the selection to {@link #estimate} or
   * {@link #submit}, then {@link #discard} it; the usual rules (active, in scope, wants the
   * channel) still apply when it is used. No role asked: a planned mail stages its area when its
   * timer fires, without a caller; a list alone sends nothing.
   */
  @PermitAll
  public RecipientSelection stage(@NotNull Set<@NotNull Long> participantIds) {
    return RecipientSelection.staged(recipientLists.stage(participantIds, clock.instant()));
  }

  /** Removes a staged list once it has been sent to or estimated. */
  @PermitAll
  public void discard(@NotNull RecipientSelection staged) {
    if (staged.stagedListId() == null) {
      throw new IllegalArgumentException("not a staged selection");
    }
    recipientLists.discard(staged.stagedListId());
  }

  /** The participants (in the caller's scope) the requests reached or are reaching. */
  public Set<Long> reachedBy(@NotNull Set<@NotNull Long> requestIds) {
    if (requestIds.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        em.createNamedQuery(Delivery.PARTICIPANTS_REACHED, Long.class)
            .setParameter("requests", requestIds)
            .setParameter("states", DeliveryState.REACHING)
            .getResultList());
  }

  /**
   * How many of the requests reached each participant, for the participants reached at least {@code
   * atLeast} times: the busy ones, for a cap on messages per day.
   */
  public Map<Long, Integer> timesReached(@NotNull Set<@NotNull Long> requestIds, int atLeast) {
    Map<Long, Integer> times = new HashMap<>();
    if (requestIds.isEmpty()) {
      return times;
    }
    for (Object[] row :
        em.createNamedQuery(Delivery.TIMES_REACHED, Object[].class)
            .setParameter("requests", requestIds)
            .setParameter("states", DeliveryState.REACHING)
            .setParameter("atLeast", (long) atLeast)
            .getResultList()) {
      times.put((Long) row[0], ((Number) row[1]).intValue());
    }
    return times;
  }

  /** The newest requests first. */
  public List<SendRequest> latest(int maximum) {
    return em.createNamedQuery(SendRequest.LATEST, SendRequest.class)
        .setMaxResults(Math.max(1, Math.min(maximum, 500)))
        .getResultList();
  }

  /** How many of the request's mails came back from the receiving server (bounces). */
  public long bounced(@NotNull Long requestId) {
    find(requestId);
    return em.createNamedQuery(Delivery.COUNT_BOUNCED, Long.class)
        .setParameter("request", requestId)
        .setParameter("state", DeliveryState.FAILED)
        .setParameter("reason", Delivery.BOUNCED + "%")
        .getSingleResult();
  }

  public RequestProgress progress(@NotNull Long requestId) {
    SendRequest request = find(requestId);
    Map<Channel, Map<DeliveryState, Long>> counts = new EnumMap<>(Channel.class);
    for (Object[] row :
        em.createNamedQuery(Delivery.COUNTS, Object[].class)
            .setParameter("request", requestId)
            .getResultList()) {
      counts
          .computeIfAbsent((Channel) row[0], c -> new EnumMap<>(DeliveryState.class))
          .put((DeliveryState) row[1], ((Number) row[2]).longValue());
    }
    List<ChannelProgress> channels =
        request.channelsWithContent().stream()
            .sorted()
            .map(
                channel ->
                    new ChannelProgress(
                        channel,
                        request.countFor(channel),
                        counts.getOrDefault(channel, Map.of()),
                        throttles.eta(channel, request.countFor(channel))))
            .toList();
    return new RequestProgress(request, channels);
  }

  /** Deliveries that failed or were dead-lettered, with their reasons, oldest first. */
  public List<Delivery> problems(@NotNull Long requestId) {
    find(requestId);
    return em.createNamedQuery(Delivery.OF_REQUEST_IN_STATES, Delivery.class)
        .setParameter("request", requestId)
        .setParameter("states", EnumSet.of(DeliveryState.FAILED, DeliveryState.DEAD_LETTERED))
        .setMaxResults(MAXIMUM_PROBLEMS)
        .getResultList();
  }

  /**
   * Stops the request: every delivery not yet handed to a gateway is cancelled in one statement. A
   * consumer sending a chunk of it stops within a quarter of a second.
   *
   * @return how many deliveries were cancelled
   */
  public int recall(@NotNull Long requestId) {
    SendRequest request = find(requestId);
    if (!request.canMoveTo(SendRequestState.RECALLED)) {
      throw new ConflictException("delivery.recall.notSending");
    }
    Instant now = clock.instant();
    request.recall(now);
    int cancelled =
        em.createNamedQuery(Delivery.MOVE_ALL)
            .setParameter("target", DeliveryState.CANCELLED)
            .setParameter("now", now)
            .setParameter("request", requestId)
            .setParameter("sources", DeliveryState.leadingTo(DeliveryState.CANCELLED))
            .executeUpdate();
    auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, requestId, AuditResult.SUCCESS);
    log.info(() -> "Send request " + requestId + " recalled; " + cancelled + " cancelled");
    return cancelled;
  }

  /**
   * Sends the dead-lettered deliveries of the request again, once the gateway is back.
   *
   * @return how many deliveries go out again
   */
  public int retryDeadLetters(@NotNull Long requestId) {
    SendRequest request = find(requestId);
    if (request.getState() == SendRequestState.RECALLED) {
      throw new ConflictException("delivery.retry.recalled");
    }
    // the dead letters' ids are read before they move, so deliveries of this request that are
    // PENDING on the broker already are not put on it a second time
    Map<Channel, List<Long>> ids = idsIn(request, DeliveryState.DEAD_LETTERED);
    Instant now = clock.instant();
    int retried =
        em.createNamedQuery(Delivery.MOVE_ALL)
            .setParameter("target", DeliveryState.PENDING)
            .setParameter("now", now)
            .setParameter("request", requestId)
            .setParameter("sources", DeliveryState.leadingTo(DeliveryState.PENDING))
            .executeUpdate();
    if (retried > 0) {
      request.resume(now);
      publishAll(request, ids);
    }
    auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, requestId, AuditResult.SUCCESS);
    log.info(() -> "Send request " + requestId + ": " + retried + " dead letters sent again");
    return retried;
  }

  private SendRequest find(Long requestId) {
    SendRequest request = em.find(SendRequest.class, requestId);
    if (request == null) {
      throw new NotFoundException(AUDIT_OBJECT, requestId);
    }
    return request;
  }

  private Optional<SendRequest> byKey(String key) {
    return em.createNamedQuery(SendRequest.BY_KEY, SendRequest.class)
        .setParameter("key", key.strip())
        .getResultStream()
        .findFirst();
  }

  private static long millis(long nanos) {
    return nanos / 1_000_000;
  }

  private static void checkSmsText(String text) {
    try {
      SmsText.of(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("delivery.smsText.tooLong", SmsText.MAX_SEGMENTS);
    }
  }
}
