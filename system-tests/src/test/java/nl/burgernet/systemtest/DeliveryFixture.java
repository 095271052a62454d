package nl.burgernet.systemtest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nl.burgernet.delivery.boundary.ChannelEstimate;
import nl.burgernet.delivery.boundary.ChannelProgress;
import nl.burgernet.delivery.boundary.Deliveries;
import nl.burgernet.delivery.boundary.RecipientSelection;
import nl.burgernet.delivery.boundary.RequestProgress;
import nl.burgernet.delivery.boundary.SendOrder;
import nl.burgernet.delivery.entity.Delivery;
import nl.burgernet.delivery.entity.SendRequest;
import nl.burgernet.participant.entity.Address;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.ContactDetails;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.PhoneNumber;
import nl.burgernet.participant.entity.Postcode;
import nl.burgernet.participant.entity.RegistrationSource;
import nl.burgernet.security.control.ScopeContext;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;
import nl.burgernet.security.entity.Scope;
import nl.burgernet.security.entity.StaffRole;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test data and calls inside the application: active participants of the test's own (unique numbers
 * and addresses), and the Deliveries service called as a national functional administrator would.
 */
@Stateless(name = "DeliveryFixture")
@ScopeFiltered
@SystemScope
@PermitAll
@RunAs(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR)
public class DeliveryFixture {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Deliveries deliveries;

  @Inject private Clock clock;

  /** A participant as the tests know them: their id, mobile number and e-mail address. */
  public record Recipient(long id, String mobile, String email) {}

  /**
   * Active participants who want SMS and e-mail, with numbers {@code +316<prefix><nnnn>}.
   *
   * @param prefix four digits that no other test uses
   */
  public List<Recipient> activeParticipants(String prefix, int count) {
    Instant now = clock.instant();
    int year = now.atZone(ZoneOffset.UTC).getYear();
    List<Recipient> recipients = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String mobile = mobileOf(prefix, i);
      String email = emailOf(prefix, i);
      Participant participant =
          new Participant(
              new ContactDetails(
                  "Deelnemer " + i, PhoneNumber.of(mobile), null, EmailAddress.of(email)),
              new Address(Postcode.of("3511 AB"), 1 + i, null, "Oudegracht", "Utrecht"),
              EnumSet.of(Channel.SMS, Channel.EMAIL),
              1980,
              year,
              RegistrationSource.CARD,
              now,
              now);
      participant.activateWithoutConfirmation(now);
      em.persist(participant);
      em.flush();
      recipients.add(new Recipient(participant.getId(), mobile, email));
    }
    return recipients;
  }

  public static WebArchive addTo(WebArchive deployment) {
    return RunAsDescriptors.addTo(
        deployment.addClass(DeliveryFixture.class),
        "DeliveryFixture",
        StaffRole.Names.FUNCTIONAL_ADMINISTRATOR,
        StaffRole.Names.FUNCTIONAL_ADMINISTRATOR);
  }

  /** Test runs start with an empty store, so the addresses only have to differ between tests. */
  public static String emailOf(String prefix, int i) {
    return "deelnemer-" + prefix + "-" + i + "@burgernet.test";
  }

  public static String mobileOf(String prefix, int i) {
    return "+316" + prefix + String.format("%04d", i);
  }

  /** The deliveries of a request in the order the SMS centre or mail server took them. */
  public List<Delivery> deliveries(long requestId) {
    return em.createQuery(
            "SELECT d FROM Delivery d WHERE d.requestId = :request ORDER BY d.id", Delivery.class)
        .setParameter("request", requestId)
        .getResultList();
  }

  public SendRequest submit(SendOrder order, List<Recipient> recipients) {
    return nationally(() -> deliveries.submit(order, selectionOf(recipients)));
  }

  public SendRequest submit(SendOrder order, RecipientSelection selection) {
    return nationally(() -> deliveries.submit(order, selection));
  }

  private static RecipientSelection selectionOf(List<Recipient> recipients) {
    Set<Long> ids = new HashSet<>();
    recipients.forEach(r -> ids.add(r.id()));
    return RecipientSelection.participants(ids);
  }

  public List<ChannelEstimate> estimate(List<Recipient> recipients, Set<Channel> channels) {
    return nationally(() -> deliveries.estimate(selectionOf(recipients), channels));
  }

  public RequestProgress progress(long requestId) {
    return nationally(() -> deliveries.progress(requestId));
  }

  public List<Delivery> problems(long requestId) {
    return nationally(() -> deliveries.problems(requestId));
  }

  public int recall(long requestId) {
    return nationally(() -> deliveries.recall(requestId));
  }

  public int retryDeadLetters(long requestId) {
    return nationally(() -> deliveries.retryDeadLetters(requestId));
  }

  private static <T> T nationally(Supplier<T> work) {
    return ScopeContext.actingAs(Scope.national(), work);
  }

  /** The progress of one channel of the request. */
  static ChannelProgress channel(RequestProgress progress, Channel channel) {
    return progress.channels().stream()
        .filter(c -> c.channel() == channel)
        .findFirst()
        .orElseThrow();
  }

  /** Asks for the value until it is done, for at most a minute. */
  static <T> T await(Supplier<T> value, Predicate<T> done) {
    Instant deadline = Instant.now().plus(WAIT);
    T current = value.get();
    while (!done.test(current) && Instant.now().isBefore(deadline)) {
      pause(Duration.ofMillis(100));
      current = value.get();
    }
    return current;
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
