package nl.burgernet.report.entity;

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
import java.time.YearMonth;
import nl.burgernet.action.entity.ActionKind;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * The actions of one kind started in one Dutch month, as the MARAP job counted them: for the whole
 * region (no municipality), or for a municipality the actions reached participants in (its
 * recipients only).
 */
@Entity
@Table(name = "marap_action_month")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = ActionMonthCount.OF_REGION,
    query =
        "SELECT c FROM ActionMonthCount c WHERE c.scopeRegionId = :region"
            + " AND c.scopeMunicipalityId IS NULL AND c.month >= :from AND c.month <= :to")
@NamedQuery(
    name = ActionMonthCount.OF_MUNICIPALITY,
    query =
        "SELECT c FROM ActionMonthCount c WHERE c.scopeRegionId = :region"
            + " AND c.scopeMunicipalityId = :municipality AND c.month >= :from AND c.month <= :to")
@NamedQuery(
    name = ActionMonthCount.DELETE_MONTH,
    query = "DELETE FROM ActionMonthCount c WHERE c.month = :month")
public class ActionMonthCount {

  public static final String OF_REGION = "ActionMonthCount.ofRegion";
  public static final String OF_MUNICIPALITY = "ActionMonthCount.ofMunicipality";
  public static final String DELETE_MONTH = "ActionMonthCount.deleteMonth";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "scope_region_id", nullable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id")
  private Long scopeMunicipalityId;

  @Column(nullable = false, length = 7)
  private String month;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ActionKind kind;

  @Column(nullable = false)
  private int actions;

  @Column(name = "still_open", nullable = false)
  private int stillOpen;

  @Column(name = "hard_successes", nullable = false)
  private int hardSuccesses;

  @Column(name = "soft_successes", nullable = false)
  private int softSuccesses;

  @Column(name = "without_success", nullable = false)
  private int withoutSuccess;

  @Column(nullable = false)
  private long recipients;

  @Column(nullable = false)
  private int tips;

  @Column(name = "first_message_actions", nullable = false)
  private int firstMessageActions;

  @Column(name = "first_message_seconds", nullable = false)
  private double firstMessageSeconds;

  @Column(name = "counted_at", nullable = false)
  private Instant countedAt;

  protected ActionMonthCount() {}

  public ActionMonthCount(
      long regionId, Long municipalityId, YearMonth month, ActionKind kind, Instant countedAt) {
    this.scopeRegionId = regionId;
    this.scopeMunicipalityId = municipalityId;
    this.month = month.toString();
    this.kind = kind;
    this.countedAt = countedAt;
  }

  /** Counts one action: its outcome so far, the recipients here, its tips and first message. */
  public void add(ActionFigures action, long recipientsHere) {
    actions++;
    switch (action.success()) {
      case OPEN -> stillOpen++;
      case HARD -> hardSuccesses++;
      case SOFT -> softSuccesses++;
      case NONE -> withoutSuccess++;
    }
    recipients += recipientsHere;
    tips += action.tips();
    action
        .secondsToFirstMessage()
        .ifPresent(
            seconds -> {
              firstMessageActions++;
              firstMessageSeconds += seconds;
            });
  }

  public YearMonth getMonth() {
    return YearMonth.parse(month);
  }

  public ActionKind getKind() {
    return kind;
  }

  public int getActions() {
    return actions;
  }

  public int getStillOpen() {
    return stillOpen;
  }

  public int getHardSuccesses() {
    return hardSuccesses;
  }

  public int getSoftSuccesses() {
    return softSuccesses;
  }

  public int getWithoutSuccess() {
    return withoutSuccess;
  }

  public long getRecipients() {
    return recipients;
  }

  public int getTips() {
    return tips;
  }

  public int getFirstMessageActions() {
    return firstMessageActions;
  }

  public double getFirstMessageSeconds() {
    return firstMessageSeconds;
  }

  public Instant getCountedAt() {
    return countedAt;
  }
}
