package nl.burgernet.participant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * How one region handles new registrations: whether a complete, unique registration is approved
 * automatically once the citizen confirms it, and how many registrations one source (a client
 * address, an app installation) may make within a window before the next go to quarantine. Scoped
 * by region: a region's manager sees and changes only their own region's policy.
 */
@Entity
@Table(name = "registration_policy")
@AdditionalCriteria("(:scopeRegion = 0 OR this.regionId = :scopeRegion)")
public class RegistrationPolicy {

  public static final int DEFAULT_WINDOW_MINUTES = 10;

  public static final int MAXIMUM_WINDOW_MINUTES = 1440;

  @Id
  @Column(name = "region_id")
  private Long regionId;

  @Version private long version;

  @Column(name = "auto_approval", nullable = false)
  private boolean autoApproval;

  @Column(name = "burst_limit")
  private Integer burstLimit;

  @Column(name = "burst_window_minutes", nullable = false)
  private int burstWindowMinutes;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 60)
  private String changedBy;

  protected RegistrationPolicy() {}

  public RegistrationPolicy(long regionId) {
    this.regionId = regionId;
    this.autoApproval = true;
    this.burstWindowMinutes = DEFAULT_WINDOW_MINUTES;
  }

  /** The policy of a region that never set one: approve automatically, no burst limit. */
  public static RegistrationPolicy standard() {
    RegistrationPolicy standard = new RegistrationPolicy();
    standard.autoApproval = true;
    standard.burstWindowMinutes = DEFAULT_WINDOW_MINUTES;
    return standard;
  }

  public void change(
      boolean autoApproval, Integer burstLimit, int burstWindowMinutes, String by, Instant now) {
    if (burstLimit != null && burstLimit < 1) {
      throw new IllegalArgumentException("a burst limit is at least 1");
    }
    if (burstWindowMinutes < 1 || burstWindowMinutes > MAXIMUM_WINDOW_MINUTES) {
      throw new IllegalArgumentException("a burst window lasts 1 minute to 1 day");
    }
    this.autoApproval = autoApproval;
    this.burstLimit = burstLimit;
    this.burstWindowMinutes = burstWindowMinutes;
    this.changedBy = Objects.requireNonNull(by, "by");
    this.changedAt = Objects.requireNonNull(now, "now");
  }

  /** Whether this many registrations from one source within the window are too many. */
  public boolean isBurst(long registrationsInWindow) {
    return burstLimit != null && registrationsInWindow > burstLimit;
  }

  public Duration getBurstWindow() {
    return Duration.ofMinutes(burstWindowMinutes);
  }

  public Long getRegionId() {
    return regionId;
  }

  public boolean isAutoApproval() {
    return autoApproval;
  }

  public Integer getBurstLimit() {
    return burstLimit;
  }

  public int getBurstWindowMinutes() {
    return burstWindowMinutes;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }
}
