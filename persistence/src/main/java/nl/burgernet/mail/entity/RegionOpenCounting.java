package nl.burgernet.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Whether a region counts how often its Burgernetmail is opened. Off unless its regional bureau
 * turns it on: an open count needs a pixel in every mail, which the AVG does not let us add by
 * default.
 */
@Entity
@Table(name = "mail_open_counting")
public class RegionOpenCounting {

  @Id
  @Column(name = "region_id")
  private Long regionId;

  @Column(nullable = false)
  private boolean enabled;

  protected RegionOpenCounting() {}

  public RegionOpenCounting(long regionId, boolean enabled) {
    this.regionId = regionId;
    this.enabled = enabled;
  }

  public void change(boolean enabled) {
    this.enabled = enabled;
  }

  public Long getRegionId() {
    return regionId;
  }

  public boolean isEnabled() {
    return enabled;
  }
}
