package nl.burgernet.participant.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.logging.Logger;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.control.RequestOrigin;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.participant.control.ConfirmationRequests;
import nl.burgernet.participant.control.ConfirmationTokens;
import nl.burgernet.participant.control.DetailRules;
import nl.burgernet.participant.control.Duplicates;
import nl.burgernet.participant.control.ParticipantPlacement;
import nl.burgernet.participant.control.RegionPolicies;
import nl.burgernet.participant.control.RegistrationRouting;
import nl.burgernet.participant.control.Routing;
import nl.burgernet.participant.control.SmsCodes;
import nl.burgernet.participant.control.SourceBursts;
import nl.burgernet.participant.entity.ContactDetails;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.participant.entity.RegistrationPolicy;
import nl.burgernet.participant.entity.RegistrationSource;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * Citizens register themselves (web page, app) and confirm by the link in the mail. Nobody is
 * logged in here, so the work runs in the system scope; it returns only the citizen's own reference
 * and status, never anyone else's data.
 */
@Stateless
@ScopeFiltered
@SystemScope
@PermitAll
public class Registrations {

  static final String AUDIT_OBJECT = "Participant";

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private ParticipantPlacement placement;

  @Inject private Duplicates duplicates;

  @Inject private ConfirmationRequests confirmations;

  @Inject private RegionPolicies policies;

  @Inject private SourceBursts bursts;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Inject private Logger log;

  /** Maximum length of the app installation id that identifies the source of a registration. */
  public static final int INSTALLATION_LENGTH = 100;

  /**
   * Stores the registration and routes it: waiting for confirmation by mail, or held in the
   * verification or quarantine queue. Refuses only input that breaks a rule, with a Dutch message.
   * From the web, the client's address is the source counted for bursts.
   */
  public RegistrationReceipt register(
      @NotNull @Valid ParticipantDetails details,
      @AssertTrue(message = "{participant.consent.required}") boolean consent,
      @NotNull RegistrationSource source) {
    return register(details, consent, source, null);
  }

  /**
   * As {@link #register(ParticipantDetails, boolean, RegistrationSource)}, from an app installation
   * that names itself; that installation is the source counted for bursts.
   */
  public RegistrationReceipt register(
      @NotNull @Valid ParticipantDetails details,
      @AssertTrue(message = "{participant.consent.required}") boolean consent,
      @NotNull RegistrationSource source,
      @Size(max = INSTALLATION_LENGTH) String installation) {
    Instant now = clock.instant();
    int currentYear = now.atZone(AMSTERDAM).getYear();
    DetailRules.check(details, currentYear);
    ContactDetails contact = details.contact();
    Participant participant =
        new Participant(
            contact,
            details.home().toAddress(),
            details.channelSet(),
            details.yearOfBirth(),
            currentYear,
            source,
            now,
            now);
    participant.changeWorkAddress(details.work() == null ? null : details.work().toAddress());
    participant.changeQuietHours(details.quietHours());
    boolean located = placement.place(participant);
    RegistrationPolicy policy = policies.of(participant.getScopeRegionId());
    Routing routing =
        RegistrationRouting.route(
            new RegistrationRouting.Facts(
                duplicates.phoneTaken(contact, Duplicates.NEW),
                duplicates.emailTaken(contact, Duplicates.NEW),
                bursts.isBurst(sourceOf(source, installation), policy, now),
                located,
                participant.getHome().isComplete(),
                contact.email() != null,
                contact.mobile() != null));
    if (routing.status() == ParticipantStatus.AWAITING_CONFIRMATION) {
      if (contact.email() != null) {
        confirmations.request(participant);
      } else {
        confirmations.requestCode(participant);
      }
    } else {
      participant.holdFor(routing.status(), routing.reason(), now);
    }
    em.persist(participant);
    em.flush();
    auditTrail.record(AuditAction.CREATE, AUDIT_OBJECT, participant.getId(), AuditResult.SUCCESS);
    log.info(
        () ->
            "Registration "
                + participant.getId()
                + " ("
                + source
                + ") routed to "
                + routing.status()
                + (routing.reason() == null ? "" : " for " + routing.reason()));
    return RegistrationReceipt.of(participant);
  }

