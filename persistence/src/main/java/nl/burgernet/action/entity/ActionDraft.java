package nl.burgernet.action.entity;

import jakarta.persistence.Column;
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
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A draft action made from a trusted partner's CAP Alert (e.g. an AMBER Alert): the proposed
 * scenario, description, callback number and area, for the control room of the area. Nothing goes
 * out until an operator reviews it and sends it, which starts a real {@link Action}; or dismisses
 * it.
 */
@Entity
@Table(name = "action_draft")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.scopeRegionId = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.scopeMunicipalityId = :scopeMunicipality)")
@NamedQuery(
    name = ActionDraft.IN_STATE,
    query =
        "SELECT d FROM ActionDraft d WHERE d.state = :state ORDER BY d.receivedAt DESC, d.id DESC")
@NamedQuery(
    name = ActionDraft.BY_MESSAGE,
    query =
        "SELECT d FROM ActionDraft d WHERE d.capSender = :sender AND d.capIdentifier = :identifier")
@NamedQuery(
    name = ActionDraft.OF_ACTION,
    query = "SELECT d FROM ActionDraft d WHERE d.actionId = :action ORDER BY d.id")
public class ActionDraft {

  public static final String IN_STATE = "ActionDraft.inState";
  public static final String BY_MESSAGE = "ActionDraft.byMessage";
  public static final String OF_ACTION = "ActionDraft.ofAction";

  /**
   * Waiting for review; sent as an action; dismissed by the operator; replaced by the partner's
   * update while waiting; the partner's update of an alert that is an action already, kept in that
   * action's dossier; or withdrawn by the partner's cancel while waiting.
   */
  public enum State {
    PENDING,
    SENT,
    DISMISSED,
    REPLACED,
    ATTACHED,
    WITHDRAWN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "cap_sender", nullable = false, length = 200, updatable = false)
  private String capSender;

  @Column(name = "cap_identifier", nullable = false, length = 200, updatable = false)
  private String capIdentifier;

  @Column(name = "cap_sent", nullable = false, updatable = false)
  private Instant capSent;

  @Column(nullable = false, length = 200, updatable = false)
  private String event;

  @Column(length = 500, updatable = false)
  private String headline;

  /** The alert's CAP status: an exercise or test alert proposes an action of that status. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private ActionStatus status;

  @Column(name = "scenario_id", nullable = false, updatable = false)
  private Long scenarioId;

  @Column(nullable = false, length = Action.DESCRIPTION_LENGTH, updatable = false)
  private String description;

  @Column(name = "callback_number", nullable = false, length = 20, updatable = false)
  private String callbackNumber;

  @Column(nullable = false, updatable = false)
  private String area;

  @Column(nullable = false, updatable = false)
  private String document;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private State state;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "reviewed_by", length = 60)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "action_id")
  private Long actionId;

  @Column(name = "scope_region_id", nullable = false, updatable = false)
  private Long scopeRegionId;

  @Column(name = "scope_municipality_id", updatable = false)
  private Long scopeMunicipalityId;

  protected ActionDraft() {}

  /**
   * @param area the proposed area as AreaSpecification JSON
   * @param document the CAP document as received
   */
  public ActionDraft(
      String capSender,
      String capIdentifier,
      Instant capSent,
      String event,
      String headline,
      ActionStatus status,
      long scenarioId,
      String description,
      String callbackNumber,
      String area,
      String document,
      long regionId,
      Instant now) {
    this.capSender = Objects.requireNonNull(capSender, "capSender");
    this.capIdentifier = Objects.requireNonNull(capIdentifier, "capIdentifier");
    this.capSent = capSent.truncatedTo(ChronoUnit.MILLIS);
    this.event = Objects.requireNonNull(event, "event");
    this.headline = headline;
    this.status = Objects.requireNonNull(status, "status");
    this.scenarioId = scenarioId;
    this.description = Objects.requireNonNull(description, "description");
    this.callbackNumber = Objects.requireNonNull(callbackNumber, "callbackNumber");
    this.area = Objects.requireNonNull(area, "area");
    this.document = Objects.requireNonNull(document, "document");
    this.scopeRegionId = regionId;
    this.state = State.PENDING;
    this.receivedAt = now.truncatedTo(ChronoUnit.MILLIS);
  }

  public boolean isPending() {
    return state == State.PENDING;
  }

  /** The operator sent it: it became the action. */
  public void sentAs(long actionId, String operator, Instant now) {
    review(State.SENT, operator, now);
    this.actionId = actionId;
  }

  public void dismiss(String operator, Instant now) {
    review(State.DISMISSED, operator, now);
  }

  /** The partner sent an update of this alert while it waited: the update's draft takes over. */
  public void replace(String partner, Instant now) {
    review(State.REPLACED, partner, now);
  }

  /**
   * This draft is the partner's update of an alert that became the action already: nothing is sent
   * again, the update goes into the action's dossier.
   */
  public void attachTo(long actionId, String partner, Instant now) {
    review(State.ATTACHED, partner, now);
    this.actionId = actionId;
  }

  /**
   * The partner cancelled the alert: a waiting draft is withdrawn; one that was reviewed keeps its
   * outcome (an action goes on until the control room closes it).
   *
   * @return whether this is the first cancel of the draft
   */
  public boolean cancel(String partner, Instant now) {
    if (cancelledAt != null) {
      return false;
    }
    if (isPending()) {
      review(State.WITHDRAWN, partner, now);
    }
    this.cancelledAt = now.truncatedTo(ChronoUnit.MILLIS);
    return true;
  }

  /** The action this alert is part of, sent from it or updated into it; empty otherwise. */
  public Optional<Long> getRunningActionId() {
    return state == State.SENT || state == State.ATTACHED
        ? Optional.of(actionId)
        : Optional.empty();
  }

  public Optional<Instant> getCancelledAt() {
    return Optional.ofNullable(cancelledAt);
  }

  private void review(State outcome, String operator, Instant now) {
    if (!isPending()) {
      throw new IllegalStateException("draft " + id + " was reviewed already");
    }
    this.state = outcome;
    this.reviewedBy = Objects.requireNonNull(operator, "operator");
    this.reviewedAt = now.truncatedTo(ChronoUnit.MILLIS);
  }

  public Long getId() {
    return id;
  }

  public String getCapSender() {
    return capSender;
  }

  public String getCapIdentifier() {
    return capIdentifier;
  }

  public Instant getCapSent() {
    return capSent;
  }

  public String getEvent() {
    return event;
  }

  public Optional<String> getHeadline() {
    return Optional.ofNullable(headline);
  }

  public ActionStatus getStatus() {
    return status;
  }

  public Long getScenarioId() {
    return scenarioId;
  }

  public String getDescription() {
    return description;
  }

  public String getCallbackNumber() {
    return callbackNumber;
  }

  public String getArea() {
    return area;
  }

  public String getDocument() {
    return document;
  }

  public State getState() {
    return state;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Optional<Long> getActionId() {
    return Optional.ofNullable(actionId);
  }

  public Long getScopeRegionId() {
    return scopeRegionId;
  }
}
