package nl.burgernet.delivery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import nl.burgernet.participant.entity.Channel;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * One message of a send request to one participant over one channel. Deliveries are written in bulk
 * (INSERT ... SELECT, never through this class's constructor); the rules for their state live here
 * and in {@link DeliveryState}, and the bulk updates take their source states from there.
 *
 * <p>Scoped by the participant's municipality and region, copied at fan-out.
 */
@Entity
@Table(name = "delivery")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = Delivery.COUNTS,
    query =
        "SELECT d.channel, d.state, COUNT(d) FROM Delivery d WHERE d.requestId = :request"
            + " GROUP BY d.channel, d.state")
@NamedQuery(
    name = Delivery.IDS_IN_STATE,
    query =
        "SELECT d.id FROM Delivery d WHERE d.requestId = :request AND d.channel = :channel"
            + " AND d.state = :state ORDER BY d.id")
@NamedQuery(
    name = Delivery.OF_IDS_IN_STATES,
    query = "SELECT d FROM Delivery d WHERE d.id IN :ids AND d.state IN :states ORDER BY d.id")
@NamedQuery(
    name = Delivery.OF_REQUEST_IN_STATES,
    query =
        "SELECT d FROM Delivery d WHERE d.requestId = :request AND d.state IN :states"
            + " ORDER BY d.id")
@NamedQuery(
    name = Delivery.IDS_OF_REQUEST_IN_STATES,
    query = "SELECT d.id FROM Delivery d WHERE d.requestId = :request AND d.state IN :states")
@NamedQuery(
    name = Delivery.MOVE_ALL,
    query =
        "UPDATE Delivery d SET d.state = :target, d.stateChangedAt = :now"
            + " WHERE d.requestId = :request AND d.state IN :sources")
@NamedQuery(
    name = Delivery.BY_PROVIDER_MESSAGE_ID,
    query = "SELECT d FROM Delivery d WHERE d.providerMessageId = :messageId")
@NamedQuery(
    name = Delivery.PARTICIPANTS_REACHED,
    query =
        "SELECT DISTINCT d.participantId FROM Delivery d WHERE d.requestId IN :requests"
            + " AND d.state IN :states")
@NamedQuery(
    name = Delivery.TIMES_REACHED,
    query =
        "SELECT d.participantId, COUNT(DISTINCT d.requestId) FROM Delivery d"
            + " WHERE d.requestId IN :requests AND d.state IN :states GROUP BY d.participantId"
            + " HAVING COUNT(DISTINCT d.requestId) >= :atLeast")
@NamedQuery(
    name = Delivery.TO_ADDRESS_SINCE,
    query =
        "SELECT d FROM Delivery d WHERE d.address = :address AND d.channel = :channel"
            + " AND d.createdAt >= :since ORDER BY d.createdAt DESC, d.id DESC")
@NamedQuery(
    name = Delivery.REQUEST_TO_PARTICIPANT,
    query =
        "SELECT d.requestId FROM Delivery d WHERE d.id = :id AND d.participantId = :participant")
@NamedQuery(
    name = Delivery.COUNT_BOUNCED,
    query =
        "SELECT COUNT(d) FROM Delivery d WHERE d.requestId = :request AND d.state = :state"
            + " AND d.reason LIKE :reason")
public class Delivery {

  public static final String COUNTS = "Delivery.counts";
  public static final String IDS_IN_STATE = "Delivery.idsInState";
  public static final String OF_IDS_IN_STATES = "Delivery.ofIdsInStates";
  public static final String OF_REQUEST_IN_STATES = "Delivery.ofRequestInStates";
  public static final String IDS_OF_REQUEST_IN_STATES = "Delivery.idsOfRequestInStates";
  public static final String MOVE_ALL = "Delivery.moveAll";
  public static final String BY_PROVIDER_MESSAGE_ID = "Delivery.byProviderMessageId";
  public static final String PARTICIPANTS_REACHED = "Delivery.participantsReached";
  public static final String TIMES_REACHED = "Delivery.timesReached";
  public static final String TO_ADDRESS_SINCE = "Delivery.toAddressSince";
  public static final String REQUEST_TO_PARTICIPANT = "Delivery.requestToParticipant";
  public static final String COUNT_BOUNCED = "Delivery.countBounced";

