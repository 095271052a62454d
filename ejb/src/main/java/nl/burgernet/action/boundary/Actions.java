package nl.burgernet.action.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.burgernet.action.control.ActionDossier;
import nl.burgernet.action.control.ActionViews;
import nl.burgernet.action.control.AreaSpecifications;
import nl.burgernet.action.control.RoundSender;
import nl.burgernet.action.control.TipRecorder;
import nl.burgernet.action.entity.Action;
import nl.burgernet.action.entity.ActionDraft;
import nl.burgernet.action.entity.ActionRound;
import nl.burgernet.action.entity.ActionState;
import nl.burgernet.action.entity.ActionStatus;
import nl.burgernet.action.entity.ActionTexts;
import nl.burgernet.action.entity.DeploymentScenario;
import nl.burgernet.action.entity.DossierEntry;
import nl.burgernet.action.entity.DossierEntryKind;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.action.entity.Tip;
import nl.burgernet.action.entity.TipPhoto;
import nl.burgernet.action.entity.TipSource;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.delivery.boundary.Deliveries;
import nl.burgernet.delivery.boundary.RecipientSelection;
import nl.burgernet.delivery.boundary.SendOrder;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.delivery.entity.SendRequest;
import nl.burgernet.participant.control.Geocoder;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.Postcode;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.control.CallerScope;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * Burgernetacties of the caller's regional unit, from the first round to the outcome message: the
 * control-room operator starts, widens and closes them; tips arrive by SMS and from the operator.
 * Actions outside the caller's scope do not exist for the caller.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({StaffRole.Names.CONTROL_ROOM_OPERATOR, StaffRole.Names.FUNCTIONAL_ADMINISTRATOR})
public class Actions {

  static final String AUDIT_OBJECT = "Action";
  static final String AUDIT_TIP = "ActionTip";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private RoundSender rounds;

  @Inject private ActionDossier dossier;

  @Inject private TipRecorder tips;

  @Inject private Deliveries deliveries;

  @Inject private Geocoder geocoder;

  @Inject private CallerScope callerScope;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Inject private Logger log;

  @Inject private Event<ActionPublished> published;

  @Resource private SessionContext session;

  /**
   * The texts the scenario would send with this description and callback number, marked as an
   * action of this status is.
   */
  public MessagePreview preview(
      @NotNull Long scenarioId,
      String description,
      String callbackNumber,
      @NotNull ActionStatus status) {
    DeploymentScenario scenario = scenario(scenarioId);
    String sms =
        status.mark(ActionTexts.compose(scenario.getSmsWording(), description, callbackNumber));
    String voice =
        status.mark(ActionTexts.compose(scenario.getVoiceWording(), description, callbackNumber));
    return new MessagePreview(
        sms, SmsFacts.of(sms), voice, status.mark(mailSubject(scenario.getName())), voice);
  }

  /**
   * Who a first round with this scenario would reach in the area now, per channel with ETA; for a
   * test, whom it would reach if it were real.
   */
  public Reach reach(
      @NotNull Long scenarioId,
      @NotNull ActionStatus status,
      @NotNull @Valid AreaSpecification area,
      @NotEmpty Set<@NotNull Channel> channels) {
    return rounds.reach(scenario(scenarioId).getKind(), status, area, channels, List.of());
  }

  /** Who a first round of a real action with this scenario would reach in the area now. */
  public Reach reach(
      @NotNull Long scenarioId,
      @NotNull @Valid AreaSpecification area,
      @NotEmpty Set<@NotNull Channel> channels) {
    return reach(scenarioId, ActionStatus.ACTUAL, area, channels);
  }

  /** Who widening the open action to the area would reach now: only those not reached yet. */
  public Reach widenedReach(@NotNull Long actionId, @NotNull @Valid AreaSpecification area) {
    Action action = find(actionId, false);
    return rounds.reach(
        action.getKind(), action.getStatus(), area, action.getChannels(), roundsOf(action));
  }

