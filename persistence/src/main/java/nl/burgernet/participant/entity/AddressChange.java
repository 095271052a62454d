package nl.burgernet.participant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A new home (and optional work) address a participant asked for in self-service. It is located at
 * once, but takes effect only when the relation manager of the participant's municipality approves
 * it; until then the participant sees it as pending. Scoped like the participant.
 */
@Entity
@Table(name = "participant_address_change")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = AddressChange.BY_STATUS,
    query = "SELECT c FROM AddressChange c WHERE c.status = :status ORDER BY c.requestedAt, c.id")
@NamedQuery(
    name = AddressChange.COUNT_BY_STATUS,
    query = "SELECT COUNT(c) FROM AddressChange c WHERE c.status = :status")
@NamedQuery(
    name = AddressChange.OF_PARTICIPANT,
    query =
        "SELECT c FROM AddressChange c WHERE c.participant = :participant"
            + " ORDER BY c.requestedAt, c.id")
public class AddressChange extends HomeAndWorkAddresses {

  public static final String BY_STATUS = "AddressChange.byStatus";
  public static final String COUNT_BY_STATUS = "AddressChange.countByStatus";
  public static final String OF_PARTICIPANT = "AddressChange.ofParticipant";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "participant_id", nullable = false, updatable = false)
  private Participant participant;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AddressChangeStatus status;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 60)
  private String decidedBy;

  @Column(name = "rejection_reason", length = Participant.REASON_LENGTH)
  private String rejectionReason;

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected AddressChange() {}

  /**
   * Asks for new addresses; {@code work} null means no work address. The change is seen by the
   * staff who see the participant now.
   */
  public AddressChange(Participant participant, Address home, Address work, Instant now) {
    if (!participant.isActive()) {
      throw new IllegalStateException("only an active participant changes addresses");
    }
    this.participant = participant;
    placeHome(home);
    placeWork(work);
    this.requestedAt = now;
    this.status = AddressChangeStatus.PENDING;
    this.scopeRegionId = participant.getScopeRegionId();
    this.scopeMunicipalityId = participant.getScopeMunicipalityId();
  }

  /** Whether the addresses differ from where the participant lives and works now. */
  public static boolean changes(Participant participant, Address home, Address work) {
    Address currentWork = participant.getWork().orElse(null);
    boolean sameWork = work == null ? currentWork == null : work.sameDwellingAs(currentWork);
    return !home.sameDwellingAs(participant.getHome()) || !sameWork;
  }

  /** The relation manager approves: the participant moves to the new addresses. */
  public void approve(String staffMember, Instant now) {
    if (!getHome().isLocated()) {
      throw new IllegalStateException("an address that was not found cannot be approved");
    }
    decide(AddressChangeStatus.APPROVED, staffMember, now);
    participant.moveHome(getHome().copy());
    participant.changeWorkAddress(getWork().map(Address::copy).orElse(null));
  }

  public void reject(String reason, String staffMember, Instant now) {
    if (reason == null || reason.isBlank() || reason.length() > Participant.REASON_LENGTH) {
      throw new IllegalArgumentException("a rejection needs a reason of at most 500 characters");
    }
    decide(AddressChangeStatus.REJECTED, staffMember, now);
    this.rejectionReason = reason.strip();
  }

  /** A newer request replaces this one, or the participant left. */
  public void withdraw(Instant now) {
    decide(AddressChangeStatus.WITHDRAWN, null, now);
  }

  private void decide(AddressChangeStatus outcome, String staffMember, Instant now) {
    if (status != AddressChangeStatus.PENDING) {
      throw new IllegalStateException("the address change was already decided");
    }
    this.status = outcome;
    this.decidedBy = staffMember;
    this.decidedAt = now;
  }

  public boolean isPending() {
    return status == AddressChangeStatus.PENDING;
  }

  public Long getId() {
    return id;
  }

  public Participant getParticipant() {
    return participant;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public AddressChangeStatus getStatus() {
    return status;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }
}
