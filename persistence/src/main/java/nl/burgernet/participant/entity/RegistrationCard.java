package nl.burgernet.participant.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A paper registration card (aanmeldkaart) that could not be registered as typed in: what the card
 * says, what is missing, and the relation manager's calls until it is completed and registered, or
 * closed. Scoped to the municipality of the relation manager who typed it in. Once it ended, the
 * card keeps the applicant no longer than the participant it became, or, when it became nobody in
 * sight, than the retention period.
 */
@Entity
@Table(name = "registration_card")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = RegistrationCard.BY_STATUS,
    query = "SELECT c FROM RegistrationCard c WHERE c.status = :status ORDER BY c.enteredAt, c.id")
@NamedQuery(
    name = RegistrationCard.COUNT_BY_STATUS,
    query = "SELECT COUNT(c) FROM RegistrationCard c WHERE c.status = :status")
@NamedQuery(
    name = RegistrationCard.OF_PARTICIPANT,
    query = "SELECT c FROM RegistrationCard c WHERE c.participantId = :participant")
@NamedQuery(
    name = RegistrationCard.ENDED_UNLINKED_BEFORE,
    query =
        "SELECT c FROM RegistrationCard c WHERE c.applicantForgottenAt IS NULL"
            + " AND c.participantId IS NULL AND c.endedAt <= :before ORDER BY c.id")
@NamedQuery(
    name = RegistrationCard.CLAIM_IF_ENDED_UNLINKED_BEFORE,
    query =
        "SELECT c FROM RegistrationCard c WHERE c.id = :id AND c.applicantForgottenAt IS NULL"
            + " AND c.participantId IS NULL AND c.endedAt <= :before")
public class RegistrationCard {

  public static final String BY_STATUS = "RegistrationCard.byStatus";
  public static final String COUNT_BY_STATUS = "RegistrationCard.countByStatus";

  /** The cards that became the registration of one participant. */
  public static final String OF_PARTICIPANT = "RegistrationCard.ofParticipant";

  /**
   * The cards closed, or completed without a participant to follow (one of another municipality, or
   * one removed since), before a moment, that still name the applicant.
   */
  public static final String ENDED_UNLINKED_BEFORE = "RegistrationCard.endedUnlinkedBefore";

  /** As {@link #ENDED_UNLINKED_BEFORE}, one card, to lock it while it forgets the applicant. */
  public static final String CLAIM_IF_ENDED_UNLINKED_BEFORE =
      "RegistrationCard.claimIfEndedUnlinkedBefore";

  public static final int TEXT_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(length = Participant.NAME_LENGTH)
  private String name;

  @Column(length = 30)
  private String phone;

  @Column(length = EmailAddress.MAXIMUM_LENGTH)
  private String email;

  @Column(length = 250)
  private String address;

  @Column(nullable = false, length = TEXT_LENGTH)
  private String missing;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CardStatus status;

  @Column(name = "entered_at", nullable = false, updatable = false)
  private Instant enteredAt;

  @Column(name = "entered_by", nullable = false, length = 60, updatable = false)
  private String enteredBy;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "applicant_forgotten_at")
  private Instant applicantForgottenAt;

  @Column(name = "participant_id")
  private Long participantId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "registration_card_call", joinColumns = @JoinColumn(name = "card_id"))
  @OrderBy("calledAt")
  private List<CardCall> calls = new ArrayList<>();

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected RegistrationCard() {}

  public RegistrationCard(
      String name,
      String phone,
      String email,
      String address,
      String missing,
      String enteredBy,
      Instant now,
      Long scopeRegionId,
      Long scopeMunicipalityId) {
    if (missing == null || missing.isBlank()) {
      throw new IllegalArgumentException("a card on the call-back list misses something");
    }
    this.name = name;
    this.phone = phone;
    this.email = email;
    this.address = address;
    this.missing = cut(missing);
    this.status = CardStatus.CALL_BACK;
    this.enteredBy = Objects.requireNonNull(enteredBy, "entered by");
    this.enteredAt = Objects.requireNonNull(now, "now");
    this.scopeRegionId = scopeRegionId;
    this.scopeMunicipalityId = scopeMunicipalityId;
  }

  public void recordCall(CallResult result, String note, String by, Instant now) {
    requireOpen();
    calls.add(
        new CardCall(
            now,
            Objects.requireNonNull(by, "by"),
            Objects.requireNonNull(result, "result"),
            note == null || note.isBlank() ? null : cut(note.strip())));
  }

  /**
   * Completed by phone: the card became this registration (null when it went to another
   * municipality, out of the relation manager's sight).
   */
  public void complete(Long participantId, Instant now) {
    requireOpen();
    this.status = CardStatus.COMPLETED;
    this.participantId = participantId;
    this.endedAt = Objects.requireNonNull(now, "now");
  }

  /** Given up: the applicant could not be reached or no longer wants to take part. */
  public void close(Instant now) {
    requireOpen();
    this.status = CardStatus.CLOSED;
    this.endedAt = Objects.requireNonNull(now, "now");
  }

  /**
   * The participant the card became is erased, or the card ended longer than the retention period
   * ago without one: the card keeps what counts (status, when and by whom it was typed in, what was
   * missing, the calls' results) and forgets who the applicant is, including the notes of the
   * calls, which may name them.
   */
  public void forgetApplicant(Instant now) {
    this.applicantForgottenAt = Objects.requireNonNull(now, "now");
    this.name = null;
    this.phone = null;
    this.email = null;
    this.address = null;
    this.participantId = null;
    calls.replaceAll(CardCall::withoutNote);
  }

  private void requireOpen() {
    if (status != CardStatus.CALL_BACK) {
      throw new IllegalStateException("the card is no longer on the call-back list");
    }
  }

  private static String cut(String text) {
    return text.length() > TEXT_LENGTH ? text.substring(0, TEXT_LENGTH) : text;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public String getAddress() {
    return address;
  }

  public String getMissing() {
    return missing;
  }

  public CardStatus getStatus() {
    return status;
  }

  public Instant getEnteredAt() {
    return enteredAt;
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public Optional<Long> getParticipantId() {
    return Optional.ofNullable(participantId);
  }

  public List<CardCall> getCalls() {
    return List.copyOf(calls);
  }

  public Long getScopeRegionId() {
    return scopeRegionId;
  }

  public Long getScopeMunicipalityId() {
    return scopeMunicipalityId;
  }

  public Optional<CardCall> getLastCall() {
    return calls.isEmpty() ? Optional.empty() : Optional.of(calls.get(calls.size() - 1));
  }
}
