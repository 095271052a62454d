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
import java.util.Set;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A partner system's URL that gets every CAP message of its region's actions (started, widened,
 * closed), signed with the endpoint's own secret. It belongs to that region's scope.
 */
@Entity
@Table(name = "webhook_endpoint")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = WebhookEndpoint.ACTIVE_OF_REGION,
    query =
        "SELECT e FROM WebhookEndpoint e WHERE e.active = TRUE AND e.scopeRegionId = :region"
            + " ORDER BY e.id")
@NamedQuery(name = WebhookEndpoint.ALL, query = "SELECT e FROM WebhookEndpoint e ORDER BY e.id")
public class WebhookEndpoint {

  public static final String ACTIVE_OF_REGION = "WebhookEndpoint.activeOfRegion";
  public static final String ALL = "WebhookEndpoint.all";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, length = 500, updatable = false)
  private String url;

  @Column(nullable = false, length = 100, updatable = false)
  private String secret;

  @Column(nullable = false)
  private boolean active;

  /** The events it is posted, e.g. "STARTED,CLOSED". */
  @Column(nullable = false, length = 40, updatable = false)
  private String events;

  @Column(name = "created_by", nullable = false, length = 60, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "scope_region_id", nullable = false, updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected WebhookEndpoint() {}

  public WebhookEndpoint(
      long regionId,
      String url,
      Set<WebhookEvent> events,
      String secret,
      String createdBy,
      Instant now) {
    if (events == null || events.isEmpty()) {
      throw new IllegalArgumentException("an endpoint needs at least one event");
    }
    this.scopeRegionId = regionId;
    this.events = WebhookEvent.join(events);
    this.url = Objects.requireNonNull(url, "url");
    this.secret = Objects.requireNonNull(secret, "secret");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
    this.active = true;
  }

  /** Stops sending to it; its deliveries stay visible. */
  public void deactivate() {
    this.active = false;
  }

  public boolean wants(WebhookEvent event) {
    return getEvents().contains(event);
  }

  public Set<WebhookEvent> getEvents() {
    return WebhookEvent.split(events);
  }

  public Long getId() {
    return id;
  }

  public String getUrl() {
    return url;
  }

  public String getSecret() {
    return secret;
  }

  public boolean isActive() {
    return active;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Long getScopeRegionId() {
    return scopeRegionId;
  }
}
