package nl.burgernet.participant.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.delivery.entity.Delivery;
import nl.burgernet.participant.control.ConfirmationTokens;
import nl.burgernet.participant.control.ParticipantMails;
import nl.burgernet.participant.entity.AddressChange;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.UnsubscribeReason;
import nl.burgernet.participant.entity.Unsubscription;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * Unsubscription in one click from the link in every message, without logging in: the participant
 * leaves at once, may say why (for the reports) and gets a confirmation mail. Runs in the system
 * scope; it answers only whether the link's participant can still leave.
 */
@Stateless
@ScopeFiltered
@SystemScope
@PermitAll
public class Unsubscriptions {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private ParticipantMails mails;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Inject private Logger log;

  /** What an unsubscribe link can do now. */
  public enum LinkState {
    /** No participant has this link. */
    UNKNOWN,
    /** The participant still takes part and can leave. */
    OPEN,
    /** The participant already left, or was refused. */
    GONE
  }

  public LinkState state(String token) {
    return find(token)
        .map(
            participant ->
                Participant.GONE.contains(participant.getStatus())
                    ? LinkState.GONE
                    : LinkState.OPEN)
        .orElse(LinkState.UNKNOWN);
  }

  /**
   * Unsubscribes the link's participant; reason and remark are optional.
   *
   * @param deliveryId the delivery whose message carried the link, or null; one that is not the
   *     participant's own (a link changed by hand) is ignored
   */
  public void unsubscribe(
      String token,
      Long deliveryId,
      UnsubscribeReason reason,
      @Size(max = Unsubscription.REMARK_LENGTH, message = "{unsubscribe.remark.size}")
          @Pattern(regexp = Texts.REMARK, message = "{unsubscribe.remark.characters}")
          String remark) {
    Participant participant = participant(token);
    if (Participant.GONE.contains(participant.getStatus())) {
      throw new ConflictException("unsubscribe.already");
    }
    Instant now = clock.instant();
    participant.unsubscribe(now);
    em.persist(
        new Unsubscription(
            participant, reason, remark, requestOf(deliveryId, participant).orElse(null), now));
    em.createNamedQuery(AddressChange.OF_PARTICIPANT, AddressChange.class)
        .setParameter("participant", participant)
        .getResultStream()
        .filter(AddressChange::isPending)
        .forEach(change -> change.withdraw(now));
    mails.sendUnsubscribed(participant);
    auditTrail.recordFor(
        SelfService.PARTICIPANT_ACTOR,
        participant.getScopeRegionId(),
        AuditAction.UPDATE,
        Registrations.AUDIT_OBJECT,
        participant.getId(),
        AuditResult.SUCCESS);
    log.info(
        () ->
            "Participant "
                + participant.getId()
                + " unsubscribed"
                + (reason == null ? "" : " (" + reason + ")"));
  }

  /** How many participants left through the unsubscribe link of the request's messages. */
  public long countThrough(long sendRequestId) {
    return em.createNamedQuery(Unsubscription.COUNT_THROUGH_REQUEST, Long.class)
        .setParameter("request", sendRequestId)
        .getSingleResult();
  }

  private Optional<Long> requestOf(Long deliveryId, Participant participant) {
    if (deliveryId == null) {
      return Optional.empty();
    }
    Optional<Long> request =
        em.createNamedQuery(Delivery.REQUEST_TO_PARTICIPANT, Long.class)
            .setParameter("id", deliveryId)
            .setParameter("participant", participant.getId())
            .getResultStream()
            .findFirst();
    if (request.isEmpty()) {
      log.warning(
          () ->
              "Unsubscribe link names delivery "
                  + deliveryId
                  + ", which did not go to participant "
                  + participant.getId()
                  + ": no mail's report counts this unsubscription");
    }
    return request;
  }

  private Participant participant(String token) {
    return find(token).orElseThrow(() -> new InvalidInputException("unsubscribe.invalid"));
  }

  private Optional<Participant> find(String token) {
    if (!ConfirmationTokens.looksLikeToken(token)) {
      return Optional.empty();
    }
    return em.createNamedQuery(Participant.BY_UNSUBSCRIBE_TOKEN, Participant.class)
        .setParameter("token", token)
        .getResultStream()
        .findFirst();
  }
}
