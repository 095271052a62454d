package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import nl.burgernet.delivery.entity.MailBounce;
import nl.burgernet.participant.boundary.AddressDetails;
import nl.burgernet.participant.boundary.ParticipantDetails;
import nl.burgernet.participant.boundary.ParticipantQueues;
import nl.burgernet.participant.boundary.Participants;
import nl.burgernet.participant.boundary.Registrations;
import nl.burgernet.participant.boundary.SearchPage;
import nl.burgernet.participant.control.PhoneNumbers;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.MergeField;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.participant.entity.PhoneNumber;
import nl.burgernet.participant.entity.RegistrationSource;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.reference.boundary.ReferenceData;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.security.control.ScopeContext;
import nl.burgernet.security.entity.Scope;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The relation manager of Deventer against the real store: finds participants by what people type,
 * only in Deventer; sees a permanent bounce on the list "e-mailadres herstellen" until the address
 * is fixed; merges a duplicate registration into the existing participant.
 */
@ExtendWith(ArquillianExtension.class)
class RelationManagementIT {

  private static final String DEVENTER = "7411 AA";
  private static final String SCHIEDAM = "3111 AA";

  @Deployment
  static WebArchive deployment() {
    return RelationManagerFixture.addTo(Deployments.burgernet(RelationManagementIT.class));
  }

  @Inject private Registrations registrations;

  @Inject private Participants participants;

  @Inject private ParticipantQueues queues;

  @Inject private ReferenceData referenceData;

  @Inject private Event<MailBounce> bounces;

  @EJB private RelationManagerFixture relationManager;

  @Test
  void a_phone_number_is_found_in_the_notation_people_type_but_only_within_the_scope() {
    String deventerMobile = uniqueMobile();
    String schiedamMobile = uniqueMobile();
    register("Jan Belder", uniqueEmail(), deventerMobile, DEVENTER);
    register("Piet Belder", uniqueEmail(), schiedamMobile, SCHIEDAM);

    SearchPage found = inDeventer(() -> participants.search(dashed(deventerMobile), null, 0, 20));
    SearchPage elsewhere = inDeventer(() -> participants.search(schiedamMobile, null, 0, 20));

    assertThat(found.participants()).extracting(Participant::getName).containsExactly("Jan Belder");
    assertThat(elsewhere.total()).isZero();
    assertThat(elsewhere.participants()).isEmpty();
  }

  @Test
  void a_name_matches_at_the_start_of_any_word_a_page_at_a_time() {
    String surname = "Zoekers" + letters();
    for (String first : List.of("Anna", "Bram", "Cor")) {
      register(first + " van " + surname, null, uniqueMobile(), DEVENTER);
    }

    SearchPage firstPage = inDeventer(() -> participants.search(surname, null, 0, 2));
    SearchPage secondPage = inDeventer(() -> participants.search(surname, null, 2, 2));
    SearchPage verification =
        inDeventer(() -> participants.search(surname, ParticipantStatus.VERIFICATION, 0, 2));

    assertThat(firstPage.total()).isEqualTo(3);
    assertThat(firstPage.participants())
        .extracting(Participant::getName)
        .containsExactly("Anna van " + surname, "Bram van " + surname);
    assertThat(secondPage.participants())
        .extracting(Participant::getName)
        .containsExactly("Cor van " + surname);
    assertThat(verification.total()).as("with a mobile number they confirm by SMS code").isZero();
  }

