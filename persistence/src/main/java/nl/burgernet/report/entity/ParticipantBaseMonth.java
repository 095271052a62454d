package nl.burgernet.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A municipality's new participants (registered in the month and active since) and unsubscriptions
 * in one Dutch calendar month, as the MARAP job counted them.
 */
@Entity
@Table(name = "marap_participant_month")
@IdClass(ParticipantBaseMonth.Key.class)
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = ParticipantBaseMonth.OF_REGION,
    query =
        "SELECT m FROM ParticipantBaseMonth m WHERE m.scopeRegionId = :region"
            + " AND m.month >= :from AND m.month <= :to")
@NamedQuery(
    name = ParticipantBaseMonth.DELETE_MONTH,
    query = "DELETE FROM ParticipantBaseMonth m WHERE m.month = :month")
public class ParticipantBaseMonth {

  public static final String OF_REGION = "ParticipantBaseMonth.ofRegion";
  public static final String DELETE_MONTH = "ParticipantBaseMonth.deleteMonth";

  @Id
  @Column(name = "scope_municipality_id", nullable = false)
  private Long scopeMunicipalityId;

  /** yyyy-MM, which sorts as the months do. */
  @Id
  @Column(nullable = false, length = 7)
  private String month;

  @Column(name = "scope_region_id", nullable = false)
  private Long scopeRegionId;

  @Column(name = "new_participants", nullable = false)
  private long newParticipants;

  @Column(nullable = false)
  private long unsubscriptions;

  @Column(name = "counted_at", nullable = false)
  private Instant countedAt;

  protected ParticipantBaseMonth() {}

  public ParticipantBaseMonth(
      long regionId,
      long municipalityId,
      YearMonth month,
      long newParticipants,
      long unsubscriptions,
      Instant countedAt) {
    this.scopeRegionId = regionId;
    this.scopeMunicipalityId = municipalityId;
    this.month = month.toString();
    this.newParticipants = newParticipants;
    this.unsubscriptions = unsubscriptions;
    this.countedAt = countedAt;
  }

  public Long getScopeMunicipalityId() {
    return scopeMunicipalityId;
  }

  public YearMonth getMonth() {
    return YearMonth.parse(month);
  }

  public long getNewParticipants() {
    return newParticipants;
  }

  public long getUnsubscriptions() {
    return unsubscriptions;
  }

  /** The primary key: municipality and month. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long scopeMunicipalityId;
    private String month;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(scopeMunicipalityId, key.scopeMunicipalityId)
          && Objects.equals(month, key.month);
    }

    @Override
    public int hashCode() {
      return Objects.hash(scopeMunicipalityId, month);
    }
  }
}