  /** How the reason of a delivery failed by a bounce begins; reports count bounces by it. */
  public static final String BOUNCED = "Bounce: ";

  public static final int REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false, updatable = false)
  private Long requestId;

  @Column(name = "participant_id", nullable = false, updatable = false)
  private Long participantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private Channel channel;

  @Column(nullable = false, length = 254, updatable = false)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DeliveryState state;

  @Column(nullable = false)
  private int attempts;

  @Column(length = REASON_LENGTH)
  private String reason;

  @Column(name = "provider_message_id", length = 80)
  private String providerMessageId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "state_changed_at", nullable = false)
  private Instant stateChangedAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected Delivery() {}

  /** A consumer took the delivery's chunk; one more attempt begins. */
  public void take(Instant now) {
    moveTo(DeliveryState.QUEUED, now);
    attempts++;
  }

  /**
   * The gateway took the message.
   *
   * @param providerMessageId the provider's id to match receipts with, if it gives one
   */
  public void sent(String providerMessageId, Instant now) {
    moveTo(DeliveryState.SENT, now);
    this.providerMessageId = providerMessageId;
    this.sentAt = now;
    this.reason = null;
  }

  /** Refused for good (an address the gateway cannot use, a receipt saying it never arrived). */
  public void fail(String reason, Instant now) {
    moveTo(DeliveryState.FAILED, now);
    this.reason = shortened(reason);
  }

  /** The receiving mail server sent the mail back (a bounce), in its own words. */
  public void bounce(String diagnostic, Instant now) {
    fail(BOUNCED + diagnostic, now);
  }

  /** The gateway kept failing until the last attempt; staff may retry it. */
  public void deadLetter(String reason, Instant now) {
    moveTo(DeliveryState.DEAD_LETTERED, now);
    this.reason = shortened(reason);
  }

  /** The gateway failed this time; the delivery stays taken and is tried again. */
  public void attemptFailed(String reason) {
    if (state != DeliveryState.QUEUED) {
      throw new IllegalStateException("only a delivery being sent can fail an attempt");
    }
    this.reason = shortened(reason);
  }

  /** The provider reports the message arrived. */
  public void delivered(Instant now) {
    moveTo(DeliveryState.DELIVERED, now);
  }

  public boolean canMoveTo(DeliveryState target) {
    return state.canMoveTo(target);
  }

  private void moveTo(DeliveryState target, Instant now) {
    if (!state.canMoveTo(target)) {
      throw new IllegalStateException("a delivery cannot go from " + state + " to " + target);
    }
    this.state = target;
    this.stateChangedAt = now;
  }

  private static String shortened(String reason) {
    String text = reason == null || reason.isBlank() ? "unknown" : reason.strip();
    return text.length() <= REASON_LENGTH ? text : text.substring(0, REASON_LENGTH - 1) + "…";
  }

  /** The address as staff screens and logs may show it. */
  public String maskedAddress() {
    return mask(address);
  }

  /** "+31612345678" becomes "+316*****678", "jan@example.nl" becomes "j***@example.nl". */
  public static String mask(String address) {
    int at = address.indexOf('@');
    if (at > 0) {
      return address.charAt(0) + "***" + address.substring(at);
    }
    int shown = Math.min(4, address.length());
    int tail = address.length() > 7 ? 3 : 0;
    return address.substring(0, shown)
        + "*".repeat(Math.max(0, address.length() - shown - tail))
        + address.substring(address.length() - tail);
  }

  public Long getId() {
    return id;
  }

  public Long getRequestId() {
    return requestId;
  }

  public Long getParticipantId() {
    return participantId;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getAddress() {
    return address;
  }

  public DeliveryState getState() {
    return state;
  }

  public int getAttempts() {
    return attempts;
  }

  public Optional<String> getReason() {
    return Optional.ofNullable(reason);
  }

  public Optional<String> getProviderMessageId() {
    return Optional.ofNullable(providerMessageId);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getStateChangedAt() {
    return stateChangedAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
