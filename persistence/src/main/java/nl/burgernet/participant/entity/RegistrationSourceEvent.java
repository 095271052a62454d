package nl.burgernet.participant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One registration from the web or the app, by the SHA-256 of its source only, for counting bursts
 * from one source. Not scoped: it names nobody and is read only by counting.
 */
@Entity
@Table(name = "registration_source")
@NamedQuery(
    name = RegistrationSourceEvent.COUNT_SINCE,
    query =
        "SELECT COUNT(e) FROM RegistrationSourceEvent e WHERE e.sourceHash = :hash"
            + " AND e.registeredAt > :since")
@NamedQuery(
    name = RegistrationSourceEvent.DELETE_BEFORE,
    query = "DELETE FROM RegistrationSourceEvent e WHERE e.registeredAt < :before")
public class RegistrationSourceEvent {

  public static final String COUNT_SINCE = "RegistrationSourceEvent.countSince";
  public static final String DELETE_BEFORE = "RegistrationSourceEvent.deleteBefore";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "source_hash", nullable = false, length = 64, updatable = false)
  private String sourceHash;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  protected RegistrationSourceEvent() {}

  public RegistrationSourceEvent(String sourceHash, Instant registeredAt) {
    this.sourceHash = sourceHash;
    this.registeredAt = registeredAt;
  }
}
