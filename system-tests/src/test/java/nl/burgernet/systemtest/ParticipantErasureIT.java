package nl.burgernet.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import nl.burgernet.helpdesk.boundary.NewTicket;
import nl.burgernet.helpdesk.entity.ReceivedBy;
import nl.burgernet.helpdesk.entity.TicketKind;
import nl.burgernet.participant.boundary.AddressDetails;
import nl.burgernet.participant.boundary.ParticipantDetails;
import nl.burgernet.participant.boundary.Registrations;
import nl.burgernet.participant.boundary.Unsubscriptions;
import nl.burgernet.participant.control.ParticipantErasure;
import nl.burgernet.participant.control.RegistrationExpiry;
import nl.burgernet.participant.entity.CallResult;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.MergeField;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.RegistrationCard;
import nl.burgernet.participant.entity.RegistrationSource;
import nl.burgernet.participant.entity.UnsubscribeReason;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A participant who left longer ago than the retention period (30 days by default) is erased: name,
 * numbers, address and e-mail are gone from every table, also from past deliveries and helpdesk
 * tickets, while the anonymous counts (municipality, month, source, reason, age band) remain. A
 * participant who left recently is kept. Two instances erasing at once erase and count each once. A
 * registration the relation manager rejected is erased the same way after its own retention period
 * (also 30 days by default), leaving an anonymous line that still counts the rejection. A duplicate
 * merged into another participant is erased after the retention period too, without a line of its
 * own; a completed paper card forgets the applicant together with the participant it became, and a
 * card that became no participant to follow (closed, or completed in another municipality) after
 * the retention period, audited, while the card itself stays for the counts.
 */
@ExtendWith(ArquillianExtension.class)
class ParticipantErasureIT {

  private static final String DEVENTER = "GM0150";

  @Deployment
  static WebArchive deployment() {
    return HelpdeskDesk.addTo(
        Deployments.burgernet(ParticipantErasureIT.class, RelationManagerDecision.class));
  }

  @Inject private Registrations registrations;

  @Inject private Unsubscriptions unsubscriptions;

  @EJB private ParticipantErasure erasure;

  @EJB private RegistrationExpiry expiry;

  @EJB private HelpdeskDesk desk;

  @EJB private RelationManagerDecision decision;

  @Resource private ManagedExecutorService executor;

  @Resource(lookup = "java:app/jdbc/burgernet")
  private DataSource dataSource;

  /**
   * The relation manager's rejection of a registration held in quarantine, as the domain records
   * it; the queue pages and their roles are tested in {@code RelationManagementIT}.
   */
  @Stateless
  @ScopeFiltered
  @SystemScope
  public static class RelationManagerDecision {

    @PersistenceContext(unitName = "burgernet")
    private EntityManager em;

    public void reject(long participant, String reason) {
      em.find(Participant.class, participant).reject(reason, Instant.now());
    }

    /** Merges the registration in quarantine into the participant it duplicates, taking nothing. */
    public void merge(long duplicate, long participant) {
      em.find(Participant.class, participant)
          .absorb(
              em.find(Participant.class, duplicate),
              EnumSet.noneOf(MergeField.class),
              Instant.now());
    }

    /** A paper card that was called back and completed as this participant's registration. */
    public long cardCompletedAs(long participant) {
      Participant registered = em.find(Participant.class, participant);
      RegistrationCard card =
          calledCard(registered.getScopeRegionId(), registered.getScopeMunicipalityId());
      card.complete(participant, Instant.now());
      return persisted(card);
    }

    /** A paper card of Deventer that was called back and closed. */
    public long cardClosed() {
      RegistrationCard card = calledCardOfDeventer();
      card.close(Instant.now());
      return persisted(card);
    }

    /**
     * A paper card of Deventer completed as a registration for another municipality, which the
     * relation manager cannot see, so the card has no participant to follow.
     */
    public long cardCompletedOutOfSight() {
      RegistrationCard card = calledCardOfDeventer();
      card.complete(null, Instant.now());
      return persisted(card);
    }

    private RegistrationCard calledCardOfDeventer() {
      Municipality deventer =
          em.createQuery("SELECT m FROM Municipality m WHERE m.cbsCode = :code", Municipality.class)
              .setParameter("code", DEVENTER)
              .getSingleResult();
      return calledCard(deventer.getRegion().getId(), deventer.getId());
    }