  /**
   * The point of a Dutch address, to put a circle around; empty when it is not found. The senders
   * of Burgernetmail draw their areas with the same map.
   */
  @RolesAllowed({
    StaffRole.Names.CONTROL_ROOM_OPERATOR,
    StaffRole.Names.FUNCTIONAL_ADMINISTRATOR,
    StaffRole.Names.MUNICIPALITY_AMBASSADOR,
    StaffRole.Names.INVESTIGATING_OFFICER,
    StaffRole.Names.REGIONAL_HELPDESK
  })
  public Optional<GeoPoint> locate(String postcode, int houseNumber) {
    if (!Postcode.isValid(postcode)) {
      throw new InvalidInputException("action.locate.postcode");
    }
    return geocoder
        .locate(Postcode.of(postcode), houseNumber, null)
        .map(location -> new GeoPoint(location.latitude(), location.longitude()));
  }

  /**
   * Starts the action and sends its first round (time-critical). The same idempotency key again
   * returns the action it started.
   */
  @RolesAllowed(StaffRole.Names.CONTROL_ROOM_OPERATOR)
  public ActionView start(@NotNull @Valid NewAction order) {
    Optional<Action> earlier =
        em.createNamedQuery(Action.BY_KEY, Action.class)
            .setParameter("key", order.idempotencyKey().strip())
            .getResultStream()
            .findFirst();
    if (earlier.isPresent()) {
      log.info(() -> "Action " + earlier.get().getId() + " started again; not sent again");
      return view(earlier.get());
    }
    DeploymentScenario scenario = scenario(order.scenarioId());
    if (!scenario.isActive()) {
      throw new InvalidInputException("action.scenario.inactive");
    }
    AreaSpecifications.toArea(order.area());
    ActionStatus status = order.status();
    String sms =
        status.mark(
            ActionTexts.compose(
                scenario.getSmsWording(), order.description(), order.callbackNumber()));
    if (!SmsFacts.of(sms).sendable()) {
      throw new InvalidInputException("action.smsText.tooLong");
    }
    String operator = session.getCallerPrincipal().getName();
    Action action =
        new Action(
            order.idempotencyKey(),
            scenario,
            status,
            order.description(),
            order.callbackNumber(),
            order.channels(),
            sms,
            status.mark(
                ActionTexts.compose(
                    scenario.getVoiceWording(), order.description(), order.callbackNumber())),
            operator,
            callerScope.current(),
            clock.instant());
    try {
      em.persist(action);
      em.flush();
    } catch (PersistenceException e) {
      // the same key at this very moment, or a key used in another region
      throw new ConflictException("action.key.taken");
    }
    dossier.append(
        action,
        operator,
        DossierEntryKind.STARTED,
        startedAs(status)
            + " gestart met scenario "
            + scenario.getName()
            + " ("
            + scenario.getKind()
            + "), kanalen "
            + action.getChannels()
            + ", terugbelnummer "
            + action.getCallbackNumber()
            + ". Signalement: "
            + action.getDescription()
            + "\nSMS: "
            + action.getSmsText()
            + "\nSpraak en e-mail: "
            + action.getVoiceText());
    rounds.send(action, order.idempotencyKey(), order.area(), List.of(), operator);
    published.fire(new ActionPublished(action.getId()));
    auditTrail.record(AuditAction.CREATE, AUDIT_OBJECT, action.getId(), AuditResult.SUCCESS);
    log.info(() -> "Action " + action.getId() + " (" + action.getKind() + ") started");
    return view(action);
  }

  private static String startedAs(ActionStatus status) {
    return switch (status) {
      case ACTUAL -> "Actie";
      case EXERCISE -> "Oefenactie (CAP-status Exercise; alle teksten beginnen met OEFENING)";
      case TEST -> "Testactie (CAP-status Test; geen bericht naar deelnemers)";
    };
  }

