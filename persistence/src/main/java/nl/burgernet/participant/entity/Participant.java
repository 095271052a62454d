package nl.burgernet.participant.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.burgernet.reference.entity.Municipality;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A citizen registered with Burgernet (deelnemer): how to reach them, where they live and
 * optionally work, and where they are in the lifecycle. The rules for moving between statuses live
 * here and in {@link ParticipantStatus}.
 *
 * <p>Scoped like {@code Municipality}: the municipality responsible for the participant (where the
 * home address lies) and its region are kept on the row, so the filter needs no join and a
 * registration whose address was not found is still seen by the national staff.
 */
@Entity
@Table(name = "participant")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = Participant.BY_STATUS,
    query = "SELECT p FROM Participant p WHERE p.status = :status ORDER BY p.registeredAt, p.id")
@NamedQuery(
    name = Participant.COUNT_BY_STATUS,
    query = "SELECT p.status, COUNT(p) FROM Participant p GROUP BY p.status")
@NamedQuery(
    name = Participant.BY_TOKEN_HASH,
    query = "SELECT p FROM Participant p WHERE p.confirmationTokenHash = :hash")
@NamedQuery(
    name = Participant.BY_REFERENCE,
    query = "SELECT p FROM Participant p WHERE p.reference = :reference")
@NamedQuery(
    name = Participant.BY_UNSUBSCRIBE_TOKEN,
    query = "SELECT p FROM Participant p WHERE p.unsubscribeToken = :token")
@NamedQuery(
    name = Participant.BY_EMAIL_AND_STATUS,
    query = "SELECT p FROM Participant p WHERE p.email = :email AND p.status = :status")
@NamedQuery(
    name = Participant.OVERDUE_CONFIRMATIONS,
    query =
        "SELECT p FROM Participant p WHERE p.status = :status AND p.confirmationExpiresAt <= :now"
            + " ORDER BY p.id")
@NamedQuery(
    name = Participant.CLAIM_IF_OVERDUE,
    query =
        "SELECT p FROM Participant p WHERE p.id = :id AND p.status = :status"
            + " AND p.confirmationExpiresAt <= :now")
@NamedQuery(
    name = Participant.DELETE_IF_OVERDUE,
    query =
        "DELETE FROM Participant p WHERE p.id = :id AND p.status = :status"
            + " AND p.confirmationExpiresAt <= :now")
@NamedQuery(
    name = Participant.COUNT_WITH_PHONE,
    query =
        "SELECT COUNT(p) FROM Participant p WHERE (p.mobile = :phone OR p.landline = :phone)"
            + " AND p.status NOT IN :gone AND p.id <> :self")
@NamedQuery(
    name = Participant.COUNT_WITH_EMAIL,
    query =
        "SELECT COUNT(p) FROM Participant p WHERE p.email = :email"
            + " AND p.status NOT IN :gone AND p.id <> :self")
@NamedQuery(
    name = Participant.WITH_EMAIL,
    query = "SELECT p FROM Participant p WHERE p.email = :email AND p.status NOT IN :gone")
@NamedQuery(
    name = Participant.WITH_PHONE,
    query =
        "SELECT p FROM Participant p WHERE (p.mobile = :phone OR p.landline = :phone)"
            + " AND p.status NOT IN :gone")
@NamedQuery(
    name = Participant.BAD_EMAIL,
    query =
        "SELECT p FROM Participant p WHERE p.emailBouncedAt IS NOT NULL AND p.status NOT IN :gone"
            + " ORDER BY p.emailBouncedAt, p.id")
@NamedQuery(
    name = Participant.COUNT_BAD_EMAIL,
    query =
        "SELECT COUNT(p) FROM Participant p WHERE p.emailBouncedAt IS NOT NULL"
            + " AND p.status NOT IN :gone")
@NamedQuery(
    name = Participant.WANTING_ACTION_REPORTS,
    query = "SELECT p.id FROM Participant p WHERE p.id IN :ids AND p.wantsActionReports = TRUE")
