package nl.burgernet.action.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.security.entity.Scope;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A Burgernetactie: the texts composed from its scenario when it started (already marked when it is
 * an exercise or a test, see {@link ActionStatus}), its state and, once closed, its outcome. It
 * belongs to the scope of the control room that started it (as {@code SendRequest}): staff of other
 * regions do not see it.
 */
@Entity
@Table(name = "action")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(name = Action.BY_KEY, query = "SELECT a FROM Action a WHERE a.idempotencyKey = :key")
@NamedQuery(
    name = Action.LATEST,
    query =
        "SELECT a FROM Action a ORDER BY CASE WHEN a.state = :open THEN 0 ELSE 1 END,"
            + " a.startedAt DESC, a.id DESC")
@NamedQuery(
    name = Action.IN_STATE_WITH_STATUS,
    query =
        "SELECT a FROM Action a WHERE a.state = :state AND a.status = :status"
            + " ORDER BY a.startedAt DESC, a.id DESC")
@NamedQuery(
    name = Action.OPEN_OR_CLOSED_SINCE,
    query =
        "SELECT a FROM Action a WHERE a.state = :open OR a.closedAt > :since"
            + " ORDER BY CASE WHEN a.state = :open THEN 0 ELSE 1 END, a.startedAt DESC, a.id DESC")
public class Action {

  public static final String BY_KEY = "Action.byKey";
  public static final String OPEN_OR_CLOSED_SINCE = "Action.openOrClosedSince";
  public static final String LATEST = "Action.latest";
  public static final String IN_STATE_WITH_STATUS = "Action.inStateWithStatus";

  public static final int DESCRIPTION_LENGTH = 500;
  public static final int OUTCOME_MESSAGE_LENGTH = 480;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "idempotency_key", nullable = false, unique = true, length = 60, updatable = false)
  private String idempotencyKey;

  @Column(name = "scenario_id", nullable = false, updatable = false)
  private Long scenarioId;

  @Column(name = "scenario_name", nullable = false, length = 80, updatable = false)
  private String scenarioName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private ActionKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private ActionStatus status;

  @Column(nullable = false, length = DESCRIPTION_LENGTH, updatable = false)
  private String description;

  @Column(name = "callback_number", nullable = false, length = 20, updatable = false)
  private String callbackNumber;

  @Convert(converter = ChannelSetConverter.class)
  @Column(nullable = false, length = 40, updatable = false)
  private Set<Channel> channels = EnumSet.noneOf(Channel.class);

  @Column(name = "sms_text", nullable = false, length = 1600, updatable = false)
  private String smsText;

  @Column(name = "voice_text", nullable = false, length = 2000, updatable = false)
  private String voiceText;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ActionState state;

  @Column(name = "started_by", nullable = false, length = 60, updatable = false)
  private String startedBy;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 40)
  private Outcome outcome;

  @Column(name = "outcome_message", length = OUTCOME_MESSAGE_LENGTH)
  private String outcomeMessage;

  @Column(name = "closed_by", length = 60)
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "outcome_request_id")
  private Long outcomeRequestId;

  @Column(name = "scope_region_id", updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected Action() {}

  public Action(
      String idempotencyKey,
      DeploymentScenario scenario,
      ActionStatus status,
      String description,
      String callbackNumber,
      Set<Channel> channels,
      String smsText,
      String voiceText,
      String startedBy,
      Scope scope,
      Instant now) {
    if (channels == null || channels.isEmpty()) {
      throw new IllegalArgumentException("an action needs at least one channel");
    }
    this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey").strip();
    this.scenarioId = scenario.getId();
    this.scenarioName = scenario.getName();
    this.kind = scenario.getKind();
    this.status = Objects.requireNonNull(status, "status");
    this.description = Objects.requireNonNull(description, "description").strip();
    this.callbackNumber = Objects.requireNonNull(callbackNumber, "callbackNumber").strip();
    this.channels = EnumSet.copyOf(channels);
    this.smsText = Objects.requireNonNull(smsText, "smsText");
    this.voiceText = Objects.requireNonNull(voiceText, "voiceText");
    this.state = ActionState.OPEN;
    this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
    this.startedAt = now.truncatedTo(ChronoUnit.MILLIS);
    this.scopeRegionId = scope.regionId();
    this.scopeMunicipalityId = scope.municipalityId();
  }

  public boolean isOpen() {
    return state == ActionState.OPEN;
  }

  /** Ends the action; its outcome message goes out next. Closing twice is not possible. */
  public void close(Outcome outcome, String outcomeMessage, String closedBy, Instant now) {
    if (!isOpen()) {
      throw new IllegalStateException("action " + id + " is closed already");
    }
    this.state = ActionState.CLOSED;
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.outcomeMessage = Objects.requireNonNull(outcomeMessage, "outcomeMessage").strip();
    this.closedBy = Objects.requireNonNull(closedBy, "closedBy");
    this.closedAt = now.truncatedTo(ChronoUnit.MILLIS);
  }

  public void outcomeSentBy(long sendRequestId) {
    this.outcomeRequestId = sendRequestId;
  }

  /** The scope the action belongs to: its rounds, tips and dossier entries carry the same. */
  public Scope scope() {
    if (scopeRegionId == null) {
      return Scope.national();
    }
    return scopeMunicipalityId == null
        ? Scope.region(scopeRegionId)
        : Scope.municipality(scopeRegionId, scopeMunicipalityId);
  }

  public Long getId() {
    return id;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public Long getScenarioId() {
    return scenarioId;
  }

  public String getScenarioName() {
    return scenarioName;
  }

  public ActionKind getKind() {
    return kind;
  }

  public ActionStatus getStatus() {
    return status;
  }

  /** A text as participants and partners get it: marked when the action is practice. */
  public String marked(String text) {
    return status.mark(text);
  }

  public String getDescription() {
    return description;
  }

  public String getCallbackNumber() {
    return callbackNumber;
  }

  public Set<Channel> getChannels() {
    return EnumSet.copyOf(channels);
  }

  public String getSmsText() {
    return smsText;
  }

  public String getVoiceText() {
    return voiceText;
  }

  public ActionState getState() {
    return state;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Optional<Outcome> getOutcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<String> getOutcomeMessage() {
    return Optional.ofNullable(outcomeMessage);
  }

  public Optional<Instant> getClosedAt() {
    return Optional.ofNullable(closedAt);
  }

  public Optional<Long> getOutcomeRequestId() {
    return Optional.ofNullable(outcomeRequestId);
  }

  public Long getScopeRegionId() {
    return scopeRegionId;
  }
}