  /** Sends a further round to the participants in the area no earlier round reached. */
  @RolesAllowed(StaffRole.Names.CONTROL_ROOM_OPERATOR)
  public RoundView widen(@NotNull Long actionId, @NotNull @Valid Widening widening) {
    Action action = find(actionId, true);
    List<ActionRound> earlier = roundsOf(action);
    Optional<ActionRound> same =
        earlier.stream()
            .filter(round -> round.getIdempotencyKey().equals(widening.idempotencyKey().strip()))
            .findFirst();
    if (same.isPresent()) {
      return ActionViews.of(same.get());
    }
    if (!action.isOpen()) {
      throw new ConflictException("action.closed");
    }
    ActionRound round =
        rounds.send(
            action,
            widening.idempotencyKey(),
            widening.area(),
            earlier,
            session.getCallerPrincipal().getName());
    published.fire(new ActionPublished(actionId));
    auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, actionId, AuditResult.SUCCESS);
    return ActionViews.of(round);
  }

  /** Records a tip the operator took, e.g. by phone; fires {@link TipReceived}. */
  @RolesAllowed(StaffRole.Names.CONTROL_ROOM_OPERATOR)
  public TipView addTip(@NotNull Long actionId, @NotNull @Valid OperatorTip tip) {
    Action action = find(actionId, true);
    if (!action.isOpen()) {
      throw new ConflictException("action.closed");
    }
    Tip stored =
        tips.record(
            action,
            TipSource.OPERATOR,
            session.getCallerPrincipal().getName(),
            null,
            tip.text(),
            tip.location(),
            null);
    auditTrail.record(AuditAction.CREATE, AUDIT_TIP, stored.getId(), AuditResult.SUCCESS);
    return ActionViews.of(stored);
  }

  /**
   * Closes the action with its outcome and sends the outcome message to every participant a round
   * reached, on the channels that reached them. Closing a closed action is refused.
   */
  @RolesAllowed(StaffRole.Names.CONTROL_ROOM_OPERATOR)
  public ActionView close(@NotNull Long actionId, @NotNull @Valid Closing closing) {
    Action action = find(actionId, true);
    if (!action.isOpen()) {
      throw new ConflictException("action.closed");
    }
    String operator = session.getCallerPrincipal().getName();
    action.close(closing.outcome(), closing.outcomeMessage(), operator, clock.instant());
    dossier.append(
        action,
        operator,
        DossierEntryKind.CLOSED,
        "Actie afgesloten, afloop "
            + closing.outcome()
            + ": "
            + action.getOutcomeMessage().orElseThrow());
    Set<Long> roundRequests =
        Set.copyOf(
            roundsOf(action).stream().flatMap(round -> round.sendRequestIds().stream()).toList());
    if (!roundRequests.isEmpty()) {
      SendRequest request = sendOutcome(action, roundRequests);
      action.outcomeSentBy(request.getId());
      dossier.append(
          action,
          operator,
          DossierEntryKind.OUTCOME_SENT,
          "Afloopbericht verzonden, verzendverzoek "
              + request.getId()
              + " (SMS "
              + request.getSmsCount()
              + ", e-mail "
              + request.getEmailCount()
              + "): "
              + outcomeSms(action));
    }
    published.fire(new ActionPublished(actionId));
    auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, actionId, AuditResult.SUCCESS);
    log.info(() -> "Action " + actionId + " closed: " + closing.outcome());
    return view(action);
  }

  private SendRequest sendOutcome(Action action, Set<Long> roundRequests) {
    return deliveries.submit(
        new SendOrder(
            "action-" + action.getId() + "-outcome",
            SendPriority.TIME_CRITICAL,
            "Afloop Burgernetactie " + action.getId() + ": " + action.getScenarioName(),
            outcomeSms(action),
            action.marked("Afloop " + mailSubject(action.getScenarioName())),
            action.marked(action.getOutcomeMessage().orElseThrow()),
            null,
            outcomeSms(action),
            action.marked("Afloop " + mailSubject(action.getScenarioName())),
            action.marked(action.getOutcomeMessage().orElseThrow())),
        RecipientSelection.reachedBy(roundRequests));
  }

  private static String outcomeSms(Action action) {
    return action.marked("Burgernet afloopbericht: " + action.getOutcomeMessage().orElseThrow());
  }

  private static String mailSubject(String scenarioName) {
    return "Burgernetactie: " + scenarioName;
  }

  /** The action with its rounds and tips; not found outside the caller's scope. */
  public ActionView find(@NotNull Long actionId) {
    return view(find(actionId, false));
  }

  /**
   * The partner's updates and cancel of the alert the action was started from, newest first; none
   * for an action the control room started itself.
   */
  public List<PartnerMessage> partnerMessages(@NotNull Long actionId) {
    find(actionId, false);
    List<PartnerMessage> messages = new ArrayList<>();
    for (ActionDraft draft :
        em.createNamedQuery(ActionDraft.OF_ACTION, ActionDraft.class)
            .setParameter("action", actionId)
            .getResultList()) {
      if (draft.getState() == ActionDraft.State.ATTACHED) {
        messages.add(
            new PartnerMessage(
                draft.getReceivedAt(), PartnerMessage.Kind.UPDATE, draft.getDescription()));
      }
      draft
          .getCancelledAt()
          .ifPresent(at -> messages.add(new PartnerMessage(at, PartnerMessage.Kind.CANCEL, null)));
    }
    // one cancel that named the alert and its updates was noted on each of them at once
    return messages.stream()
        .distinct()
        .sorted(Comparator.comparing(PartnerMessage::at).reversed())
        .toList();
  }

  /** Open actions first, then the newest closed ones, at most {@code maximum}. */
  public List<ActionSummary> latest(int maximum) {
    return em
        .createNamedQuery(Action.LATEST, Action.class)
        .setParameter("open", ActionState.OPEN)
        .setMaxResults(Math.max(1, Math.min(maximum, 500)))
        .getResultList()
        .stream()
        .map(
            action ->
                new ActionSummary(
                    action.getId(),
                    action.getScenarioName(),
                    action.getKind(),
                    action.getStatus(),
                    action.getDescription(),
                    action.getState(),
                    action.getStartedAt(),
                    roundsOf(action).size(),
                    em.createNamedQuery(Tip.COUNT_OF_ACTION, Long.class)
                        .setParameter("action", action.getId())
                        .getSingleResult(),
                    action.getOutcome().orElse(null)))
        .toList();
  }

  /**
   * The photo of a tip from the app, for staff who see the action; not found outside the caller's
   * scope or when the action has no photo of that reference.
   */
  public TipPhotoView photo(@NotNull Long actionId, @NotNull String reference) {
    TipPhoto photo =
        em.createNamedQuery(TipPhoto.BY_REFERENCE, TipPhoto.class)
            .setParameter("action", find(actionId, false).getId())
            .setParameter("reference", reference)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("TipPhoto", reference));
    auditTrail.record(AuditAction.READ, AUDIT_TIP, reference, AuditResult.SUCCESS);
    return new TipPhotoView(photo.getContentType(), photo.getContent());
  }

  /** Every step and message of the action, in order. */
  public List<DossierEntryView> dossier(@NotNull Long actionId) {
    return dossier.entries(find(actionId, false).getId()).stream()
        .map(
            entry ->
                new DossierEntryView(
                    entry.getSequence(),
                    entry.getRecordedAt(),
                    entry.getActor(),
                    entry.getKind(),
                    entry.getContent()))
        .toList();
  }

  /** Recomputes the dossier's hash chain: shows whether any entry was changed or removed. */
  public DossierVerification verifyDossier(@NotNull Long actionId) {
    List<DossierEntry> entries = dossier.entries(find(actionId, false).getId());
    return new DossierVerification(entries.size(), DossierEntry.firstBroken(entries).orElse(null));
  }

  private Action find(Long actionId, boolean forChange) {
    Action action = em.find(Action.class, actionId);
    if (action == null) {
      if (forChange) {
        auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, actionId, AuditResult.DENIED);
      }
      throw new NotFoundException(AUDIT_OBJECT, actionId);
    }
    return action;
  }

  private DeploymentScenario scenario(Long scenarioId) {
    DeploymentScenario scenario = em.find(DeploymentScenario.class, scenarioId);
    if (scenario == null) {
      throw new NotFoundException("DeploymentScenario", scenarioId);
    }
    return scenario;
  }

  private List<ActionRound> roundsOf(Action action) {
    return em.createNamedQuery(ActionRound.OF_ACTION, ActionRound.class)
        .setParameter("action", action.getId())
        .getResultList();
  }

  private ActionView view(Action action) {
    return ActionViews.of(
        action,
        roundsOf(action),
        em.createNamedQuery(Tip.OF_ACTION, Tip.class)
            .setParameter("action", action.getId())
            .getResultList());
  }
}
