package nl.burgernet.action.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.boundary.Reach;
import nl.burgernet.action.entity.Action;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.action.entity.ActionRound;
import nl.burgernet.action.entity.DossierEntryKind;
import nl.burgernet.action.entity.ParticipantProtection;
import nl.burgernet.action.entity.RoundSelection;
import nl.burgernet.delivery.boundary.ChannelEstimate;
import nl.burgernet.delivery.boundary.Deliveries;
import nl.burgernet.delivery.boundary.RecipientSelection;
import nl.burgernet.delivery.boundary.SendOrder;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.delivery.entity.SendRequest;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.security.control.CallerScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Selects and sends the rounds of actions: the area's participants, less those an earlier round
 * reached and those protection spares, staged and handed to the delivery pipeline as one
 * time-critical send request per round.
 */
@Dependent
public class RoundSender {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private AreaSelection areaSelection;

  @Inject private Deliveries deliveries;

  @Inject private ActionDossier dossier;

  @Inject private CallerScope callerScope;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "burgernet.action.max-per-participant-per-day", defaultValue = "3")
  private int maximumActionsPerDay;

  /** Who a round of the kind to the area would reach now, after the action's earlier rounds. */
  public Reach reach(
      ActionKind kind, AreaSpecification area, Set<Channel> channels, List<ActionRound> earlier) {
    RoundSelection selection = select(kind, area, earlier);
    RecipientSelection staged = deliveries.stage(selection.recipients());
    List<ChannelEstimate> estimates = deliveries.estimate(staged, channels);
    deliveries.discard(staged);
    return new Reach(selection.inArea(), selection.alreadyReached(), selection.spared(), estimates);
  }

  /** Sends the next round of the action to the area and records it in the dossier. */
  public ActionRound send(
      Action action,
      String roundKey,
      AreaSpecification area,
      List<ActionRound> earlier,
      String operator) {
    int number = earlier.size() + 1;
    RoundSelection selection = select(action.getKind(), area, earlier);
    RecipientSelection staged = deliveries.stage(selection.recipients());
    SendRequest request =
        deliveries.submit(
            new SendOrder(
                ActionRound.sendKey(action.getId(), number),
                SendPriority.TIME_CRITICAL,
                "Burgernetactie "
                    + action.getId()
                    + " ronde "
                    + number
                    + ": "
                    + action.getScenarioName(),
                action.getChannels().contains(Channel.SMS) ? action.getSmsText() : null,
                action.getChannels().contains(Channel.EMAIL)
                    ? "Burgernetactie: " + action.getScenarioName()
                    : null,
                action.getChannels().contains(Channel.EMAIL) ? action.getVoiceText() : null,
                null,
                action.getChannels().contains(Channel.VOICE) ? action.getVoiceText() : null,
                action.getChannels().contains(Channel.APP)
                    ? "Burgernetactie: " + action.getScenarioName()
                    : null,
                action.getChannels().contains(Channel.APP) ? action.getSmsText() : null),
            staged);
    deliveries.discard(staged);
    Instant now = clock.instant();
    ActionRound round =
        new ActionRound(
            action,
            number,
            roundKey,
            area.kind().name(),
            AreaSpecifications.toJson(area),
            request.getId(),
            selection.recipients().size(),
            operator,
            now);
    em.persist(round);
    dossier.append(
        action,
        operator,
        DossierEntryKind.ROUND_SENT,
        "Ronde "
            + number
            + " naar "
            + AreaSpecifications.describe(area)
            + ": "
            + selection.inArea()
            + " deelnemers in het gebied, "
            + selection.alreadyReached()
            + " al bereikt, "
            + selection.spared()
            + " ontzien, "
            + selection.recipients().size()
            + " ontvangers; verzendverzoek "
            + request.getId()
            + " (SMS "
            + request.getSmsCount()
            + ", e-mail "
            + request.getEmailCount()
            + ")");
    return round;
  }

  private RoundSelection select(
      ActionKind kind, AreaSpecification area, List<ActionRound> earlier) {
    Set<Long> earlierRequests =
        earlier.stream().map(ActionRound::getSendRequestId).collect(Collectors.toSet());
    ZonedDateTime now = clock.instant().atZone(AMSTERDAM);
    return RoundSelection.of(
        areaSelection.candidates(AreaSpecifications.toArea(area), callerScope.current()),
        deliveries.reachedBy(earlierRequests),
        kind.isLifeThreatening()
            ? Map.of()
            : deliveries.timesReached(roundsSentSince(now.toLocalDate()), maximumActionsPerDay),
        kind,
        new ParticipantProtection(maximumActionsPerDay),
        now.toLocalTime());
  }

  private Set<Long> roundsSentSince(LocalDate day) {
    return Set.copyOf(
        em.createNamedQuery(ActionRound.REQUESTS_SENT_SINCE, Long.class)
            .setParameter("since", day.atStartOfDay(AMSTERDAM).toInstant())
            .getResultList());
  }
}
