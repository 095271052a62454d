package nl.burgernet.participant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * What remains of a participant whose personal data was erased after the retention period: when
 * they came and left, from where, why they left, their age band and channels, and their
 * municipality, so that reports still count them (per municipality, month, source, reason, age).
 *
 * <p>The erasure job's queries on participants live here too, so that the participant's own class
 * stays about the participant.
 */
@Entity
@Table(name = "erased_participant")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = ErasedParticipant.DUE,
    query =
        "SELECT p FROM Participant p WHERE p.status = :status AND p.statusChangedAt <= :before"
            + " ORDER BY p.id")
@NamedQuery(
    name = ErasedParticipant.CLAIM_IF_DUE,
    query =
        "SELECT p FROM Participant p WHERE p.id = :id AND p.status = :status"
            + " AND p.statusChangedAt <= :before")
@NamedQuery(
    name = ErasedParticipant.DELETE_IF_DUE,
    query =
        "DELETE FROM Participant p WHERE p.id = :id AND p.status = :status"
            + " AND p.statusChangedAt <= :before")
public class ErasedParticipant {

  public static final String DUE = "ErasedParticipant.due";
  public static final String CLAIM_IF_DUE = "ErasedParticipant.claimIfDue";
  public static final String DELETE_IF_DUE = "ErasedParticipant.deleteIfDue";

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @Column(name = "unsubscribed_at", nullable = false, updatable = false)
  private Instant unsubscribedAt;

  @Column(name = "erased_at", nullable = false, updatable = false)
  private Instant erasedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private RegistrationSource source;

  @Enumerated(EnumType.STRING)
  @Column(name = "unsubscribe_reason", length = 30, updatable = false)
  private UnsubscribeReason unsubscribeReason;

  @Column(name = "age_band", nullable = false, length = 10, updatable = false)
  private String ageBand;

  @Column(name = "had_app", nullable = false, updatable = false)
  private boolean hadApp;

  @Column(name = "had_sms", nullable = false, updatable = false)
  private boolean hadSms;

  @Column(name = "had_voice", nullable = false, updatable = false)
  private boolean hadVoice;

  @Column(name = "had_email", nullable = false, updatable = false)
  private boolean hadEmail;

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected ErasedParticipant() {}

  /** The anonymous trace of a participant who left and is about to be erased. */
  public ErasedParticipant(Participant erased, UnsubscribeReason reason, Instant now) {
    if (erased.getStatus() != ParticipantStatus.UNSUBSCRIBED) {
      throw new IllegalStateException("only a participant who left is erased");
    }
    this.registeredAt = erased.getRegisteredAt();
    this.unsubscribedAt = erased.getStatusChangedAt();
    this.erasedAt = now;
    this.source = erased.getSource();
    this.unsubscribeReason = reason;
    this.ageBand = ageBand(erased.getYearOfBirth(), unsubscribedAt.atZone(AMSTERDAM).getYear());
    Set<Channel> channels = erased.getChannels();
    this.hadApp = channels.contains(Channel.APP);
    this.hadSms = channels.contains(Channel.SMS);
    this.hadVoice = channels.contains(Channel.VOICE);
    this.hadEmail = channels.contains(Channel.EMAIL);
    this.scopeRegionId = erased.getScopeRegionId();
    this.scopeMunicipalityId = erased.getScopeMunicipalityId();
  }

  /**
   * The age band in the year of leaving, coarse enough that it does not point to a person: 16-24,
   * 25-34, ... 65-74, 75+.
   */
  public static String ageBand(int yearOfBirth, int year) {
    int age = year - yearOfBirth;
    if (age < 25) {
      return "16-24";
    }
    if (age >= 75) {
      return "75+";
    }
    int from = (age - 5) / 10 * 10 + 5;
    return from + "-" + (from + 9);
  }

  public Instant getUnsubscribedAt() {
    return unsubscribedAt;
  }

  public RegistrationSource getSource() {
    return source;
  }

  public UnsubscribeReason getUnsubscribeReason() {
    return unsubscribeReason;
  }

  public String getAgeBand() {
    return ageBand;
  }

  public Long getScopeMunicipalityId() {
    return scopeMunicipalityId;
  }
}
