package nl.burgernet.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The quarter's report was mailed to the staff member: it is not mailed again. */
@Entity
@Table(name = "marap_mailing")
@IdClass(MarapMailing.Key.class)
public class MarapMailing {

  @Id
  @Column(name = "staff_account_id")
  private Long staffAccountId;

  @Id
  @Column(nullable = false, length = 7)
  private String quarter;

  @Column(name = "mailed_at", nullable = false)
  private Instant mailedAt;

  protected MarapMailing() {}

  public MarapMailing(long staffAccountId, Quarter quarter, Instant mailedAt) {
    this.staffAccountId = staffAccountId;
    this.quarter = quarter.toString();
    this.mailedAt = mailedAt;
  }

  /** The primary key: staff member and quarter. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long staffAccountId;
    private String quarter;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(staffAccountId, key.staffAccountId)
          && Objects.equals(quarter, key.quarter);
    }

    @Override
    public int hashCode() {
      return Objects.hash(staffAccountId, quarter);
    }
  }
}
