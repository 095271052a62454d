package nl.burgernet.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A staff member who gets the MARAP report of their region or municipality every quarter. */
@Entity
@Table(name = "marap_subscription")
@NamedQuery(
    name = MarapSubscription.NOT_MAILED,
    query =
        "SELECT s.staffAccountId FROM MarapSubscription s WHERE NOT EXISTS (SELECT 1 FROM"
            + " MarapMailing m WHERE m.staffAccountId = s.staffAccountId AND m.quarter = :quarter)")
public class MarapSubscription {

  public static final String NOT_MAILED = "MarapSubscription.notMailed";

  @Id
  @Column(name = "staff_account_id")
  private Long staffAccountId;

  @Column(name = "subscribed_at", nullable = false)
  private Instant subscribedAt;

  protected MarapSubscription() {}

  public MarapSubscription(long staffAccountId, Instant subscribedAt) {
    this.staffAccountId = staffAccountId;
    this.subscribedAt = subscribedAt;
  }
}
