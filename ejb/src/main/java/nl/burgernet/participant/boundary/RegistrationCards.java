package nl.burgernet.participant.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.participant.entity.CallResult;
import nl.burgernet.participant.entity.CardStatus;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.RegistrationCard;
import nl.burgernet.participant.entity.RegistrationSource;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.control.CallerScope;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.Scope;
import nl.burgernet.security.entity.StaffRole;

/**
 * Paper registration cards typed in by the relation manager: a complete card is registered with the
 * same rules and routing as the registration page (the signed card is the consent); an incomplete
 * one goes to the call-back list, where each call is recorded until the card is completed and
 * registered, or closed.
 */
@Stateless
@ScopeFiltered
@RolesAllowed(StaffRole.Names.RELATION_MANAGER)
public class RegistrationCards {

  private static final String AUDIT_OBJECT = "RegistrationCard";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Registrations registrations;

  @Inject private CallerScope callerScope;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Inject private Logger log;

  @Resource private SessionContext context;

  /** Registers a complete card; where it goes next follows the registration rules. */
  public RegistrationReceipt enter(@NotNull @Valid ParticipantDetails details) {
    return registrations.register(details, true, RegistrationSource.CARD);
  }

  /** Puts an incomplete card on the call-back list of the caller's municipality. */
  public RegistrationCard holdForCallBack(@NotNull @Valid CardNotes notes) {
    Scope scope = callerScope.current();
    RegistrationCard card =
        new RegistrationCard(
            blankToNull(notes.name()),
            blankToNull(notes.phone()),
            blankToNull(notes.email()),
            blankToNull(notes.address()),
            notes.missing().strip(),
            caller(),
            clock.instant(),
            scope.regionId(),
            scope.municipalityId());
    em.persist(card);
    em.flush();
    auditTrail.record(AuditAction.CREATE, AUDIT_OBJECT, card.getId(), AuditResult.SUCCESS);
    log.info(() -> "Registration card " + card.getId() + " put on the call-back list");
    return card;
  }

  /** The call-back list, oldest card first. */
  public List<RegistrationCard> callBackList() {
    List<RegistrationCard> cards =
        em.createNamedQuery(RegistrationCard.BY_STATUS, RegistrationCard.class)
            .setParameter("status", CardStatus.CALL_BACK)
            .getResultList();
    auditTrail.record(AuditAction.READ, AUDIT_OBJECT, "terugbellijst", AuditResult.SUCCESS);
    return cards;
  }

  public long callBackCount() {
    return em.createNamedQuery(RegistrationCard.COUNT_BY_STATUS, Long.class)
        .setParameter("status", CardStatus.CALL_BACK)
        .getSingleResult();
  }

  public RegistrationCard card(@NotNull Long id) {
    RegistrationCard card = em.find(RegistrationCard.class, id);
    if (card == null) {
      auditTrail.record(AuditAction.READ, AUDIT_OBJECT, id, AuditResult.DENIED);
      throw new NotFoundException(AUDIT_OBJECT, id);
    }
    auditTrail.record(AuditAction.READ, AUDIT_OBJECT, id, AuditResult.SUCCESS);
    return card;
  }

  public RegistrationCard recordCall(
      @NotNull Long id,
      @NotNull(message = "{card.call.result}") CallResult result,
      @Size(max = RegistrationCard.TEXT_LENGTH, message = "{card.missing.size}") String note) {
    RegistrationCard card = open(id);
    card.recordCall(result, note, caller(), clock.instant());
    changed(card, "call " + result);
    return card;
  }

  /** The card completed by phone: registered with the same rules, and off the list. */
  public RegistrationReceipt complete(
      @NotNull Long id, @NotNull @Valid ParticipantDetails details) {
    RegistrationCard card = open(id);
    RegistrationReceipt receipt = registrations.register(details, true, RegistrationSource.CARD);
    // an address in another municipality gives the registration to that municipality, out of
    // the caller's sight: then the card is completed without a link the caller could follow
    Long registered =
        em.createNamedQuery(Participant.BY_REFERENCE, Participant.class)
            .setParameter("reference", receipt.reference())
            .getResultStream()
            .findFirst()
            .map(Participant::getId)
            .orElse(null);
    card.complete(registered, clock.instant());
    changed(card, "completed as participant " + registered);
    return receipt;
  }

  public RegistrationCard close(@NotNull Long id) {
    RegistrationCard card = open(id);
    card.close(clock.instant());
    changed(card, "closed");
    return card;
  }

  private RegistrationCard open(Long id) {
    RegistrationCard card = card(id);
    if (card.getStatus() != CardStatus.CALL_BACK) {
      throw new ConflictException("card.notOpen");
    }
    return card;
  }

  private void changed(RegistrationCard card, String what) {
    auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, card.getId(), AuditResult.SUCCESS);
    log.info(() -> "Registration card " + card.getId() + " " + what);
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
