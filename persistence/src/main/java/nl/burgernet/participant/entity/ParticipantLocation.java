package nl.burgernet.participant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Where the participant's web app last was, kept only while the participant allows it: turning it
 * off removes it. A report is worth something for a while only (the caller says how long).
 *
 * <p>Not scoped: only the participant's own app and the action selection (system or operator scope
 * through native SQL with the participant's scope) read it.
 */
@Entity
@Table(name = "participant_location")
public class ParticipantLocation {

  @Id
  @Column(name = "participant_id", updatable = false)
  private Long participantId;

  @Column(nullable = false)
  private double latitude;

  @Column(nullable = false)
  private double longitude;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  protected ParticipantLocation() {}

  /**
   * @throws IllegalArgumentException when the point is not on earth
   */
  public ParticipantLocation(long participantId, double latitude, double longitude, Instant now) {
    this.participantId = participantId;
    moveTo(latitude, longitude, now);
  }

  public void moveTo(double latitude, double longitude, Instant now) {
    if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("not a point on earth: " + latitude + ", " + longitude);
    }
    this.latitude = latitude;
    this.longitude = longitude;
    this.reportedAt = now.truncatedTo(ChronoUnit.MILLIS);
  }

  /** Whether the report is younger than the age it may have. */
  public boolean isFresh(Instant now, Duration maximumAge) {
    return reportedAt.isAfter(now.minus(maximumAge));
  }

  public Long getParticipantId() {
    return participantId;
  }

  public double getLatitude() {
    return latitude;
  }

  public double getLongitude() {
    return longitude;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }
}
