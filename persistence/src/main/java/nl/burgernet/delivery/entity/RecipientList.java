package nl.burgernet.delivery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Participants staged for one send, too many to pass as parameters (an action round selects tens of
 * thousands by area). Its members are written and read in bulk by native SQL; it lives only as long
 * as the transaction that sends to it.
 */
@Entity
@Table(name = "recipient_list")
public class RecipientList {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected RecipientList() {}

  public RecipientList(Instant now) {
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }
}