    private static RegistrationCard calledCard(Long region, Long municipality) {
      RegistrationCard card =
          new RegistrationCard(
              "Piet Puk",
              "06 14 00 00 00",
              "piet@burgernet.test",
              "Brink 12, Deventer",
              "huisnummer",
              "relatiebeheer",
              Instant.now(),
              region,
              municipality);
      card.recordCall(CallResult.REACHED, "Piet Puk belt na 18:00", "relatiebeheer", Instant.now());
      return card;
    }

    private long persisted(RegistrationCard card) {
      em.persist(card);
      em.flush();
      return card.getId();
    }
  }

  @Test
  void personal_data_is_gone_after_the_retention_period_and_the_counts_remain() throws Exception {
    String email = "erasure-" + UUID.randomUUID() + "@burgernet.test";
    String reference = registerAndLeave(email, "Ik kreeg te veel sms, groet van Piet Puk");
    long id = longOf("SELECT id FROM participant WHERE reference = ?", reference);
    long ticket =
        desk.atRegionOf(DEVENTER, tickets -> tickets.register(ticketAbout(id, email)).getId());
    long delivery = pastDeliveryTo(id, email);
    String recent = registerAndLeave("recent-" + UUID.randomUUID() + "@burgernet.test", null);
    long erasedBefore = countErasedInDeventerFor("TOO_MANY_MESSAGES");
    long unsubscriptionsBefore = countUnsubscriptionsInDeventerFor("TOO_MANY_MESSAGES");
    endedLongAgo(id);

    Future<Integer> first = executor.submit(erasure::eraseDue);
    Future<Integer> second = executor.submit(erasure::eraseDue);
    int erased = result(first) + result(second);

    assertThat(erased).isGreaterThanOrEqualTo(1);
    assertThat(longOf("SELECT COUNT(*) FROM participant WHERE reference = ?", reference)).isZero();
    assertThat(longOf("SELECT COUNT(*) FROM participant WHERE reference = ?", recent)).isOne();
    assertThat(
            longOf(
                "SELECT COUNT(*) FROM participant_unsubscription WHERE remark LIKE ?",
                "%Piet Puk%"))
        .as("the free remark is gone")
        .isZero();
    assertThat(longOf("SELECT COUNT(*) FROM delivery WHERE address = ?", email)).isZero();
    assertThat(
            longOf(
                "SELECT COUNT(*) FROM delivery WHERE participant_id IS NULL AND id = ?",
                String.valueOf(delivery)))
        .as("the delivery still counts for its send")
        .isOne();
    assertThat(forgotWhoAsked(ticket)).as("the ticket stays without who asked").isTrue();
    assertThat(countUnsubscriptionsInDeventerFor("TOO_MANY_MESSAGES"))
        .as("the unsubscription still counts in the trend of reasons")
        .isEqualTo(unsubscriptionsBefore);
    assertThat(countErasedInDeventerFor("TOO_MANY_MESSAGES"))
        .as("one anonymous line, counted once")
        .isEqualTo(erasedBefore + 1);
    assertThat(
            longOf(
                "SELECT COUNT(*) FROM erased_participant WHERE age_band = ? AND source = 'CARD'"
                    + " AND had_sms AND NOT had_app",
                "35-44"))
        .isPositive();
    assertThat(erasuresAudited("Participant", id)).isOne();
    assertThat(erasure.eraseDue()).as("nothing left to erase").isZero();
  }