public class Participant extends HomeAndWorkAddresses {

  public static final String WANTING_ACTION_REPORTS = "Participant.wantingActionReports";
  public static final String BY_STATUS = "Participant.byStatus";
  public static final String COUNT_BY_STATUS = "Participant.countByStatus";
  public static final String BY_TOKEN_HASH = "Participant.byTokenHash";
  public static final String BY_REFERENCE = "Participant.byReference";
  public static final String BY_UNSUBSCRIBE_TOKEN = "Participant.byUnsubscribeToken";
  public static final String BY_EMAIL_AND_STATUS = "Participant.byEmailAndStatus";
  public static final String OVERDUE_CONFIRMATIONS = "Participant.overdueConfirmations";
  public static final String CLAIM_IF_OVERDUE = "Participant.claimIfOverdue";
  public static final String DELETE_IF_OVERDUE = "Participant.deleteIfOverdue";
  public static final String COUNT_WITH_PHONE = "Participant.countWithPhone";
  public static final String COUNT_WITH_EMAIL = "Participant.countWithEmail";
  public static final String WITH_EMAIL = "Participant.withEmail";
  public static final String WITH_PHONE = "Participant.withPhone";
  public static final String BAD_EMAIL = "Participant.badEmail";
  public static final String COUNT_BAD_EMAIL = "Participant.countBadEmail";

  /** Statuses that no longer count when looking for duplicates. */
  public static final Set<ParticipantStatus> GONE =
      EnumSet.of(
          ParticipantStatus.REJECTED, ParticipantStatus.UNSUBSCRIBED, ParticipantStatus.MERGED);

  /** Burgernet is open from the year one turns 16. */
  public static final int MINIMUM_AGE = 16;

  public static final int MAXIMUM_AGE = 120;

  public static final int NAME_LENGTH = 120;

  public static final int REASON_LENGTH = 500;

  private static final SecureRandom RANDOM = new SecureRandom();

  private static final int UNSUBSCRIBE_TOKEN_BYTES = 32;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  /** Random public reference of the registration, for the citizen and the app; not guessable. */
  @Column(nullable = false, unique = true, length = 36, updatable = false)
  private String reference;

