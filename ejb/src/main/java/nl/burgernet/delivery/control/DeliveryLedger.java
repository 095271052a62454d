package nl.burgernet.delivery.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.burgernet.delivery.entity.Delivery;
import nl.burgernet.delivery.entity.DeliveryState;
import nl.burgernet.delivery.entity.MailBounce;
import nl.burgernet.delivery.entity.SendRequest;
import nl.burgernet.delivery.entity.SendRequestState;
import nl.burgernet.delivery.entity.SmsDeliveryState;
import nl.burgernet.delivery.entity.SmsReply;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * The consumers' small transactions on the deliveries: take a chunk, record a batch of outcomes,
 * finish a request, apply a receipt. Each commits on its own (never around a gateway call), so a
 * crash loses at most the outcomes not yet recorded; those deliveries are still QUEUED and are sent
 * again when the broker redelivers their chunk.
 */
@Stateless
@ScopeFiltered
@SystemScope
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryLedger {

  /** The newest sends to a number that a reply is matched against; older ones are long done. */
  private static final int MAXIMUM_REPLY_MATCHES = 100;

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Clock clock;

  @Inject private Logger log;

  @Inject private Event<MailBounce> bounces;

  /**
   * Takes the chunk's deliveries that are still to send (skipping those a recall cancelled or an
   * earlier delivery of this chunk already sent) and returns them with the content.
   */
  public ChunkWork take(DeliveryChunk chunk) {
    SendRequest request = em.find(SendRequest.class, chunk.requestId());
    if (request == null) {
      throw new IllegalArgumentException("chunk of unknown send request " + chunk.requestId());
    }
    List<Delivery> open =
        request.getState() == SendRequestState.RECALLED
            ? List.of()
            : em.createNamedQuery(Delivery.OF_IDS_IN_STATES, Delivery.class)
                .setParameter("ids", chunk.deliveryIds())
                .setParameter("states", DeliveryState.leadingTo(DeliveryState.QUEUED))
                // locked, so a recall committing meanwhile is seen here or waits for this take
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    Instant now = clock.instant();
    open.forEach(delivery -> delivery.take(now));
    Map<Long, Object[]> recipients =
        chunk.channel() == Channel.EMAIL ? namesAndTokens(open) : Map.of();
    return new ChunkWork(
        request.getId(),
        request.getPriority(),
        request.getSmsText().orElse(null),
        request.getMailSubject().orElse(null),
        request.getMailBody().orElse(null),
        request.getMailHtml().orElse(null),
        request.getVoiceScript().orElse(null),
        request.getAppTitle().orElse(null),
        request.getAppBody().orElse(null),
        open.stream().map(delivery -> task(delivery, recipients)).toList());
  }

  /** Name and unsubscribe token of each delivery's participant, by participant id. */
  private Map<Long, Object[]> namesAndTokens(List<Delivery> deliveries) {
    if (deliveries.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "SELECT p.id, p.name, p.unsubscribeToken FROM Participant p WHERE p.id IN :ids",
            Object[].class)
        .setParameter("ids", deliveries.stream().map(Delivery::getParticipantId).toList())
        .getResultList()
        .stream()
        .collect(Collectors.toMap(row -> (Long) row[0], Function.identity()));
  }

  private static ChunkWork.Task task(Delivery delivery, Map<Long, Object[]> recipients) {
    Object[] recipient = recipients.get(delivery.getParticipantId());
    return recipient == null
        ? new ChunkWork.Task(delivery.getId(), delivery.getAddress(), delivery.getParticipantId())
        : new ChunkWork.Task(
            delivery.getId(),
            delivery.getAddress(),
            delivery.getParticipantId(),
            (String) recipient[1],
            (String) recipient[2]);
  }

  /**
   * Records a batch of outcomes; a delivery whose state does not allow the outcome (say, it was
   * delivered meanwhile) keeps its state.
   *
   * @return whether the request is still sending, i.e. not recalled
   */
  public boolean record(long requestId, List<Outcome> outcomes) {
    if (!outcomes.isEmpty()) {
      Map<Long, Delivery> deliveries =
          em
              .createNamedQuery(Delivery.OF_IDS_IN_STATES, Delivery.class)
              .setParameter("ids", outcomes.stream().map(Outcome::deliveryId).toList())
              .setParameter("states", EnumSet.allOf(DeliveryState.class))
              .getResultList()
              .stream()
              .collect(Collectors.toMap(Delivery::getId, Function.identity()));
      Instant now = clock.instant();
      for (Outcome outcome : outcomes) {
        Delivery delivery = deliveries.get(outcome.deliveryId());
        if (delivery != null) {
          apply(delivery, outcome, now);
        }
      }
    }
    SendRequest request = em.find(SendRequest.class, requestId);
    return request != null && request.getState() != SendRequestState.RECALLED;
  }

  private void apply(Delivery delivery, Outcome outcome, Instant now) {
    DeliveryState target =
        switch (outcome.kind()) {
          case SENT -> DeliveryState.SENT;
          case DELIVERED -> DeliveryState.SENT;
          case FAILED -> DeliveryState.FAILED;
          case DEAD_LETTERED -> DeliveryState.DEAD_LETTERED;
          case ATTEMPT_FAILED -> DeliveryState.QUEUED;
        };
    if (!delivery.canMoveTo(target)) {
      log.fine(() -> "Delivery " + delivery.getId() + " stays " + delivery.getState());
      return;
    }
    switch (outcome.kind()) {
      case SENT -> delivery.sent(outcome.providerMessageId(), now);
      case DELIVERED -> {
        delivery.sent(outcome.providerMessageId(), now);
        delivery.delivered(now);
      }
      case FAILED -> delivery.fail(outcome.reason(), now);
      case DEAD_LETTERED -> delivery.deadLetter(outcome.reason(), now);
      case ATTEMPT_FAILED -> delivery.attemptFailed(outcome.reason());
    }
  }

  /** Marks the request finished when none of its deliveries waits any more. */
  public void finishIfDone(long requestId) {
    SendRequest request = em.find(SendRequest.class, requestId);
    if (request == null || !request.canMoveTo(SendRequestState.FINISHED)) {
      return;
    }
    // asks for one open delivery, not their number: every chunk of a 300,000-mail request ends
    // here, and counting would read the request's whole index range each time
    boolean noneOpen =
        em.createNamedQuery(Delivery.IDS_OF_REQUEST_IN_STATES, Long.class)
            .setParameter("request", requestId)
            .setParameter("states", DeliveryState.OPEN)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (noneOpen) {
      request.finish(clock.instant());
      log.info(() -> "Send request " + requestId + " finished");
    }
  }

  /**
   * Applies an SMS centre's receipt to the delivery whose first segment it names.
   *
   * @return false when no sent delivery has that message id (yet)
   */
  public boolean receipt(String messageId, SmsDeliveryState state) {
    List<Delivery> matching =
        em.createNamedQuery(Delivery.BY_PROVIDER_MESSAGE_ID, Delivery.class)
            .setParameter("messageId", messageId)
            .getResultList();
    Instant now = clock.instant();
    boolean applied = false;
    for (Delivery delivery : matching) {
      if (state == SmsDeliveryState.DELIVERED && delivery.canMoveTo(DeliveryState.DELIVERED)) {
        delivery.delivered(now);
        applied = true;
      } else if (state != SmsDeliveryState.DELIVERED && delivery.canMoveTo(DeliveryState.FAILED)) {
        delivery.fail("SMS centre: " + state, now);
        applied = true;
      }
    }
    return applied;
  }

  /** The sends that reached the address over the channel since then, newest first. */
  public List<SmsReply.Reached> reached(String address, Channel channel, Instant since) {
    return em
        .createNamedQuery(Delivery.TO_ADDRESS_SINCE, Delivery.class)
        .setParameter("address", address)
        .setParameter("channel", channel)
        .setParameter("since", since)
        .setMaxResults(MAXIMUM_REPLY_MATCHES)
        .getResultList()
        .stream()
        .filter(delivery -> DeliveryState.REACHING.contains(delivery.getState()))
        .map(delivery -> new SmsReply.Reached(delivery.getRequestId(), delivery.getParticipantId()))
        .toList();
  }

  /**
   * Applies a bounce: the mail's delivery (found by the Message-ID the bounce quotes, else the
   * latest mail sent to the address) fails with the receiving server's words, and the participant
   * component hears of the bounce, in this transaction, also when no delivery matches (a single
   * mail such as a confirmation).
   *
   * @return whether a delivery was marked failed
   */
  public boolean bounced(Bounce bounce) {
    Optional<Delivery> delivery =
        bounce
            .messageId()
            .flatMap(
                id ->
                    em.createNamedQuery(Delivery.BY_PROVIDER_MESSAGE_ID, Delivery.class)
                        .setParameter("messageId", id)
                        .getResultStream()
                        .findFirst())
            .or(() -> latestMailTo(bounce.recipient()));
    boolean failed = delivery.filter(d -> d.canMoveTo(DeliveryState.FAILED)).isPresent();
    if (failed) {
      delivery.get().bounce(bounce.diagnostic(), clock.instant());
    }
    String address = delivery.map(Delivery::getAddress).orElse(bounce.recipient());
    bounces.fire(new MailBounce(address, bounce.permanent(), bounce.diagnostic()));
    log.info(
        () ->
            "Bounce for "
                + Delivery.mask(address)
                + (bounce.permanent() ? " (permanent)" : " (transient)")
                + delivery.map(d -> ": delivery " + d.getId() + " failed").orElse(""));
    return failed;
  }

  private Optional<Delivery> latestMailTo(String address) {
    return em.createQuery(
            "SELECT d FROM Delivery d WHERE d.channel = :channel AND d.address = :address"
                + " AND d.state = :state ORDER BY d.sentAt DESC, d.id DESC",
            Delivery.class)
        .setParameter("channel", Channel.EMAIL)
        .setParameter("address", address)
        .setParameter("state", DeliveryState.SENT)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