  @Test
  void a_rejected_registration_is_gone_after_its_retention_period_and_still_counted()
      throws SQLException {
    String mobile = uniqueMobile();
    register("first-" + UUID.randomUUID() + "@burgernet.test", mobile);
    String email = "rejected-" + UUID.randomUUID() + "@burgernet.test";
    String duplicate = register(email, mobile);
    String recent = register("recent-" + UUID.randomUUID() + "@burgernet.test", mobile);
    long id = longOf("SELECT id FROM participant WHERE reference = ?", duplicate);
    long recentId = longOf("SELECT id FROM participant WHERE reference = ?", recent);
    assertThat(stringOf("SELECT status FROM participant WHERE id = ?", String.valueOf(id)))
        .as("the same mobile number holds the registration for the relation manager")
        .isEqualTo("QUARANTINE");
    decision.reject(id, "Dubbele aanmelding van Piet Puk");
    decision.reject(recentId, "Dubbele aanmelding");
    long ticket =
        desk.atRegionOf(DEVENTER, tickets -> tickets.register(ticketAbout(id, email)).getId());
    long rejectedBefore = countRejectedInDeventer();
    long leftBefore = countErasedInDeventer();
    endedLongAgo(id);

    int erased = erasure.eraseDue();

    assertThat(erased).isGreaterThanOrEqualTo(1);
    assertThat(longOf("SELECT COUNT(*) FROM participant WHERE reference = ?", duplicate)).isZero();
    assertThat(longOf("SELECT COUNT(*) FROM participant WHERE rejection_reason LIKE ?", "%Puk%"))
        .as("the reason, which names the applicant, is gone with the registration")
        .isZero();
    assertThat(stringOf("SELECT status FROM participant WHERE reference = ?", recent))
        .as("rejected recently: kept, so the applicant can still ask why")
        .isEqualTo("REJECTED");
    assertThat(forgotWhoAsked(ticket))
        .as("the ticket about the rejection stays without who asked")
        .isTrue();
    assertThat(countRejectedInDeventer())
        .as("one anonymous line, counted once")
        .isEqualTo(rejectedBefore + 1);
    assertThat(countErasedInDeventer())
        .as("a rejection does not count as someone who left")
        .isEqualTo(leftBefore);
    assertThat(erasuresAudited("Participant", id)).isOne();
  }

  @Test
  void a_merged_duplicate_is_erased_after_the_retention_period_like_the_participant_it_went_into()
      throws SQLException {
    String mobile = uniqueMobile();
    String kept = register("kept-" + UUID.randomUUID() + "@burgernet.test", mobile);
    String email = "merged-" + UUID.randomUUID() + "@burgernet.test";
    String duplicate = register(email, mobile);
    long keptId = longOf("SELECT id FROM participant WHERE reference = ?", kept);
    long id = longOf("SELECT id FROM participant WHERE reference = ?", duplicate);
    decision.merge(id, keptId);
    long ticket =
        desk.atRegionOf(DEVENTER, tickets -> tickets.register(ticketAbout(id, email)).getId());
    unsubscriptions.unsubscribe(
        stringOf("SELECT unsubscribe_token FROM participant WHERE id = ?", String.valueOf(keptId)),
        null,
        UnsubscribeReason.TOO_MANY_MESSAGES,
        null);
    endedLongAgo(keptId);
    long leftBefore = countErasedInDeventer();
    long rejectedBefore = countRejectedInDeventer();

    erasure.eraseDue();

    assertThat(longOf("SELECT COUNT(*) FROM participant WHERE reference = ?", kept))
        .as("the participant it went into left long ago: erased, the merge link holds nothing back")
        .isZero();
    assertThat(stringOf("SELECT status FROM participant WHERE reference = ?", duplicate))
        .as("merged recently: kept")
        .isEqualTo("MERGED");

    endedLongAgo(id);
    erasure.eraseDue();

    assertThat(longOf("SELECT COUNT(*) FROM participant WHERE reference = ?", duplicate)).isZero();
    assertThat(longOf("SELECT COUNT(*) FROM participant WHERE email = ?", email)).isZero();
    assertThat(forgotWhoAsked(ticket)).as("the ticket stays without who asked").isTrue();
    assertThat(countErasedInDeventer())
        .as("the one who left counts once; the merged duplicate is no second person who left")
        .isEqualTo(leftBefore + 1);
    assertThat(countRejectedInDeventer()).isEqualTo(rejectedBefore);
    assertThat(erasuresAudited("Participant", id)).isOne();
  }

  @Test
  void a_completed_registration_card_forgets_the_applicant_with_the_participant()
      throws SQLException {
    String reference = registerAndLeave("card-" + UUID.randomUUID() + "@burgernet.test", null);
    long id = longOf("SELECT id FROM participant WHERE reference = ?", reference);
    long card = decision.cardCompletedAs(id);
    endedLongAgo(id);

    erasure.eraseDue();

    assertThat(longOf("SELECT COUNT(*) FROM participant WHERE reference = ?", reference)).isZero();
    assertForgotTheApplicant(card, "COMPLETED");
  }

