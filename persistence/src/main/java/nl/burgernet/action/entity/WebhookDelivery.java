package nl.burgernet.action.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * One CAP message of an action on its way to one webhook endpoint, with every attempt's result. The
 * body is fixed when the message is made, so each retry sends and signs the same bytes. It carries
 * the action's scope.
 */
@Entity
@Table(name = "webhook_delivery")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = WebhookDelivery.LATEST,
    query = "SELECT d FROM WebhookDelivery d ORDER BY d.createdAt DESC, d.id DESC")
@NamedQuery(
    name = WebhookDelivery.OF_ACTION,
    query = "SELECT d FROM WebhookDelivery d WHERE d.actionId = :action ORDER BY d.id")
public class WebhookDelivery {

  public static final String LATEST = "WebhookDelivery.latest";
  public static final String OF_ACTION = "WebhookDelivery.ofAction";

  private static final int ERROR_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "endpoint_id", nullable = false, updatable = false)
  private Long endpointId;

  @Column(name = "action_id", nullable = false, updatable = false)
  private Long actionId;

  @Column(name = "cap_identifier", nullable = false, length = 100, updatable = false)
  private String capIdentifier;

  @Column(name = "msg_type", nullable = false, length = 10, updatable = false)
  private String msgType;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Column(name = "last_status")
  private Integer lastStatus;

  @Column(name = "last_error", length = ERROR_LENGTH)
  private String lastError;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected WebhookDelivery() {}

  public WebhookDelivery(
      WebhookEndpoint endpoint,
      Action action,
      String capIdentifier,
      String msgType,
      String body,
      Instant now) {
    this.endpointId = endpoint.getId();
    this.actionId = action.getId();
    this.capIdentifier = Objects.requireNonNull(capIdentifier, "capIdentifier");
    this.msgType = Objects.requireNonNull(msgType, "msgType");
    this.body = Objects.requireNonNull(body, "body");
    this.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
    this.scopeRegionId = action.scope().regionId();
    this.scopeMunicipalityId = action.scope().municipalityId();
  }

  public boolean isDelivered() {
    return deliveredAt != null;
  }

  /** The endpoint answered 2xx. */
  public void delivered(int status, Instant now) {
    attempted(status, null, now);
    this.deliveredAt = lastAttemptAt;
  }

  /**
   * @param status the endpoint's answer, or null when it could not be reached
   */
  public void failed(Integer status, String error, Instant now) {
    attempted(status, error, now);
  }

  private void attempted(Integer status, String error, Instant now) {
    this.attempts++;
    this.lastAttemptAt = now.truncatedTo(ChronoUnit.MILLIS);
    this.lastStatus = status;
    this.lastError =
        error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
  }

  public Long getId() {
    return id;
  }

  public Long getEndpointId() {
    return endpointId;
  }

  public Long getActionId() {
    return actionId;
  }

  public String getCapIdentifier() {
    return capIdentifier;
  }

  public String getMsgType() {
    return msgType;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public int getAttempts() {
    return attempts;
  }

  public Optional<Instant> getLastAttemptAt() {
    return Optional.ofNullable(lastAttemptAt);
  }

  public Optional<Integer> getLastStatus() {
    return Optional.ofNullable(lastStatus);
  }

  public Optional<String> getLastError() {
    return Optional.ofNullable(lastError);
  }

  public Optional<Instant> getDeliveredAt() {
    return Optional.ofNullable(deliveredAt);
  }
}
