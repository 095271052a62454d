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
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A participant left Burgernet, with the reason they gave (optional), for the trends of
 * unsubscription reasons. The municipality is kept on the line, so it still counts when the
 * participant's personal data is erased later.
 */
@Entity
@Table(name = "participant_unsubscription")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = Unsubscription.OF_PARTICIPANT,
    query = "SELECT u FROM Unsubscription u WHERE u.participant = :participant ORDER BY u.id")
@NamedQuery(
    name = Unsubscription.BETWEEN,
    query =
        "SELECT u.unsubscribedAt, u.reason FROM Unsubscription u"
            + " WHERE u.unsubscribedAt >= :from AND u.unsubscribedAt < :until")
@NamedQuery(
    name = Unsubscription.COUNT_THROUGH_REQUEST,
    query = "SELECT COUNT(u) FROM Unsubscription u WHERE u.sendRequestId = :request")
public class Unsubscription {

  public static final String OF_PARTICIPANT = "Unsubscription.ofParticipant";
  public static final String COUNT_THROUGH_REQUEST = "Unsubscription.countThroughRequest";
  public static final String BETWEEN = "Unsubscription.between";

  public static final int REMARK_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "participant_id", updatable = false)
  private Participant participant;

  @Column(name = "unsubscribed_at", nullable = false, updatable = false)
  private Instant unsubscribedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 30, updatable = false)
  private UnsubscribeReason reason;

  @Column(length = REMARK_LENGTH, updatable = false)
  private String remark;

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  /** The send request of the message whose unsubscribe link was used, if one was. */
  @Column(name = "send_request_id", updatable = false)
  private Long sendRequestId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected Unsubscription() {}

  /** Records that the participant left just now; reason and remark may be left out. */
  public Unsubscription(
      Participant participant, UnsubscribeReason reason, String remark, Instant now) {
    this(participant, reason, remark, null, now);
  }

  /**
   * Records that the participant left just now through the unsubscribe link of a message.
   *
   * @param sendRequestId the message's send request, or null when it is not known
   */
  public Unsubscription(
      Participant participant,
      UnsubscribeReason reason,
      String remark,
      Long sendRequestId,
      Instant now) {
    if (participant.getStatus() != ParticipantStatus.UNSUBSCRIBED) {
      throw new IllegalStateException("only a participant who left has an unsubscription");
    }
    if (remark != null && remark.strip().length() > REMARK_LENGTH) {
      throw new IllegalArgumentException("a remark has at most 500 characters");
    }
    this.participant = Objects.requireNonNull(participant, "participant");
    this.reason = reason;
    this.remark = remark == null || remark.isBlank() ? null : remark.strip();
    this.unsubscribedAt = now;
    this.sendRequestId = sendRequestId;
    this.scopeRegionId = participant.getScopeRegionId();
    this.scopeMunicipalityId = participant.getScopeMunicipalityId();
  }

  public Instant getUnsubscribedAt() {
    return unsubscribedAt;
  }

  public Optional<UnsubscribeReason> getReason() {
    return Optional.ofNullable(reason);
  }

  public Optional<String> getRemark() {
    return Optional.ofNullable(remark);
  }

  public Optional<Long> getSendRequestId() {
    return Optional.ofNullable(sendRequestId);
  }

  public Long getScopeMunicipalityId() {
    return scopeMunicipalityId;
  }
}