  @Test
  void a_term_that_is_no_number_nor_name_is_refused_with_a_reason() {
    assertThatThrownBy(() -> inDeventer(() -> participants.search("12 34", null, 0, 20)))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).getMessageKey())
        .isEqualTo("participant.search.phone");
  }

  @Test
  void a_permanent_bounce_puts_the_participant_on_the_list_until_the_address_is_fixed() {
    String email = uniqueEmail();
    long id = register("Bert Bounce", email, uniqueMobile(), DEVENTER);
    long countBefore = inDeventer(() -> queues.counts().badEmailAddresses());

    bounces.fire(new MailBounce(email, false, "451 4.2.0 mailbox busy"));
    assertThat(badEmailIds()).as("a temporary failure changes nothing").doesNotContain(id);

    bounces.fire(new MailBounce(email, true, "550 5.1.1 user unknown"));

    Participant marked = inDeventer(() -> participants.find(id));
    assertThat(marked.hasBadEmail()).isTrue();
    assertThat(marked.getEmailBounceDiagnostic()).isEqualTo("550 5.1.1 user unknown");
    assertThat(badEmailIds()).contains(id);
    assertThat(inDeventer(() -> queues.counts().badEmailAddresses())).isEqualTo(countBefore + 1);

    ParticipantDetails fixed = withEmail(ParticipantDetails.of(marked), "nieuw-" + email);
    inDeventer(() -> queues.edit(id, fixed));

    assertThat(badEmailIds()).doesNotContain(id);
    assertThat(inDeventer(() -> participants.find(id)).getReachableEmail()).isPresent();
  }

  @Test
  void a_bounce_fired_asynchronously_is_handled_as_well() throws InterruptedException {
    String email = uniqueEmail();
    long id = register("Anne Async", email, uniqueMobile(), DEVENTER);

    bounces.fireAsync(new MailBounce(email, true, "550 5.1.1 no such user"));

    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!badEmailIds().contains(id) && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertThat(badEmailIds()).contains(id);
  }

  @Test
  void a_duplicate_registration_is_merged_with_the_values_chosen() {
    String mobile = uniqueMobile();
    String oldEmail = uniqueEmail();
    String newEmail = uniqueEmail();
    long existing = register("J. Dubbel", oldEmail, mobile, DEVENTER);
    long duplicate = register("Johan Dubbel", newEmail, mobile, DEVENTER);
    assertThat(inDeventer(() -> participants.find(duplicate)).getStatus())
        .isEqualTo(ParticipantStatus.QUARANTINE);

    assertThat(inDeventer(() -> queues.duplicatesOf(duplicate)))
        .extracting(Participant::getId)
        .containsExactly(existing);

    Participant merged =
        inDeventer(
            () -> queues.merge(duplicate, existing, Set.of(MergeField.NAME, MergeField.EMAIL)));

    assertThat(merged.getName()).isEqualTo("Johan Dubbel");
    assertThat(merged.getEmail().orElseThrow().value()).isEqualTo(newEmail);
    assertThat(merged.getMobile()).contains(PhoneNumber.of(mobile));
    Participant closed = inDeventer(() -> participants.find(duplicate));
    assertThat(closed.getStatus()).isEqualTo(ParticipantStatus.MERGED);
    assertThat(closed.getMergedIntoId()).isEqualTo(existing);
    assertThat(inDeventer(() -> queues.queue(ParticipantStatus.QUARANTINE)))
        .extracting(Participant::getId)
        .doesNotContain(duplicate);
  }

  @Test
  void a_registration_is_not_merged_into_someone_it_does_not_duplicate() {
    String mobile = uniqueMobile();
    register("Eerste Echte", uniqueEmail(), mobile, DEVENTER);
    long duplicate = register("Tweede Echte", uniqueEmail(), mobile, DEVENTER);
    long stranger = register("Vreemde", uniqueEmail(), uniqueMobile(), DEVENTER);

    assertThatThrownBy(
            () -> inDeventer(() -> queues.merge(duplicate, stranger, Set.of(MergeField.NAME))))
        .isInstanceOf(ConflictException.class);
    assertThat(inDeventer(() -> participants.find(duplicate)).getStatus())
        .isEqualTo(ParticipantStatus.QUARANTINE);
  }

  @Test
  void a_participant_of_another_municipality_is_not_found_however_its_id_is_given() {
    long schiedam = register("Sara Elders", uniqueEmail(), uniqueMobile(), SCHIEDAM);
    // read beforehand, in a transaction of its own: inside the call below it would sit in the
    // same persistence context and be found there
    ParticipantDetails details = detailsOf(schiedam);

    assertThatThrownBy(() -> inDeventer(() -> participants.find(schiedam)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> inDeventer(() -> queues.edit(schiedam, details)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> inDeventer(() -> queues.duplicatesOf(schiedam)))
        .isInstanceOf(NotFoundException.class);
  }

  private ParticipantDetails detailsOf(long id) {
    return ParticipantDetails.of(
        ScopeContext.actingAs(
            Scope.national(), () -> relationManager.run(() -> participants.find(id))));
  }

  private List<Long> badEmailIds() {
    return inDeventer(() -> queues.badEmailAddresses().stream().map(Participant::getId).toList());
  }

  /** Registers and returns the participant's id, looked up as the relation manager would. */
  private long register(String name, String email, String mobile, String postcode) {
    ParticipantDetails details =
        new ParticipantDetails(
            name,
            email,
            mobile,
            null,
            new AddressDetails(postcode, 7, null, "Brink", "Deventer"),
            null,
            EnumSet.of(Channel.SMS),
            null,
            null,
            1980);
    registrations.register(details, true, RegistrationSource.WEB);
    Scope scope = postcode.equals(DEVENTER) ? deventer() : Scope.national();
    return ScopeContext.actingAs(
            scope, () -> relationManager.run(() -> participants.search(mobile, null, 0, 20)))
        .participants()
        .stream()
        .filter(participant -> participant.getName().equals(name))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  private <T> T inDeventer(Supplier<T> work) {
    return ScopeContext.actingAs(deventer(), () -> relationManager.run(work));
  }

  private Scope deventer() {
    Municipality deventer =
        ScopeContext.actingAs(Scope.national(), referenceData::municipalities).stream()
            .filter(m -> m.getCbsCode().equals("GM0150"))
            .findFirst()
            .orElseThrow();
    return Scope.municipality(deventer.getRegion().getId(), deventer.getId());
  }

  // the test runs inside the application, where the client-side helpers of the other tests are not
  private static String uniqueEmail() {
    return "beheer-" + UUID.randomUUID() + "@burgernet.test";
  }

  private static String uniqueMobile() {
    return "+3162" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
  }

  /**
   * Random letters for a name of the test's own: digits would make a search term a phone number.
   */
  private static String letters() {
    StringBuilder letters = new StringBuilder();
    ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> letters.append((char) c));
    return letters.toString();
  }

  /** "+31612345678" as people write it: "06-12345678". */
  private static String dashed(String e164) {
    return PhoneNumbers.readable(PhoneNumber.of(e164)).replace(" ", "-");
  }

  private static ParticipantDetails withEmail(ParticipantDetails details, String email) {
    return new ParticipantDetails(
        details.name(),
        email,
        details.mobile(),
        details.landline(),
        details.home(),
        details.work(),
        EnumSet.of(Channel.SMS, Channel.EMAIL),
        details.quietFrom(),
        details.quietUntil(),
        details.yearOfBirth());
  }
}
