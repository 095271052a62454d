package nl.burgernet.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** The review policy a region chose for its municipalities' mails. */
@Entity
@Table(name = "mail_review_policy")
public class RegionReviewPolicy {

  @Id
  @Column(name = "region_id")
  private Long regionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReviewPolicy policy;

  protected RegionReviewPolicy() {}

  public RegionReviewPolicy(long regionId, ReviewPolicy policy) {
    this.regionId = regionId;
    change(policy);
  }

  public void change(ReviewPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  public Long getRegionId() {
    return regionId;
  }

  public ReviewPolicy getPolicy() {
    return policy;
  }
}
