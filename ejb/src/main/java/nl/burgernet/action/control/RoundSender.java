package nl.burgernet.action.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.boundary.Reach;
import nl.burgernet.action.entity.Action;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.action.entity.ActionRound;
import nl.burgernet.action.entity.ActionStatus;
import nl.burgernet.action.entity.Candidate;
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
import nl.burgernet.participant.entity.ReachableChannels;
import nl.burgernet.security.control.CallerScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Selects and sends the rounds of actions: the area's participants, less those an earlier round
 * reached and those protection spares, staged and handed to the delivery pipeline as one
 * time-critical send request per round. A test action's rounds are selected and recorded, but their
 * send requests have no recipients.
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

  /** How long a position the participant's app reported still counts for the app channel. */
  @Inject
  @ConfigProperty(name = "burgernet.app.location-hours", defaultValue = "2")
  private int locationHours;

  /**
   * Who a round of the kind to the area would reach now, after the action's earlier rounds; for a
   * test, whom it would reach if it were real.
   */
  public Reach reach(
      ActionKind kind,
      ActionStatus status,
      AreaSpecification area,
      Set<Channel> channels,
      List<ActionRound> earlier) {
    List<Candidate> byAddress = byAddress(area);
    RoundSelection selection = select(kind, status, byAddress, earlier);
    List<ChannelEstimate> estimates =
        deliveries.estimate(recipientsPerChannel(selection, channels));
    long byLocation =
        channels.contains(Channel.APP)
            ? select(kind, status, byLocationOnly(area, byAddress), earlier)
                .recipientCandidates()
                .size()
            : 0;
    return new Reach(
        selection.inArea(), selection.alreadyReached(), selection.spared(), estimates, byLocation);
  }

  /**
   * How many deliveries a send to the selection would write per channel: the count the fan-out
   * makes, taken from the recipients' reachable channels instead of staging them; the app channel
   * counts those of them with a device that takes push notifications.
   */
  private Map<Channel, Long> recipientsPerChannel(RoundSelection selection, Set<Channel> channels) {
    long[] counts = new long[Channel.values().length];
    List<Long> choosingTheApp = new ArrayList<>();
    for (Candidate candidate : selection.recipientCandidates()) {
      ReachableChannels reachable = candidate.channels();
      for (Channel channel : channels) {
        if (reachable.includes(channel)) {
          counts[channel.ordinal()]++;
        }
      }
      if (channels.contains(Channel.APP) && reachable.includes(Channel.APP)) {
        choosingTheApp.add(candidate.participantId());
      }
    }
    if (channels.contains(Channel.APP)) {
      counts[Channel.APP.ordinal()] = areaSelection.withPushSubscription(choosingTheApp).size();
    }
    Map<Channel, Long> perChannel = new EnumMap<>(Channel.class);
    channels.forEach(channel -> perChannel.put(channel, counts[channel.ordinal()]));
    return perChannel;
  }

  /** Sends the next round of the action to the area and records it in the dossier. */
  public ActionRound send(
      Action action,
      String roundKey,
      AreaSpecification area,
      List<ActionRound> earlier,
      String operator) {
    int number = earlier.size() + 1;
    List<Candidate> byAddress = byAddress(area);
    RoundSelection selection = select(action.getKind(), action.getStatus(), byAddress, earlier);
    Set<Long> recipients = reached(action, selection);
    RecipientSelection staged = deliveries.stage(recipients);
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
                    ? action.marked("Burgernetactie: " + action.getScenarioName())
                    : null,
                action.getChannels().contains(Channel.EMAIL) ? action.getVoiceText() : null,
                null,
                action.getChannels().contains(Channel.VOICE) ? action.getVoiceText() : null,
                action.getChannels().contains(Channel.APP)
                    ? action.marked("Burgernetactie: " + action.getScenarioName())
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
            recipients.size(),
            operator,
            now);
    em.persist(round);
    String byLocation = "";
    if (action.getChannels().contains(Channel.APP)) {
      Set<Long> located =
          reached(
              action,
              select(
                  action.getKind(), action.getStatus(), byLocationOnly(area, byAddress), earlier));
      if (!located.isEmpty()) {
        SendRequest locationRequest = sendToLocations(action, number, located);
        round.reachedLocationsBy(locationRequest.getId());
        byLocation =
            "; daarnaast "
                + located.size()
                + " app-deelnemers op hun gemelde locatie, verzendverzoek "
                + locationRequest.getId()
                + " (app "
                + locationRequest.getAppCount()
                + ")";
      }
    }
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
            + recipients.size()
            + " ontvangers"
            + (action.getStatus().reachesParticipants() ? "" : " (test: geen deelnemers)")
            + "; verzendverzoek "
            + request.getId()
            + " (SMS "
            + request.getSmsCount()
            + ", e-mail "
            + request.getEmailCount()
            + ")"
            + byLocation);
    return round;
  }

  /**
   * The app notification alone to participants the round reaches only by the position their app
   * reported (not by an address): they allowed it for the app, not for SMS, voice or e-mail.
   */
  private SendRequest sendToLocations(Action action, int number, Set<Long> located) {
    RecipientSelection staged = deliveries.stage(located);
    SendRequest request =
        deliveries.submit(
            new SendOrder(
                ActionRound.locationSendKey(action.getId(), number),
                SendPriority.TIME_CRITICAL,
                "Burgernetactie "
                    + action.getId()
                    + " ronde "
                    + number
                    + " (gemelde locatie): "
                    + action.getScenarioName(),
                null,
                null,
                null,
                null,
                null,
                action.marked("Burgernetactie: " + action.getScenarioName()),
                action.getSmsText()),
            staged);
    deliveries.discard(staged);
    return request;
  }

  /** Whom the round sends to: those selected, or nobody when the action is a test. */
  private static Set<Long> reached(Action action, RoundSelection selection) {
    return action.getStatus().reachesParticipants() ? selection.recipients() : Set.of();
  }

  private List<Candidate> byAddress(AreaSpecification area) {
    return areaSelection.candidates(AreaSpecifications.toArea(area), callerScope.current());
  }

  /** Participants whose fresh reported position is in the area, less those it has by address. */
  private List<Candidate> byLocationOnly(AreaSpecification area, List<Candidate> byAddress) {
    List<Candidate> located =
        areaSelection.locatedCandidates(
            AreaSpecifications.toArea(area),
            callerScope.current(),
            clock.instant().minus(Duration.ofHours(locationHours)));
    if (located.isEmpty()) {
      // most areas: no set of everyone inside by address is needed
      return located;
    }
    Set<Long> addressed =
        byAddress.stream().map(Candidate::participantId).collect(Collectors.toSet());
    return located.stream()
        .filter(candidate -> !addressed.contains(candidate.participantId()))
        .toList();
  }

  private RoundSelection select(
      ActionKind kind, ActionStatus status, List<Candidate> candidates, List<ActionRound> earlier) {
    Set<Long> earlierRequests =
        earlier.stream()
            .flatMap(round -> round.sendRequestIds().stream())
            .collect(Collectors.toSet());
    ZonedDateTime now = clock.instant().atZone(AMSTERDAM);
    ParticipantProtection protection = ParticipantProtection.of(maximumActionsPerDay, status);
    return RoundSelection.of(
        candidates,
        deliveries.reachedBy(earlierRequests),
        protection.overrides(kind)
            ? Map.of()
            : deliveries.timesReached(roundsSentSince(now.toLocalDate()), maximumActionsPerDay),
        kind,
        protection,
        now.toLocalTime());
  }

  private Set<Long> roundsSentSince(LocalDate day) {
    Set<Long> requests = new HashSet<>();
    for (String query :
        List.of(ActionRound.REQUESTS_SENT_SINCE, ActionRound.LOCATION_REQUESTS_SENT_SINCE)) {
      requests.addAll(
          em.createNamedQuery(query, Long.class)
              .setParameter("since", day.atStartOfDay(AMSTERDAM).toInstant())
              .getResultList());
    }
    return requests;
  }
}
