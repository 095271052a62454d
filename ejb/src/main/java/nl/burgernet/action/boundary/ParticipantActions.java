package nl.burgernet.action.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import nl.burgernet.action.control.AreaCoverage;
import nl.burgernet.action.control.AreaSpecifications;
import nl.burgernet.action.control.TipPhotos;
import nl.burgernet.action.control.TipRecorder;
import nl.burgernet.action.entity.Action;
import nl.burgernet.action.entity.ActionRound;
import nl.burgernet.action.entity.ActionState;
import nl.burgernet.action.entity.Tip;
import nl.burgernet.action.entity.TipSource;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.participant.boundary.AppHolder;
import nl.burgernet.participant.boundary.SelfService;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * Burgernetacties as the participant web app shows them: the open and recently closed actions whose
 * area covers the home or work address of the participant holding the app's device token, and tips
 * from the app on those while they are open. Nobody is logged in and actions of every region may
 * cover an address, so the work runs in the system scope; every answer is limited to the holder's
 * own area and never shows tips or other participants. A test action reached nobody, so the app
 * does not show it; an exercise shows as one.
 */
@Stateless
@ScopeFiltered
@SystemScope
@PermitAll
public class ParticipantActions {

  /** The "from" of an app tip on the operator's screen; the tip also names the participant. */
  static final String APP_SENDER = "app";

  /** Actions looked at per call: far more than are open or recently closed at any time. */
  private static final int MAXIMUM_ACTIONS = 500;

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private SelfService selfService;

  @Inject private TipRecorder tips;

  @Inject private TipPhotos photos;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Inject private Logger log;

  @Inject
  @ConfigProperty(name = "burgernet.app.closed-action-days", defaultValue = "3")
  int closedActionDays;

  @Inject
  @ConfigProperty(name = "burgernet.app.tips-per-hour", defaultValue = "10")
  int tipsPerHour;

  /** Open actions first, then those closed in the last {@code closedActionDays} days. */
  public List<AppActionView> forMyArea(String deviceToken) {
    AppHolder holder = selfService.appHolder(deviceToken);
    Instant since = clock.instant().minus(Duration.ofDays(closedActionDays));
    return em.createNamedQuery(Action.OPEN_OR_CLOSED_SINCE, Action.class)
        .setParameter("open", ActionState.OPEN)
        .setParameter("since", since)
        // an action closed by another instance (or another persistence context) is in this
        // instance's cache as open: a participant must see the state the store has
        .setHint(QueryHints.REFRESH, HintValues.TRUE)
        .setMaxResults(MAXIMUM_ACTIONS)
        .getResultStream()
        .filter(action -> action.getStatus().reachesParticipants())
        .map(action -> viewFor(holder, action))
        .filter(view -> !view.areas().isEmpty())
        .toList();
  }

  /**
   * Adds the tip (and its photo, re-encoded) to the open action, through the same path as tips by
   * SMS and from the operator: the operator's screen shows it at once ({@link TipReceived}).
   * Refuses an action outside the holder's area (not found), a closed action, and more than {@code
   * tipsPerHour} tips an hour from one participant.
   */
  public long sendTip(String deviceToken, @NotNull Long actionId, @NotNull @Valid AppTip tip) {
    AppHolder holder = selfService.appHolder(deviceToken);
    Action action = em.find(Action.class, actionId);
    if (action == null
        || !action.getStatus().reachesParticipants()
        || viewFor(holder, action).areas().isEmpty()) {
      throw new NotFoundException(Actions.AUDIT_OBJECT, actionId);
    }
    // whether it is still open is the store's answer, not a cached one
    em.refresh(action);
    if (!action.isOpen()) {
      throw new ConflictException("webApp.tip.closed");
    }
    long recent =
        em.createNamedQuery(Tip.COUNT_OF_PARTICIPANT_SINCE, Long.class)
            .setParameter("participant", holder.participantId())
            .setParameter("source", TipSource.APP)
            .setParameter("since", clock.instant().minus(Duration.ofHours(1)))
            .getSingleResult();
    if (recent >= tipsPerHour) {
      throw new InvalidInputException("webApp.tip.tooMany", tipsPerHour);
    }
    String photo = tip.photo() == null ? null : photos.store(action, tip.photo());
    Tip stored =
        tips.record(
            action,
            TipSource.APP,
            APP_SENDER,
            holder.participantId(),
            tip.text(),
            tip.location(),
            photo);
    auditTrail.recordFor(
        SelfService.PARTICIPANT_ACTOR,
        action.getScopeRegionId(),
        AuditAction.CREATE,
        Actions.AUDIT_TIP,
        stored.getId(),
        AuditResult.SUCCESS);
    log.info(
        () ->
            "App tip on action "
                + actionId
                + (photo == null ? "" : " with a photo")
                + " from participant "
                + holder.participantId());
    return stored.getId();
  }

  /** The action with only the rounds whose area covers one of the holder's places. */
  private AppActionView viewFor(AppHolder holder, Action action) {
    List<ActionRound> covering =
        em.createNamedQuery(ActionRound.OF_ACTION, ActionRound.class)
            .setParameter("action", action.getId())
            .getResultStream()
            .filter(round -> covers(AreaSpecifications.fromJson(round.getArea()), holder))
            .toList();
    List<Long> requests = new ArrayList<>();
    covering.forEach(round -> requests.addAll(round.sendRequestIds()));
    action.getOutcomeRequestId().ifPresent(requests::add);
    return new AppActionView(
        action.getId(),
        action.marked(action.getScenarioName()),
        action.getKind(),
        action.getDescription(),
        action.getCallbackNumber(),
        action.getState(),
        action.getStartedAt(),
        covering.stream().map(round -> AreaSpecifications.fromJson(round.getArea())).toList(),
        covering.isEmpty() ? List.of() : requests,
        action.getClosedAt().orElse(null),
        action.getOutcome().orElse(null),
        action.getOutcomeMessage().orElse(null));
  }

  private static boolean covers(AreaSpecification area, AppHolder holder) {
    return holder.places().stream()
        .anyMatch(place -> AreaCoverage.covers(AreaSpecifications.toArea(area), place));
  }
}
