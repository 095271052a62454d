package nl.burgernet.web.participant;

import java.io.Serializable;
import nl.burgernet.participant.boundary.RegionRegistrationPolicy;

/** One region's registration policy as the form edits it. */
public class PolicyRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long regionId;
  private final String regionName;
  private boolean autoApproval;
  private Integer burstLimit;
  private Integer burstWindowMinutes;

  private PolicyRow(RegionRegistrationPolicy policy) {
    this.regionId = policy.regionId();
    this.regionName = policy.regionName();
    this.autoApproval = policy.autoApproval();
    this.burstLimit = policy.burstLimit();
    this.burstWindowMinutes = policy.burstWindowMinutes();
  }

  static PolicyRow of(RegionRegistrationPolicy policy) {
    return new PolicyRow(policy);
  }

  public long getRegionId() {
    return regionId;
  }

  public String getRegionName() {
    return regionName;
  }

  public boolean isAutoApproval() {
    return autoApproval;
  }

  public void setAutoApproval(boolean autoApproval) {
    this.autoApproval = autoApproval;
  }

  public Integer getBurstLimit() {
    return burstLimit;
  }

  public void setBurstLimit(Integer burstLimit) {
    this.burstLimit = burstLimit;
  }

  public Integer getBurstWindowMinutes() {
    return burstWindowMinutes;
  }

  public void setBurstWindowMinutes(Integer burstWindowMinutes) {
    this.burstWindowMinutes = burstWindowMinutes;
  }
}
