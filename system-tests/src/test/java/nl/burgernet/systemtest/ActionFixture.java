package nl.burgernet.systemtest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import nl.burgernet.action.boundary.Actions;
import nl.burgernet.action.boundary.DeploymentScenarios;
import nl.burgernet.action.boundary.ScenarioView;
import nl.burgernet.action.boundary.TipReceived;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.participant.entity.Address;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.ContactDetails;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.participant.entity.PhoneNumber;
import nl.burgernet.participant.entity.Postcode;
import nl.burgernet.participant.entity.PushSubscription;
import nl.burgernet.participant.entity.QueueReason;
import nl.burgernet.participant.entity.QuietHours;
import nl.burgernet.participant.entity.RegistrationSource;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.security.control.ScopeContext;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;
import nl.burgernet.security.entity.Scope;
import nl.burgernet.security.entity.StaffRole;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test data and calls inside the application for actions: located active participants of the test's
 * own, and the {@code Actions} service called as a control-room operator of a region.
 */
@Stateless(name = "ActionFixture")
@ScopeFiltered
@SystemScope
@PermitAll
@RunAs(StaffRole.Names.CONTROL_ROOM_OPERATOR)
public class ActionFixture {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Actions actions;

  @Inject private DeploymentScenarios scenarios;

  @Inject private Clock clock;

  public static WebArchive addTo(WebArchive deployment) {
    return RunAsDescriptors.addTo(
        deployment.addClasses(ActionFixture.class, TipEvents.class),
        "ActionFixture",
        "meldkamer-test",
        StaffRole.Names.CONTROL_ROOM_OPERATOR);
  }

  /**
   * An active participant at the point, who wants SMS, responsible municipality by CBS code.
   *
   * @param quietHours the participant's, or null
   */
  public long participantAt(
      String mobile, GeoPoint point, String municipalityCode, QuietHours quietHours) {
    return participant(
        new ContactDetails("Deelnemer " + mobile, PhoneNumber.of(mobile), null, null),
        EnumSet.of(Channel.SMS),
        point,
        null,
        municipalityCode,
        quietHours,
        true);
  }

  /**
   * A participant living at the home point (and working at the work point, if any), responsible
   * municipality by CBS code.
   *
   * @param quietHours the participant's, or null
   * @param active whether the registration is active; else it waits for verification
   */
  public long participant(
      ContactDetails contact,
      Set<Channel> channels,
      GeoPoint home,
      GeoPoint work,
      String municipalityCode,
      QuietHours quietHours,
      boolean active) {
    Instant now = clock.instant();
    Municipality municipality =
        em.createQuery("SELECT m FROM Municipality m WHERE m.cbsCode = :code", Municipality.class)
            .setParameter("code", municipalityCode)
            .getSingleResult();
    Participant participant =
        new Participant(
            contact,
            located(home, municipality),
            channels,
            1980,
            now.atZone(ZoneOffset.UTC).getYear(),
            RegistrationSource.CARD,
            now,
            now);
    if (work != null) {
      participant.changeWorkAddress(located(work, municipality));
    }
    participant.assignTo(municipality);
    participant.changeQuietHours(quietHours);
    if (active) {
      participant.activateWithoutConfirmation(now);
    } else {
      // as a registration routed there: a queue always says why (the work list shows the reason)
      participant.holdFor(ParticipantStatus.VERIFICATION, QueueReason.AWAITING_APPROVAL, now);
    }
    em.persist(participant);
    em.flush();
    return participant.getId();
  }

  /** The mail server refused the participant's address for good. */
  public void markEmailBounced(long participantId) {
    em.find(Participant.class, participantId).markEmailBounced("550 unknown user", clock.instant());
  }

  /** A device of the participant takes app notifications. */
  public void addPushDevice(long participantId, String endpoint, String p256dh, String auth) {
    em.persist(new PushSubscription(participantId, endpoint, p256dh, auth, clock.instant()));
  }

  private static Address located(GeoPoint point, Municipality municipality) {
    Address address = new Address(Postcode.of("3011 AA"), 1, null, "Coolsingel", "Rotterdam");
    address.locate(point.latitude(), point.longitude(), municipality);
    return address;
  }

  public long regionOf(String municipalityCode) {
    return em.createQuery(
            "SELECT m.region.id FROM Municipality m WHERE m.cbsCode = :code", Long.class)
        .setParameter("code", municipalityCode)
        .getSingleResult();
  }

  /** Calls the actions service as an operator of the region. */
  public <T> T asOperatorOf(long regionId, Function<Actions, T> call) {
    return ScopeContext.actingAs(Scope.region(regionId), () -> call.apply(actions));
  }

  /** A seeded deployment scenario, as the operator picks it. */
  public ScenarioView scenarioNamed(String name) {
    return scenarios.active().stream()
        .filter(scenario -> scenario.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** The participants a send request has deliveries for, per their channel. */
  public List<Long> recipientsOf(long requestId, Channel channel) {
    return em.createQuery(
            "SELECT d.participantId FROM Delivery d WHERE d.requestId = :request"
                + " AND d.channel = :channel ORDER BY d.participantId",
            Long.class)
        .setParameter("request", requestId)
        .setParameter("channel", channel)
        .getResultList();
  }

  public long sendRequestsWithKey(String key) {
    return em.createQuery(
            "SELECT COUNT(r) FROM SendRequest r WHERE r.idempotencyKey = :key", Long.class)
        .setParameter("key", key)
        .getSingleResult();
  }

  /** Collects the tip events as the operator's screen would observe them. */
  @ApplicationScoped
  public static class TipEvents {

    // read through a method: the test holds a client proxy, whose own fields stay empty
    private final List<TipReceived> received = new CopyOnWriteArrayList<>();

    public List<TipReceived> received() {
      return List.copyOf(received);
    }

    void onTip(@ObservesAsync TipReceived tip) {
      received.add(tip);
    }
  }
}
