package nl.burgernet.report.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * A municipality's new participants or unsubscriptions (per reason) in one postcode area (PC4) and
 * one Dutch calendar month: the breakdown of a {@link ParticipantBaseMonth}, counted with it, so
 * its areas and reasons add up to it.
 */
@Entity
@Table(name = "marap_area_month")
@IdClass(ParticipantAreaMonth.Key.class)
@NamedQuery(
    name = ParticipantAreaMonth.OF_SELECTION,
    query =
        "SELECT m.scopeMunicipalityId, m.postcode4, SUM(m.participants), MAX(m.countedAt)"
            + " FROM ParticipantAreaMonth m WHERE m.scopeRegionId = :region"
            + " AND m.figure = :figure AND (:category = '' OR m.category = :category)"
            + " AND m.month >= :from AND m.month <= :to"
            + " GROUP BY m.scopeMunicipalityId, m.postcode4")
@NamedQuery(
    name = ParticipantAreaMonth.PER_CATEGORY,
    query =
        "SELECT m.category, SUM(m.participants) FROM ParticipantAreaMonth m"
            + " WHERE m.scopeRegionId = :region AND m.figure = :figure"
            + " AND (:municipality = 0 OR m.scopeMunicipalityId = :municipality)"
            + " AND m.month >= :from AND m.month <= :to GROUP BY m.category")
@NamedQuery(
    name = ParticipantAreaMonth.DELETE_MONTH,
    query = "DELETE FROM ParticipantAreaMonth m WHERE m.month = :month")
// a reason to leave is a longer category than those of a dimension, and so is its column
@AttributeOverride(
    name = "category",
    column = @Column(name = "category", nullable = false, length = 30))
public class ParticipantAreaMonth extends AreaBreakdown {

  /** Rows: municipality id, postcode4, participants, counted at; category '' for all of them. */
  public static final String OF_SELECTION = "ParticipantAreaMonth.ofSelection";

  /** Rows: category, participants; municipality 0 for the whole region. */
  public static final String PER_CATEGORY = "ParticipantAreaMonth.perCategory";

  public static final String DELETE_MONTH = "ParticipantAreaMonth.deleteMonth";

  /** The category of a {@link Figure#NEW} count, and of an unsubscription without a reason. */
  public static final String ALL = "ALL";

  public static final String NO_REASON = "NONE";

  /** What is counted in a month. */
  public enum Figure {
    /** registered in the month and taking part since, erased or not; category {@link #ALL} */
    NEW,
    /** left in the month; category the reason given, or {@link #NO_REASON} */
    UNSUBSCRIBED
  }

  /** yyyy-MM, which sorts as the months do. */
  @Id
  @Column(nullable = false, length = 7)
  private String month;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Figure figure;

  protected ParticipantAreaMonth() {}

  public ParticipantAreaMonth(
      long regionId,
      long municipalityId,
      String postcode4,
      YearMonth month,
      Figure figure,
      String category,
      long participants,
      Instant countedAt) {
    super(regionId, municipalityId, postcode4, category, participants, countedAt);
    this.month = month.toString();
    this.figure = figure;
  }

  /** The primary key: municipality, month, figure, category, postcode area. */
  public static class Key extends AreaBreakdown.Key {

    private static final long serialVersionUID = 1L;

    private String month;
    private Figure figure;

    @Override
    protected List<Object> figureParts() {
      return Arrays.asList(month, figure);
    }
  }
}
