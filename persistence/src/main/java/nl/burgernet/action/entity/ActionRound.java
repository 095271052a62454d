package nl.burgernet.action.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * One area an action was sent to (the first one, then every widening), with the send request that
 * carried it. Never changed once written.
 */
@Entity
@Table(name = "action_round")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = ActionRound.OF_ACTION,
    query = "SELECT r FROM ActionRound r WHERE r.actionId = :action ORDER BY r.number")
@NamedQuery(
    name = ActionRound.BY_KEY,
    query = "SELECT r FROM ActionRound r WHERE r.actionId = :action AND r.idempotencyKey = :key")
@NamedQuery(
    name = ActionRound.REQUESTS_SENT_SINCE,
    query = "SELECT r.sendRequestId FROM ActionRound r WHERE r.sentAt >= :since")
@NamedQuery(
    name = ActionRound.LOCATION_REQUESTS_SENT_SINCE,
    query =
        "SELECT r.locationRequestId FROM ActionRound r WHERE r.sentAt >= :since"
            + " AND r.locationRequestId IS NOT NULL")
@NamedQuery(
    name = ActionRound.OF_OPEN_ACTIONS_SENT_BY,
    query =
        "SELECT r FROM ActionRound r, Action a WHERE a.id = r.actionId AND a.state = :open"
            + " AND r.sendRequestId IN :requests ORDER BY a.startedAt DESC, a.id DESC")
public class ActionRound {

  public static final String OF_ACTION = "ActionRound.ofAction";
  public static final String BY_KEY = "ActionRound.byKey";
  public static final String REQUESTS_SENT_SINCE = "ActionRound.requestsSentSince";
  public static final String LOCATION_REQUESTS_SENT_SINCE = "ActionRound.locationRequestsSentSince";
  public static final String OF_OPEN_ACTIONS_SENT_BY = "ActionRound.ofOpenActionsSentBy";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "action_id", nullable = false, updatable = false)
  private Long actionId;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(name = "idempotency_key", nullable = false, length = 60, updatable = false)
  private String idempotencyKey;

  @Column(name = "area_kind", nullable = false, length = 20, updatable = false)
  private String areaKind;

  @Column(nullable = false, updatable = false)
  private String area;

  @Column(name = "send_request_id", nullable = false, updatable = false)
  private Long sendRequestId;

  @Column(name = "location_request_id")
  private Long locationRequestId;

  @Column(nullable = false, updatable = false)
  private int recipients;

  @Column(name = "sent_by", nullable = false, length = 60, updatable = false)
  private String sentBy;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected ActionRound() {}

  /**
   * @param areaKind the kind of area (CIRCLE, POLYGON, ...)
   * @param area the area as the operator gave it, as JSON
   */
  public ActionRound(
      Action action,
      int number,
      String idempotencyKey,
      String areaKind,
      String area,
      long sendRequestId,
      int recipients,
      String sentBy,
      Instant now) {
    this.actionId = action.getId();
    this.number = number;
    this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey").strip();
    this.areaKind = Objects.requireNonNull(areaKind, "areaKind");
    this.area = Objects.requireNonNull(area, "area");
    this.sendRequestId = sendRequestId;
    this.recipients = recipients;
    this.sentBy = Objects.requireNonNull(sentBy, "sentBy");
    // the column keeps milliseconds: the round looks the same before and after it is read back
    this.sentAt = now.truncatedTo(ChronoUnit.MILLIS);
    this.scopeRegionId = action.scope().regionId();
    this.scopeMunicipalityId = action.scope().municipalityId();
  }

  /** The delivery pipeline's idempotency key of a round: one send per round, however retried. */
  public static String sendKey(long actionId, int number) {
    return "action-" + actionId + "-round-" + number;
  }

  /**
   * The round also reached app participants by their reported position (only them, only on the
   * app), with this send request.
   */
  public void reachedLocationsBy(long sendRequestId) {
    this.locationRequestId = sendRequestId;
  }

  /** The key of the round's send request to app participants by their reported position. */
  public static String locationSendKey(long actionId, int number) {
    return sendKey(actionId, number) + "-location";
  }

  /** Every send request of the round: by address, and by reported position if there was one. */
  public Set<Long> sendRequestIds() {
    return locationRequestId == null
        ? Set.of(sendRequestId)
        : Set.of(sendRequestId, locationRequestId);
  }

  public Optional<Long> getLocationRequestId() {
    return Optional.ofNullable(locationRequestId);
  }

  public Long getId() {
    return id;
  }

  public Long getActionId() {
    return actionId;
  }

  public int getNumber() {
    return number;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public String getAreaKind() {
    return areaKind;
  }

  public String getArea() {
    return area;
  }

  public Long getSendRequestId() {
    return sendRequestId;
  }

  public int getRecipients() {
    return recipients;
  }

  public String getSentBy() {
    return sentBy;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