  @Column(nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(length = 16)
  private PhoneNumber mobile;

  @Column(length = 16)
  private PhoneNumber landline;

  @Column(length = EmailAddress.MAXIMUM_LENGTH)
  private EmailAddress email;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "participant_channel", joinColumns = @JoinColumn(name = "participant_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 10)
  private Set<Channel> channels = EnumSet.noneOf(Channel.class);

  @Embedded private QuietHours quietHours;

  /** Kept whenever the channels, contact details or bounce mark change; see the type. */
  @Column(name = "reach_channels", nullable = false)
  private int reachChannels;

  @Column(name = "year_of_birth", nullable = false)
  private int yearOfBirth;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private RegistrationSource source;

  @Column(name = "consent_at", nullable = false)
  private Instant consentAt;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ParticipantStatus status;

  @Column(name = "status_changed_at", nullable = false)
  private Instant statusChangedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "queue_reason", length = 30)
  private QueueReason queueReason;

  @Column(name = "rejection_reason", length = REASON_LENGTH)
  private String rejectionReason;

  @Column(name = "confirmation_token_hash", length = 64, unique = true)
  private String confirmationTokenHash;

  @Column(name = "confirmation_expires_at")
  private Instant confirmationExpiresAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  /** Wrong codes tried for a confirmation by SMS code. */
  @Column(name = "confirmation_attempts", nullable = false)
  private int confirmationAttempts;

  /** Whether the confirmation waited for is a code by SMS (else a link by mail). */
  @Column(name = "confirmation_by_code", nullable = false)
  private boolean confirmationByCode;

  /** Opted in to get the public report of the actions that reached them by mail, afterwards. */
  @Column(name = "wants_action_reports", nullable = false)
  private boolean wantsActionReports;

  /**
   * Random token of the unsubscribe link in every message; kept as it is, because messages composed
   * later need the same link. It unsubscribes and reveals nothing.
   */
  @Column(name = "unsubscribe_token", nullable = false, unique = true, length = 43)
  private String unsubscribeToken;

  /** Set by a permanent bounce: nothing is mailed to the address until it is changed. */
  @Column(name = "email_bounced_at")
  private Instant emailBouncedAt;

  @Column(name = "email_bounce_diagnostic", length = REASON_LENGTH)
  private String emailBounceDiagnostic;

  /** The participant this registration was merged into, once it is {@code MERGED}. */
  @Column(name = "merged_into_id")
  private Long mergedIntoId;

  @Column(name = "scope_region_id")
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id")
  private Long scopeMunicipalityId;

  protected Participant() {}

  /** A new registration; its first status comes from the routing rules. */
  public Participant(
      ContactDetails contact,
      Address home,
      Set<Channel> channels,
      int yearOfBirth,
      int currentYear,
      RegistrationSource source,
      Instant consentAt,
      Instant now) {
    this.reference = UUID.randomUUID().toString();
    this.unsubscribeToken = newUnsubscribeToken();
    this.source = Objects.requireNonNull(source, "source");
    this.consentAt = Objects.requireNonNull(consentAt, "consent");
    this.registeredAt = now;
    change(contact, home, channels, yearOfBirth, currentYear);
    this.status = ParticipantStatus.VERIFICATION;
    this.statusChangedAt = now;
  }

  /** Changes what the citizen or a relation manager may change; the status stays. */
  public void change(
      ContactDetails contact,
      Address home,
      Set<Channel> channels,
      int yearOfBirth,
      int currentYear) {
    if (!isOldEnough(yearOfBirth, currentYear)) {
      throw new IllegalArgumentException("participants are at least 16 years old");
    }
    if (channels == null || channels.isEmpty()) {
      throw new IllegalArgumentException("a participant wants at least one channel");
    }
    changeContact(contact);
    placeHome(home);
    this.channels.clear();
    this.channels.addAll(channels);
    this.yearOfBirth = yearOfBirth;
    keepReachableChannels();
  }

  private void keepReachableChannels() {
    this.reachChannels =
        ReachableChannels.of(channels, getContact(), emailBouncedAt != null).bits();
  }

  /** A changed e-mail address is a new chance: the mark of a bounced one goes with it. */
  private void changeContact(ContactDetails contact) {
    if (!Objects.equals(this.email, contact.email())) {
      this.emailBouncedAt = null;
      this.emailBounceDiagnostic = null;
    }
    this.name = contact.name();
    this.mobile = contact.mobile();
    this.landline = contact.landline();
    this.email = contact.email();
  }

  /**
   * The receiving server refused the address for good: no more mail goes to it until a relation
   * manager or the participant changes it. The server's words are kept (cut to fit) for the
   * relation manager.
   */
  public void markEmailBounced(String diagnostic, Instant now) {
    if (email == null) {
      throw new IllegalStateException("no e-mail address to mark");
    }
    this.emailBouncedAt = Objects.requireNonNull(now, "now");
    String text = diagnostic == null ? "" : diagnostic.strip();
    this.emailBounceDiagnostic =
        text.length() > REASON_LENGTH ? text.substring(0, REASON_LENGTH) : text;
    keepReachableChannels();
  }

  public boolean hasBadEmail() {
    return emailBouncedAt != null;
  }

  /** The e-mail address mail may be sent to: none when it bounced for good. */
  public Optional<EmailAddress> getReachableEmail() {
    return hasBadEmail() ? Optional.empty() : getEmail();
  }

  /**
   * Takes the values chosen from a duplicate registration into this participant (the rest stays as
   * it is) and closes the registration as merged. Channels become those of both that the merged
   * contact details can serve.
   */
  public void absorb(Participant duplicate, Set<MergeField> fromDuplicate, Instant now) {
    if (duplicate == this || duplicate.status != ParticipantStatus.QUARANTINE) {
      throw new IllegalStateException("only a registration in quarantine can be merged");
    }
    if (GONE.contains(status)) {
      throw new IllegalStateException("a participant who left cannot take a registration");
    }
    ContactDetails merged =
        new ContactDetails(
            fromDuplicate.contains(MergeField.NAME) ? duplicate.name : name,
            fromDuplicate.contains(MergeField.MOBILE) ? duplicate.mobile : mobile,
            fromDuplicate.contains(MergeField.LANDLINE) ? duplicate.landline : landline,
            fromDuplicate.contains(MergeField.EMAIL) ? duplicate.email : email);
    boolean emailFromDuplicate =
        fromDuplicate.contains(MergeField.EMAIL) && !Objects.equals(email, duplicate.email);
    Instant bouncedAt = emailFromDuplicate ? duplicate.emailBouncedAt : emailBouncedAt;
    String bounceDiagnostic =
        emailFromDuplicate ? duplicate.emailBounceDiagnostic : emailBounceDiagnostic;
    changeContact(merged);
    this.emailBouncedAt = bouncedAt;
    this.emailBounceDiagnostic = bounceDiagnostic;
    if (fromDuplicate.contains(MergeField.HOME)) {
      placeHome(duplicate.getHome().copy());
      placeWork(duplicate.getWork().map(Address::copy).orElse(null));
    }
    if (fromDuplicate.contains(MergeField.YEAR_OF_BIRTH)) {
      this.yearOfBirth = duplicate.yearOfBirth;
    }
    Set<Channel> wanted = EnumSet.noneOf(Channel.class);
    wanted.addAll(channels);
    wanted.addAll(duplicate.channels);
    wanted.removeIf(channel -> !channelsFit(EnumSet.of(channel), merged));
    if (!wanted.isEmpty()) {
      this.channels.clear();
      this.channels.addAll(wanted);
    }
    keepReachableChannels();
    duplicate.moveTo(ParticipantStatus.MERGED, now);
    duplicate.mergedIntoId = id;
    duplicate.queueReason = null;
    duplicate.confirmationTokenHash = null;
  }

  /**
   * Whether someone born in that year may take part: from the calendar year in which one turns 16
   * (only the year of birth is asked), and no impossible ages.
   */
  public static boolean isOldEnough(int yearOfBirth, int currentYear) {
    int age = currentYear - yearOfBirth;
    return age >= MINIMUM_AGE && age <= MAXIMUM_AGE;
  }

  /** The participant's own choice of channels, which must fit the contact details. */
  public void changeChannels(Set<Channel> wanted) {
    if (wanted == null || wanted.isEmpty()) {
      throw new IllegalArgumentException("a participant wants at least one channel");
    }
    if (!channelsFit(wanted, getContact())) {
      throw new IllegalArgumentException("a channel needs the matching contact detail");
    }
    this.channels.clear();
    this.channels.addAll(wanted);
    keepReachableChannels();
  }

  /** SMS needs a mobile number, voice a telephone number, e-mail an e-mail address. */
  public static boolean channelsFit(Set<Channel> wanted, ContactDetails contact) {
    return (!wanted.contains(Channel.SMS) || contact.mobile() != null)
        && (!wanted.contains(Channel.VOICE) || contact.hasPhone())
        && (!wanted.contains(Channel.EMAIL) || contact.email() != null);
  }

  /** Moves the participant to an approved new home address. */
  public void moveHome(Address newHome) {
    placeHome(newHome);
  }

  public void changeWorkAddress(Address work) {
    placeWork(work);
  }

  public void changeQuietHours(QuietHours quietHours) {
    this.quietHours = quietHours;
  }

  public void changeActionReports(boolean wanted) {
    this.wantsActionReports = wanted;
  }

  public boolean wantsActionReports() {
    return wantsActionReports;
  }

  /** The municipality responsible for this participant decides who may see it. */
  public void assignTo(Municipality municipality) {
    this.scopeMunicipalityId = municipality == null ? null : municipality.getId();
    this.scopeRegionId = municipality == null ? null : municipality.getRegion().getId();
  }

  /** Puts the registration in the verification or quarantine queue for the reason given. */
  public void holdFor(ParticipantStatus queue, QueueReason reason, Instant now) {
    if (!queue.isQueue()) {
      throw new IllegalArgumentException(queue + " is not a queue");
    }
    moveTo(queue, now);
    this.queueReason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Waits for the citizen to confirm with the link in the mail; only the hash of the link's token
   * is kept, so the store holds nothing that confirms a registration.
   */
  public void awaitConfirmation(String tokenHash, Instant expiresAt, Instant now) {
    if (email == null) {
      throw new IllegalStateException("a confirmation mail needs an e-mail address");
    }
    moveTo(ParticipantStatus.AWAITING_CONFIRMATION, now);
    this.queueReason = null;
    this.confirmationTokenHash = Objects.requireNonNull(tokenHash, "token hash");
    this.confirmationExpiresAt = Objects.requireNonNull(expiresAt, "expiry");
    this.confirmedAt = null;
    this.confirmationByCode = false;
  }

  /**
   * Waits for the citizen to type the code sent by SMS, for a participant with a mobile number and
   * no e-mail address. Only a hash of the code is kept.
   */
  public void awaitCode(String codeHash, Instant expiresAt, Instant now) {
    if (mobile == null) {
      throw new IllegalStateException("a code by SMS needs a mobile number");
    }
    moveTo(ParticipantStatus.AWAITING_CONFIRMATION, now);
    this.queueReason = null;
    this.confirmationTokenHash = Objects.requireNonNull(codeHash, "code hash");
    this.confirmationExpiresAt = Objects.requireNonNull(expiresAt, "expiry");
    this.confirmedAt = null;
    this.confirmationAttempts = 0;
    this.confirmationByCode = true;
  }

  /**
   * Checks a code typed by the citizen against the hash of the one sent. A wrong code counts; after
   * the last allowed try the code is spent and the registration goes to the verification queue,
   * where a relation manager calls the applicant. The caller confirms on a match.
   */
  public boolean matchesCode(String codeHash, int maximumAttempts, Instant now) {
    if (!confirmationByCode || confirmationState(now) != ConfirmationState.VALID) {
      throw new IllegalStateException("no code to try");
    }
    if (MessageDigest.isEqual(
        confirmationTokenHash.getBytes(StandardCharsets.US_ASCII),
        codeHash.getBytes(StandardCharsets.US_ASCII))) {
      return true;
    }
    confirmationAttempts++;
    if (confirmationAttempts >= maximumAttempts) {
      this.confirmationTokenHash = null;
      holdFor(ParticipantStatus.VERIFICATION, QueueReason.NO_EMAIL, now);
    }
    return false;
  }

  public boolean isConfirmationByCode() {
    return confirmationByCode;
  }

  public int getConfirmationAttempts() {
    return confirmationAttempts;
  }

  /** What following the confirmation link would do now. */
  public ConfirmationState confirmationState(Instant now) {
    if (confirmedAt != null || status != ParticipantStatus.AWAITING_CONFIRMATION) {
      return ConfirmationState.USED;
    }
    return now.isBefore(confirmationExpiresAt)
        ? ConfirmationState.VALID
        : ConfirmationState.EXPIRED;
  }

  /** The citizen followed the link in time: the participant becomes active. */
  public void confirm(Instant now) {
    if (confirmationState(now) != ConfirmationState.VALID) {
      throw new IllegalStateException("the confirmation link is used or expired");
    }
    moveTo(ParticipantStatus.ACTIVE, now);
    this.confirmedAt = now;
  }

  /**
   * The citizen followed the link in time, in a region where a relation manager approves every
   * registration: it waits in the verification queue, already confirmed.
   */
  public void confirmForApproval(Instant now) {
    if (confirmationState(now) != ConfirmationState.VALID) {
      throw new IllegalStateException("the confirmation link is used or expired");
    }
    this.confirmedAt = now;
    holdFor(ParticipantStatus.VERIFICATION, QueueReason.AWAITING_APPROVAL, now);
  }

  /** Whether the citizen has confirmed the registration already (by the link in the mail). */
  public boolean isConfirmed() {
    return confirmedAt != null;
  }

  /**
   * A relation manager approves a held registration after checking it by other means (a phone call
   * for a participant without e-mail address).
   */
  public void activateWithoutConfirmation(Instant now) {
    moveTo(ParticipantStatus.ACTIVE, now);
    this.queueReason = null;
  }

  public void reject(String reason, Instant now) {
    if (reason == null || reason.isBlank() || reason.length() > REASON_LENGTH) {
      throw new IllegalArgumentException("a rejection needs a reason of at most 500 characters");
    }
    moveTo(ParticipantStatus.REJECTED, now);
    this.rejectionReason = reason.strip();
    this.confirmationTokenHash = null;
  }

  /**
   * The participant leaves Burgernet (the unsubscribe link, or a relation manager on request); a
   * confirmation link still open stops working.
   */
  public void unsubscribe(Instant now) {
    moveTo(ParticipantStatus.UNSUBSCRIBED, now);
    this.confirmationTokenHash = null;
  }

  public boolean isActive() {
    return status == ParticipantStatus.ACTIVE;
  }

  private static String newUnsubscribeToken() {
    byte[] bytes = new byte[UNSUBSCRIBE_TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private void moveTo(ParticipantStatus target, Instant now) {
    if (status != null && status != target && !status.canMoveTo(target)) {
      throw new IllegalStateException("a participant cannot go from " + status + " to " + target);
    }
    this.status = target;
    this.statusChangedAt = now;
  }

  public boolean canMoveTo(ParticipantStatus target) {
    return status == target || status.canMoveTo(target);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getReference() {
    return reference;
  }

  public String getName() {
    return name;
  }

  public Optional<PhoneNumber> getMobile() {
    return Optional.ofNullable(mobile);
  }

  public Optional<PhoneNumber> getLandline() {
    return Optional.ofNullable(landline);
  }

  public Optional<EmailAddress> getEmail() {
    return Optional.ofNullable(email);
  }

  public ContactDetails getContact() {
    return new ContactDetails(name, mobile, landline, email);
  }

  public Set<Channel> getChannels() {
    return channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
  }

  public ReachableChannels getReachableChannels() {
    return ReachableChannels.of(reachChannels);
  }

  public Optional<QuietHours> getQuietHours() {
    return Optional.ofNullable(quietHours);
  }

  public int getYearOfBirth() {
    return yearOfBirth;
  }

  public RegistrationSource getSource() {
    return source;
  }

  public Instant getConsentAt() {
    return consentAt;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public ParticipantStatus getStatus() {
    return status;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  public QueueReason getQueueReason() {
    return queueReason;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public Instant getConfirmationExpiresAt() {
    return confirmationExpiresAt;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public String getUnsubscribeToken() {
    return unsubscribeToken;
  }

  public Instant getEmailBouncedAt() {
    return emailBouncedAt;
  }

  public String getEmailBounceDiagnostic() {
    return emailBounceDiagnostic;
  }

  public Long getMergedIntoId() {
    return mergedIntoId;
  }

  public Long getScopeRegionId() {
    return scopeRegionId;
  }

  public Long getScopeMunicipalityId() {
    return scopeMunicipalityId;
  }
}
