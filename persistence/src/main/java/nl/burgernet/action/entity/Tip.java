package nl.burgernet.action.entity;

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
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/** A tip on an action: a reply by SMS or from the app, or what the operator heard on the phone. */
@Entity
@Table(name = "action_tip")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = Tip.OF_ACTION,
    query = "SELECT t FROM Tip t WHERE t.actionId = :action ORDER BY t.receivedAt DESC, t.id DESC")
@NamedQuery(
    name = Tip.COUNT_OF_ACTION,
    query = "SELECT COUNT(t) FROM Tip t WHERE t.actionId = :action")
@NamedQuery(
    name = Tip.COUNT_OF_PARTICIPANT_SINCE,
    query =
        "SELECT COUNT(t) FROM Tip t WHERE t.participantId = :participant AND t.source = :source"
            + " AND t.receivedAt > :since")
public class Tip {

  public static final String OF_ACTION = "Tip.ofAction";
  public static final String COUNT_OF_ACTION = "Tip.countOfAction";
  public static final String COUNT_OF_PARTICIPANT_SINCE = "Tip.countOfParticipantSince";

  public static final int TEXT_LENGTH = 1600;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "action_id", nullable = false, updatable = false)
  private Long actionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private TipSource source;

  @Column(nullable = false, length = 60, updatable = false)
  private String sender;

  @Column(name = "participant_id", updatable = false)
  private Long participantId;

  @Column(nullable = false, length = TEXT_LENGTH, updatable = false)
  private String text;

  @Column(updatable = false)
  private Double latitude;

  @Column(updatable = false)
  private Double longitude;

  @Column(name = "photo_reference", length = 200, updatable = false)
  private String photoReference;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected Tip() {}

  /**
   * @param sender the masked number of an SMS, or the operator's user name
   * @param participantId the participant who sent it, when known
   * @param location where something was seen, or null
   * @param photoReference a stored photo, or null
   */
  public Tip(
      Action action,
      TipSource source,
      String sender,
      Long participantId,
      String text,
      GeoPoint location,
      String photoReference,
      Instant now) {
    this.actionId = action.getId();
    this.source = Objects.requireNonNull(source, "source");
    this.sender = Objects.requireNonNull(sender, "sender");
    this.participantId = participantId;
    String stripped = Objects.requireNonNull(text, "text").strip();
    this.text = stripped.length() > TEXT_LENGTH ? stripped.substring(0, TEXT_LENGTH) : stripped;
    if (location != null) {
      this.latitude = location.latitude();
      this.longitude = location.longitude();
    }
    this.photoReference = photoReference;
    // the column keeps milliseconds: the tip looks the same before and after it is read back
    this.receivedAt = now.truncatedTo(ChronoUnit.MILLIS);
    this.scopeRegionId = action.scope().regionId();
    this.scopeMunicipalityId = action.scope().municipalityId();
  }

  public Long getId() {
    return id;
  }

  public Long getActionId() {
    return actionId;
  }

  public TipSource getSource() {
    return source;
  }

  public String getSender() {
    return sender;
  }

  public String getText() {
    return text;
  }

  public Optional<GeoPoint> getLocation() {
    return latitude == null || longitude == null
        ? Optional.empty()
        : Optional.of(new GeoPoint(latitude, longitude));
  }

  public Optional<String> getPhotoReference() {
    return Optional.ofNullable(photoReference);
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Long getScopeRegionId() {
    return scopeRegionId;
  }
}
