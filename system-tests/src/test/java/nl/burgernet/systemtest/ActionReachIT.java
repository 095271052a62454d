package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import nl.burgernet.action.boundary.ActionView;
import nl.burgernet.action.boundary.Actions;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.boundary.NewAction;
import nl.burgernet.action.boundary.Reach;
import nl.burgernet.action.boundary.RoundView;
import nl.burgernet.action.boundary.Widening;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.delivery.boundary.ChannelEstimate;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.ContactDetails;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.PhoneNumber;
import nl.burgernet.participant.entity.QuietHours;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live reach the operator sees before sending is counted from the participants' reachable
 * channels in the grid index, not from the staged send; it must say exactly what the send then
 * writes, per channel: SMS only with a mobile number, e-mail not to a bounced address, voice to a
 * landline or mobile number, the app only with a device, a work address counting like a home
 * address, nobody inactive or of another region, and the protection rules (quiet hours, the daily
 * cap) and a widening's "only new participants" applied alike.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ActionReachIT {

  private static final String DEVENTER = "GM0150";
  private static final String UTRECHT = "GM0344";
  // near Hardenberg, some 40 km from every postcode of the sample geocoder and every point of
  // the other tests: in the full run they register participants in Deventer's postcodes, whom a
  // circle there would count too
  private static final GeoPoint CENTRE = new GeoPoint(52.4800, 6.6400);
  // alone in a circle of 50 m: the three earlier actions of the day reach only her
  private static final GeoPoint CAPPED_HOME = offset(-0.004, -0.004);
  private static final Set<Channel> ALL = EnumSet.allOf(Channel.class);
  private static final String KEY = "it-action-reach-";

  @Deployment
  static WebArchive deployment() {
    return ActionFixture.addTo(Deployments.burgernet(ActionReachIT.class));
  }

  @EJB private ActionFixture fixture;

  @Test
  @Order(1)
  void participants_of_every_kind_live_around_the_centre() throws GeneralSecurityException {
    // SMS and e-mail; works inside the circle as well, and counts once
    participant(
            contact("+31655040001", null, "beide@example.nl"), Set.of(Channel.SMS, Channel.EMAIL))
        .at(offset(0.001, 0.001), offset(-0.001, 0.002));
    long bounced =
        participant(contact(null, null, "onbestelbaar@example.nl"), Set.of(Channel.EMAIL))
            .at(offset(0.002, 0), null);
    fixture.markEmailBounced(bounced);
    participant(contact(null, "+31570123456", null), Set.of(Channel.VOICE))
        .at(offset(0, 0.002), null);
    participant(contact("+31655040004", null, null), Set.of(Channel.SMS, Channel.VOICE))
        .at(offset(-0.002, 0), null);
    long withDevice =
        participant(contact("+31655040005", null, null), Set.of(Channel.APP, Channel.SMS))
            .at(offset(0.003, 0.001), null);
    fixture.addPushDevice(withDevice, "https://push.invalid/it-action-reach", p256dh(), auth());
    participant(contact("+31655040006", null, null), Set.of(Channel.APP, Channel.SMS))
        .at(offset(0.001, -0.003), null);
    LocalTime now = LocalTime.now(ZoneId.of("Europe/Amsterdam"));
    fixture.participant(
        contact("+31655040007", null, null),
        EnumSet.of(Channel.SMS),
        offset(-0.001, -0.001),
        null,
        DEVENTER,
        new QuietHours(now.minusHours(1), now.plusHours(1)),
        true);
    participant(contact("+31655040008", null, null), Set.of(Channel.SMS)).at(CAPPED_HOME, null);
    // lives 20 km away, works inside
    participant(contact("+31655040009", null, null), Set.of(Channel.SMS))
        .at(offset(0.18, 0), offset(0, -0.001));
    fixture.participant(
        contact("+31655040010", null, null),
        EnumSet.of(Channel.SMS),
        offset(0.0015, 0.0015),
        null,
        UTRECHT,
        null,
        true);
    fixture.participant(
        contact("+31655040011", null, null),
        EnumSet.of(Channel.SMS),
        offset(-0.0015, 0.0015),
        null,
        DEVENTER,
        null,
        false);
    // about 3 km away: only the widening reaches them
    participant(
            contact("+31655040012", null, "verder@example.nl"), Set.of(Channel.SMS, Channel.EMAIL))
        .at(offset(0.027, 0), null);
  }

  @Test
  @Order(2)
  void one_of_them_had_the_days_three_actions_already() {
    for (int i = 1; i <= 3; i++) {
      NewAction earlier =
          new NewAction(
              robbery(),
              "Eerdere actie " + i + " van vandaag.",
              "0800-6008",
              EnumSet.of(Channel.SMS),
              AreaSpecification.circle(CAPPED_HOME, 50),
              KEY + "earlier-" + i);
      assertThat(asOperator(actions -> actions.start(earlier)).rounds())
          .singleElement()
          .extracting(RoundView::recipients)
          .isEqualTo(1L);
    }
  }

  @Test
  @Order(3)
  void the_reach_of_a_first_round_counts_per_channel_what_its_send_writes() {
    Reach reach = asOperator(actions -> actions.reach(robbery(), circle(1_000), ALL));
    ActionView action = asOperator(actions -> actions.start(newAction()));
    RoundView round = action.rounds().get(0);

    assertThat(reach.inArea()).as("active, of the region, home or work inside").isEqualTo(9);
    assertThat(reach.spared()).as("in her quiet hours; reached three times today").isEqualTo(2);
    assertThat(round.recipients()).isEqualTo(reach.inArea() - reach.spared());
    assertThat(recipients(reach, Channel.SMS)).isEqualTo(5);
    assertThat(recipients(reach, Channel.EMAIL)).as("not the bounced address").isEqualTo(1);
    assertThat(recipients(reach, Channel.VOICE)).as("landline, or else mobile").isEqualTo(2);
    assertThat(recipients(reach, Channel.APP)).as("only with a device").isEqualTo(1);
    for (Channel channel : ALL) {
      assertThat(recipients(reach, channel))
          .as("reach of %s against the deliveries written", channel)
          .isEqualTo(fixture.recipientsOf(round.sendRequestId(), channel).size());
    }
  }

  @Test
  @Order(4)
  void the_reach_of_a_widening_counts_only_the_new_ones_as_its_send_does() {
    // SMS and e-mail only: every delivery of its first round stays on its way or arrives, so
    // "already reached" does not depend on how fast another channel's gateway gives up
    NewAction order =
        new NewAction(
            robbery(),
            "Vrouw, ca. 40 jaar, zwarte auto.",
            "0800-6008",
            EnumSet.of(Channel.SMS, Channel.EMAIL),
            circle(1_000),
            KEY + "start-to-widen");
    long actionId = asOperator(actions -> actions.start(order)).id();

    Reach reach = asOperator(actions -> actions.widenedReach(actionId, circle(5_000)));
    RoundView round =
        asOperator(
            actions -> actions.widen(actionId, new Widening(circle(5_000), KEY + "widen-1")));

    assertThat(reach.inArea()).as("the nine and the one further away").isEqualTo(10);
    assertThat(reach.alreadyReached())
        .as("those the first round's SMS or mail went to")
        .isEqualTo(5);
    assertThat(reach.spared()).isEqualTo(2);
    assertThat(round.recipients())
        .as("the bounced, the voice-only and the further one")
        .isEqualTo(3);
    assertThat(recipients(reach, Channel.SMS)).as("the one further away").isEqualTo(1);
    assertThat(recipients(reach, Channel.EMAIL)).isEqualTo(1);
    for (Channel channel : order.channels()) {
      assertThat(recipients(reach, channel))
          .as("widened reach of %s against the deliveries written", channel)
          .isEqualTo(fixture.recipientsOf(round.sendRequestId(), channel).size());
    }
  }

  private NewAction newAction() {
    return new NewAction(
        robbery(),
        "Man, ca. 30 jaar, groene jas, op de fiets.",
        "0800-6008",
        ALL,
        circle(1_000),
        KEY + "start");
  }

  private long robbery() {
    return fixture.scenarioNamed("Overval").id();
  }

  private <T> T asOperator(Function<Actions, T> call) {
    return fixture.asOperatorOf(fixture.regionOf(DEVENTER), call);
  }

  private static long recipients(Reach reach, Channel channel) {
    return reach.channels().stream()
        .filter(estimate -> estimate.channel() == channel)
        .mapToLong(ChannelEstimate::recipients)
        .findFirst()
        .orElseThrow();
  }

  private static AreaSpecification circle(int metres) {
    return AreaSpecification.circle(CENTRE, metres);
  }

  private static GeoPoint offset(double north, double east) {
    return new GeoPoint(CENTRE.latitude() + north, CENTRE.longitude() + east);
  }

  private static ContactDetails contact(String mobile, String landline, String email) {
    return new ContactDetails(
        "Deelnemer bij Deventer",
        mobile == null ? null : PhoneNumber.of(mobile),
        landline == null ? null : PhoneNumber.of(landline),
        email == null ? null : EmailAddress.of(email));
  }

  private Placing participant(ContactDetails contact, Set<Channel> channels) {
    return (home, work) ->
        fixture.participant(contact, EnumSet.copyOf(channels), home, work, DEVENTER, null, true);
  }

  /** An active participant of Deventer without quiet hours, placed at home and maybe work. */
  private interface Placing {
    long at(GeoPoint home, GeoPoint work);
  }

  /** A real P-256 public key, uncompressed, as a browser gives it. */
  private static String p256dh() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
    byte[] point = new byte[65];
    point[0] = 0x04;
    copyUnsigned(key.getW().getAffineX(), point, 1);
    copyUnsigned(key.getW().getAffineY(), point, 33);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(point);
  }

  private static void copyUnsigned(BigInteger value, byte[] target, int at) {
    byte[] bytes = value.toByteArray();
    int length = Math.min(bytes.length, 32);
    System.arraycopy(bytes, bytes.length - length, target, at + 32 - length, length);
  }

  private static String auth() {
    byte[] secret = new byte[16];
    new SecureRandom().nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }
}