  /**
   * Where a registration came from, for counting bursts: the app installation, else the client's
   * address. Cards and imports are typed in by staff and have no source of their own.
   */
  private static String sourceOf(RegistrationSource source, String installation) {
    if (source == RegistrationSource.CARD || source == RegistrationSource.IMPORT) {
      return null;
    }
    if (installation != null && !installation.isBlank()) {
      return "app:" + installation.strip();
    }
    String origin = RequestOrigin.current();
    return RequestOrigin.INTERNAL.equals(origin) ? null : "address:" + origin;
  }

  /**
   * Follows a confirmation link, once, before it expires: the participant becomes active, or waits
   * for a relation manager's approval where the region wants one.
   */
  public RegistrationReceipt confirm(String token) {
    if (!ConfirmationTokens.looksLikeToken(token)) {
      throw new InvalidInputException("registration.confirmation.invalid");
    }
    Participant participant =
        em.createNamedQuery(Participant.BY_TOKEN_HASH, Participant.class)
            .setParameter("hash", ConfirmationTokens.hash(token))
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new InvalidInputException("registration.confirmation.invalid"));
    Instant now = clock.instant();
    requireOpen(participant, now);
    confirmed(participant, now);
    return RegistrationReceipt.of(participant);
  }

  /**
   * The citizen types the code sent by SMS, on the confirmation page or in the app, with the
   * registration's reference. A wrong code counts as a try and is answered, not refused, so the
   * count sticks; after the last try a relation manager calls the applicant.
   */
  public CodeAttempt confirmCode(String reference, String code) {
    Participant participant =
        em.createNamedQuery(Participant.BY_REFERENCE, Participant.class)
            .setParameter("reference", reference == null ? "" : reference)
            .getResultStream()
            .filter(Participant::isConfirmationByCode)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Registration", reference));
    Instant now = clock.instant();
    requireOpen(participant, now);
    if (!SmsCodes.looksLikeCode(code)) {
      throw new InvalidInputException("registration.code.invalid", SmsCodes.LENGTH);
    }
    int maximum = confirmations.codeAttempts();
    String hash = SmsCodes.hash(participant.getReference(), SmsCodes.normalised(code));
    if (participant.matchesCode(hash, maximum, now)) {
      confirmed(participant, now);
      return new CodeAttempt(true, participant.getStatus(), 0);
    }
    auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, participant.getId(), AuditResult.DENIED);
    log.info(() -> "Wrong code for registration " + participant.getId());
    return new CodeAttempt(
        false, participant.getStatus(), maximum - participant.getConfirmationAttempts());
  }

  private static void requireOpen(Participant participant, Instant now) {
    switch (participant.confirmationState(now)) {
      case USED -> throw new InvalidInputException("registration.confirmation.used");
      case EXPIRED -> throw new InvalidInputException("registration.confirmation.expired");
      case VALID -> {}
    }
  }

  /** Active now, or waiting for a relation manager where the region approves by hand. */
  private void confirmed(Participant participant, Instant now) {
    if (policies.of(participant.getScopeRegionId()).isAutoApproval()) {
      participant.confirm(now);
    } else {
      participant.confirmForApproval(now);
    }
    auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, participant.getId(), AuditResult.SUCCESS);
    log.info(() -> "Registration " + participant.getId() + " confirmed");
  }

  /** The status of a registration by its public reference, for the citizen and the app. */
  public RegistrationReceipt status(String reference) {
    return em.createNamedQuery(Participant.BY_REFERENCE, Participant.class)
        .setParameter("reference", reference == null ? "" : reference)
        .getResultStream()
        .findFirst()
        .map(RegistrationReceipt::of)
        .orElseThrow(() -> new NotFoundException("Registration", reference));
  }
}
