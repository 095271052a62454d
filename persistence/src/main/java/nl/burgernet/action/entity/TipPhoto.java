package nl.burgernet.action.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * The photo of a tip from the participant web app, as the application re-encoded it. The tip holds
 * its random reference; it carries the action's scope, so only staff who see the action see it.
 */
@Entity
@Table(name = "action_tip_photo")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = TipPhoto.BY_REFERENCE,
    query = "SELECT p FROM TipPhoto p WHERE p.actionId = :action AND p.reference = :reference")
public class TipPhoto {

  public static final String BY_REFERENCE = "TipPhoto.byReference";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 43, updatable = false)
  private String reference;

  @Column(name = "action_id", nullable = false, updatable = false)
  private Long actionId;

  @Column(name = "content_type", nullable = false, length = 40, updatable = false)
  private String contentType;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected TipPhoto() {}

  /**
   * @param reference a random, URL-safe name the tip refers to
   * @param contentType the type of the re-encoded content, e.g. image/jpeg
   */
  public TipPhoto(
      Action action, String reference, String contentType, byte[] content, Instant now) {
    this.actionId = action.getId();
    this.reference = Objects.requireNonNull(reference, "reference");
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.content = Objects.requireNonNull(content, "content").clone();
    this.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
    this.scopeRegionId = action.scope().regionId();
    this.scopeMunicipalityId = action.scope().municipalityId();
  }

  public String getReference() {
    return reference;
  }

  public Long getActionId() {
    return actionId;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getContent() {
    return content.clone();
  }
}