  @Test
  void a_card_that_became_no_participant_forgets_the_applicant_after_the_retention_period()
      throws SQLException {
    long closed = decision.cardClosed();
    long outOfSight = decision.cardCompletedOutOfSight();
    long recent = decision.cardClosed();
    cardEndedLongAgo(closed);
    cardEndedLongAgo(outOfSight);

    erasure.eraseDue();
    erasure.eraseDue();

    assertForgotTheApplicant(closed, "CLOSED");
    assertForgotTheApplicant(outOfSight, "COMPLETED");
    assertThat(
            longOf(
                "SELECT COUNT(*) FROM registration_card c JOIN registration_card_call k"
                    + " ON k.card_id = c.id WHERE c.id = ? AND c.name = 'Piet Puk'"
                    + " AND k.note = 'Piet Puk belt na 18:00'",
                String.valueOf(recent)))
        .as("closed recently: kept as typed in")
        .isOne();
    assertThat(erasuresAudited("RegistrationCard", closed)).as("forgotten once").isOne();
    assertThat(erasuresAudited("RegistrationCard", outOfSight)).isOne();
    assertThat(erasuresAudited("RegistrationCard", recent)).isZero();
  }

  @Test
  void an_unconfirmed_registration_is_erased_when_its_link_expires_also_from_tickets()
      throws SQLException {
    String email = "unconfirmed-" + UUID.randomUUID() + "@burgernet.test";
    String reference = register(email, uniqueMobile());
    long id = longOf("SELECT id FROM participant WHERE reference = ?", reference);
    long ticket =
        desk.atRegionOf(DEVENTER, tickets -> tickets.register(ticketAbout(id, email)).getId());
    long expiredBefore = countExpiredInDeventer();
    execute(
        "UPDATE participant SET confirmation_expires_at = TIMESTAMPADD(HOUR, -1,"
            + " UTC_TIMESTAMP(3)) WHERE id = ?",
        String.valueOf(id));

    assertThat(expiry.removeOverdue()).isGreaterThanOrEqualTo(1);

    assertThat(longOf("SELECT COUNT(*) FROM participant WHERE reference = ?", reference)).isZero();
    assertThat(forgotWhoAsked(ticket))
        .as("the ticket about the missing confirmation mail stays without who asked")
        .isTrue();
    assertThat(countExpiredInDeventer()).as("still counted").isEqualTo(expiredBefore + 1);
  }

  /**
   * Registers a participant of Deventer born 1990 and unsubscribes with a reason; the reference.
   */
  private String registerAndLeave(String email, String remark) throws SQLException {
    String reference = register(email, uniqueMobile());
    String token =
        stringOf("SELECT unsubscribe_token FROM participant WHERE reference = ?", reference);
    unsubscriptions.unsubscribe(token, null, UnsubscribeReason.TOO_MANY_MESSAGES, remark);
    return reference;
  }

  /** Registers a participant of Deventer, forty years old, from a paper card; the reference. */
  private String register(String email, String mobile) {
    ParticipantDetails details =
        new ParticipantDetails(
            "Piet Puk",
            email,
            mobile,
            null,
            new AddressDetails("7411 AA", 12, null, "Brink", "Deventer"),
            null,
            EnumSet.of(Channel.SMS, Channel.EMAIL),
            null,
            null,
            java.time.Year.now().getValue() - 40);
    return registrations.register(details, true, RegistrationSource.CARD).reference();
  }

  /** The participant left, was rejected or was merged 31 days ago: past the retention period. */
  private void endedLongAgo(long participant) throws SQLException {
    execute(
        "UPDATE participant SET status_changed_at = TIMESTAMPADD(DAY, -31, UTC_TIMESTAMP(3))"
            + " WHERE id = ?",
        String.valueOf(participant));
  }

  /** The card left the call-back list 31 days ago: past the retention period. */
  private void cardEndedLongAgo(long card) throws SQLException {
    execute(
        "UPDATE registration_card SET ended_at = TIMESTAMPADD(DAY, -31, UTC_TIMESTAMP(3))"
            + " WHERE id = ?",
        String.valueOf(card));
  }

  /** How often the audit trail has the system erasing the personal data of this object. */
  private long erasuresAudited(String objectType, long id) throws SQLException {
    return longOf(
        "SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'DELETE'"
            + " AND object_type = '"
            + objectType
            + "' AND object_id = '"
            + id
            + "'",
        ParticipantErasure.ACTOR);
  }

  /**
   * The card still counts (status, who typed it in, what was missing, the call's result) without
   * the applicant: no name, numbers, e-mail, address or participant, and the call's note, which
   * names the applicant, is gone.
   */
  private void assertForgotTheApplicant(long card, String status) throws SQLException {
    assertThat(
            longOf(
                "SELECT COUNT(*) FROM registration_card WHERE id = ? AND status = '"
                    + status
                    + "' AND entered_by = 'relatiebeheer' AND missing = 'huisnummer'"
                    + " AND name IS NULL AND phone IS NULL AND email IS NULL AND address IS NULL"
                    + " AND participant_id IS NULL",
                String.valueOf(card)))
        .as("card %d still counts, without the applicant", card)
        .isOne();
    assertThat(
            longOf(
                "SELECT COUNT(*) FROM registration_card_call WHERE card_id = ? AND note IS NULL"
                    + " AND result = 'REACHED'",
                String.valueOf(card)))
        .as("the call's result stays, its note is gone")
        .isOne();
  }

  private static String uniqueMobile() {
    return "0614" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
  }

  private static NewTicket ticketAbout(long participant, String email) {
    return new NewTicket(
        TicketKind.QUESTION,
        null,
        ReceivedBy.MAIL,
        "Afmelding",
        "Is mijn afmelding verwerkt?",
        "Piet Puk",
        email,
        null,
        participant);
  }

  /** A finished e-mail send that reached the participant, as the delivery pipeline leaves it. */
  private long pastDeliveryTo(long participant, String email) throws SQLException {
    String key = "erasure-" + UUID.randomUUID();
    execute(
        "INSERT INTO send_request (idempotency_key, priority, description, mail_subject,"
            + " mail_body, requested_by, requested_at, state, state_changed_at, email_count)"
            + " VALUES (?, 'NORMAL', 'Nieuwsbrief', 'Nieuwsbrief', 'Tekst', 'test',"
            + " UTC_TIMESTAMP(3), 'FINISHED', UTC_TIMESTAMP(3), 1)",
        key);
    long request = longOf("SELECT id FROM send_request WHERE idempotency_key = ?", key);
    execute(
        "INSERT INTO delivery (request_id, participant_id, channel, address, state, created_at,"
            + " state_changed_at, sent_at) VALUES ("
            + request
            + ", "
            + participant
            + ", 'EMAIL', ?, 'SENT', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))",
        email);
    return longOf("SELECT id FROM delivery WHERE address = ?", email);
  }

  private long countErasedInDeventerFor(String reason) throws SQLException {
    return longOf(
        "SELECT COUNT(*) FROM erased_participant e JOIN municipality m"
            + " ON m.id = e.scope_municipality_id WHERE m.cbs_code = '"
            + DEVENTER
            + "' AND e.unsubscribe_reason = ?",
        reason);
  }

  /** Whether the ticket still stands, without who asked and without the participant. */
  private boolean forgotWhoAsked(long ticket) throws SQLException {
    return longOf(
            "SELECT COUNT(*) FROM helpdesk_ticket WHERE id = ? AND requester_email IS NULL"
                + " AND requester_name IS NULL AND participant_id IS NULL",
            String.valueOf(ticket))
        == 1;
  }

  private long countErasedInDeventer() throws SQLException {
    return longOf(
        "SELECT COUNT(*) FROM erased_participant e JOIN municipality m"
            + " ON m.id = e.scope_municipality_id WHERE m.cbs_code = ?",
        DEVENTER);
  }

  private long countExpiredInDeventer() throws SQLException {
    return longOf(
        "SELECT COUNT(*) FROM expired_registration x JOIN municipality m"
            + " ON m.id = x.scope_municipality_id WHERE m.cbs_code = ? AND x.source = 'CARD'",
        DEVENTER);
  }

  private long countRejectedInDeventer() throws SQLException {
    return longOf(
        "SELECT COUNT(*) FROM rejected_registration r JOIN municipality m"
            + " ON m.id = r.scope_municipality_id WHERE m.cbs_code = ? AND r.source = 'CARD'",
        DEVENTER);
  }

  private long countUnsubscriptionsInDeventerFor(String reason) throws SQLException {
    return longOf(
        "SELECT COUNT(*) FROM participant_unsubscription u JOIN municipality m"
            + " ON m.id = u.scope_municipality_id WHERE m.cbs_code = '"
            + DEVENTER
            + "' AND u.reason = ?",
        reason);
  }

  private static int result(Future<Integer> run) throws InterruptedException {
    try {
      return run.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private void execute(String sql, String parameter) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      statement.executeUpdate();
    }
  }

  private long longOf(String sql, String parameter) throws SQLException {
    return Long.parseLong(stringOf(sql, parameter));
  }

  private String stringOf(String sql, String parameter) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }
}
