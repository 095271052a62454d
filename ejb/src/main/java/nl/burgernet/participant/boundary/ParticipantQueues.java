package nl.burgernet.participant.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.participant.control.ConfirmationRequests;
import nl.burgernet.participant.control.DetailRules;
import nl.burgernet.participant.control.Duplicates;
import nl.burgernet.participant.control.ParticipantMails;
import nl.burgernet.participant.control.ParticipantPlacement;
import nl.burgernet.participant.entity.Address;
import nl.burgernet.participant.entity.AddressChange;
import nl.burgernet.participant.entity.AddressChangeStatus;
import nl.burgernet.participant.entity.ContactDetails;
import nl.burgernet.participant.entity.MergeField;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * The relation manager's work lists (verificatiebak, quarantainebak, adreswijzigingen, e-mailadres
 * herstellen), within their scope: approve, reject with a reason (mailed to the applicant), correct
 * a registration or participant, merge a duplicate into the existing participant; approve or reject
 * an address change a participant asked for. Every read and change of a participant is in the audit
 * trail.
 */
@Stateless
@ScopeFiltered
@RolesAllowed(StaffRole.Names.RELATION_MANAGER)
public class ParticipantQueues {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private static final String ADDRESS_CHANGE = "AddressChange";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private ParticipantPlacement placement;

  @Inject private Duplicates duplicates;

  @Inject private ConfirmationRequests confirmations;

  @Inject private ParticipantMails mails;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Inject private Logger log;

  @Resource private SessionContext context;

  public QueueCounts counts() {
    long verification = 0;
    long quarantine = 0;
    for (Object[] row :
        em.createNamedQuery(Participant.COUNT_BY_STATUS, Object[].class).getResultList()) {
      ParticipantStatus status = (ParticipantStatus) row[0];
      long count = ((Number) row[1]).longValue();
      if (status == ParticipantStatus.VERIFICATION) {
        verification = count;
      } else if (status == ParticipantStatus.QUARANTINE) {
        quarantine = count;
      }
    }
    long addressChanges =
        em.createNamedQuery(AddressChange.COUNT_BY_STATUS, Long.class)
            .setParameter("status", AddressChangeStatus.PENDING)
            .getSingleResult();
    long badEmailAddresses =
        em.createNamedQuery(Participant.COUNT_BAD_EMAIL, Long.class)
            .setParameter("gone", Participant.GONE)
            .getSingleResult();
    return new QueueCounts(verification, quarantine, addressChanges, badEmailAddresses);
  }

  /**
   * The list "e-mailadres herstellen": participants whose address bounced for good, longest waiting
   * first. Editing the address takes the participant off the list.
   */
  public List<Participant> badEmailAddresses() {
    List<Participant> waiting =
        em.createNamedQuery(Participant.BAD_EMAIL, Participant.class)
            .setParameter("gone", Participant.GONE)
            .getResultList();
    auditTrail.record(
        AuditAction.READ, Registrations.AUDIT_OBJECT, "lijst e-mailadres", AuditResult.SUCCESS);
    return waiting;
  }

  /**
   * The participants within the caller's scope who have the same phone number or e-mail address as
   * a registration in quarantine, to set side by side with it.
   */
  public List<Participant> duplicatesOf(@NotNull Long id) {
    Participant registration = quarantined(id);
    Set<Participant> found = new LinkedHashSet<>();
    ContactDetails contact = registration.getContact();
    Stream.of(contact.mobile(), contact.landline())
        .filter(Objects::nonNull)
        .forEach(
            phone ->
                found.addAll(
                    em.createNamedQuery(Participant.WITH_PHONE, Participant.class)
                        .setParameter("phone", phone)
                        .setParameter("gone", Participant.GONE)
                        .getResultList()));
    if (contact.email() != null) {
      found.addAll(
          em.createNamedQuery(Participant.WITH_EMAIL, Participant.class)
              .setParameter("email", contact.email())
              .setParameter("gone", Participant.GONE)
              .getResultList());
    }
    found.removeIf(other -> other.getId().equals(id) || other.getStatus().isQueue());
    found.forEach(
        other ->
            auditTrail.record(
                AuditAction.READ, Registrations.AUDIT_OBJECT, other.getId(), AuditResult.SUCCESS));
    return List.copyOf(found);
  }

  /**
   * Merges a registration in quarantine into the existing participant it duplicates: the values
   * chosen are taken from the registration, the rest stays, and the registration is closed as
   * merged. Both rows stay for the record and the audit trail names both.
   */
  public Participant merge(
      @NotNull Long registrationId, @NotNull Long participantId, @NotNull Set<MergeField> taken) {
    Participant registration = quarantined(registrationId);
    Participant existing = find(participantId);
    if (!duplicatesOf(registrationId).contains(existing)) {
      throw new ConflictException("participant.merge.notDuplicate");
    }
    existing.absorb(registration, taken, clock.instant());
    if (taken.contains(MergeField.HOME)) {
      placement.assign(existing);
    }
    changed(registration, "merged into participant " + participantId);
    changed(existing, "took " + taken + " from registration " + registrationId);
    return existing;
  }

  private Participant quarantined(Long id) {
    Participant registration = find(id);
    if (registration.getStatus() != ParticipantStatus.QUARANTINE) {
      throw new ConflictException("participant.merge.notQuarantined");
    }
    return registration;
  }

  /** The address changes waiting for approval, oldest first. */
  public List<AddressChange> addressChanges() {
    List<AddressChange> waiting =
        em.createNamedQuery(AddressChange.BY_STATUS, AddressChange.class)
            .setParameter("status", AddressChangeStatus.PENDING)
            .getResultList();
    auditTrail.record(
        AuditAction.READ,
        ADDRESS_CHANGE,
        "lijst " + AddressChangeStatus.PENDING,
        AuditResult.SUCCESS);
    return waiting;
  }

  /**
   * Approves a located address change: the participant moves, and belongs from now on to the
   * municipality of the new home address.
   */
  public AddressChange approveAddressChange(@NotNull Long id) {
    AddressChange change = pendingChange(id);
    if (!change.getHome().isLocated() || !change.getWork().map(Address::isLocated).orElse(true)) {
      throw new InvalidInputException("participant.addressChange.notLocated");
    }
    change.approve(caller(), clock.instant());
    placement.assign(change.getParticipant());
    mails.sendAddressChangeApproved(change.getParticipant());
    changed(change.getParticipant(), "moved by approved address change " + id);
    return change;
  }

  public AddressChange rejectAddressChange(
      @NotNull Long id,
      @NotBlank(message = "{participant.rejection.required}")
          @Size(max = Participant.REASON_LENGTH, message = "{participant.rejection.size}")
          String reason) {
    AddressChange change = pendingChange(id);
    change.reject(reason, caller(), clock.instant());
    mails.sendAddressChangeRejected(change.getParticipant(), change.getRejectionReason());
    auditTrail.record(AuditAction.UPDATE, ADDRESS_CHANGE, id, AuditResult.SUCCESS);
    log.info(() -> "Address change " + id + " rejected");
    return change;
  }

  private AddressChange pendingChange(Long id) {
    AddressChange change = em.find(AddressChange.class, id);
    if (change == null) {
      auditTrail.record(AuditAction.READ, ADDRESS_CHANGE, id, AuditResult.DENIED);
      throw new NotFoundException(ADDRESS_CHANGE, id);
    }
    if (!change.isPending()) {
      throw new ConflictException("participant.addressChange.decided");
    }
    return change;
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }

  /** The registrations in one queue, oldest first. */
  public List<Participant> queue(@NotNull ParticipantStatus queue) {
    if (!queue.isQueue()) {
      throw new InvalidInputException("participant.queue.unknown");
    }
    List<Participant> waiting =
        em.createNamedQuery(Participant.BY_STATUS, Participant.class)
            .setParameter("status", queue)
            .getResultList();
    auditTrail.record(
        AuditAction.READ, Registrations.AUDIT_OBJECT, "lijst " + queue, AuditResult.SUCCESS);
    return waiting;
  }

  public Participant find(@NotNull Long id) {
    Participant participant = em.find(Participant.class, id);
    if (participant == null) {
      auditTrail.record(AuditAction.READ, Registrations.AUDIT_OBJECT, id, AuditResult.DENIED);
      throw new NotFoundException(Registrations.AUDIT_OBJECT, id);
    }
    auditTrail.record(AuditAction.READ, Registrations.AUDIT_OBJECT, id, AuditResult.SUCCESS);
    return participant;
  }

  /**
   * Approves a held registration whose address is located: with an e-mail address the citizen still
   * confirms by the link in the mail (double opt-in), unless they did already; without one the
   * relation manager has checked it by phone and the participant is active at once.
   */
  public Participant approve(@NotNull Long id) {
    Participant participant = held(id);
    if (!participant.getHome().isLocated()) {
      throw new InvalidInputException("participant.approve.notLocated");
    }
    if (participant.getEmail().isPresent() && !participant.isConfirmed()) {
      confirmations.request(participant);
    } else {
      participant.activateWithoutConfirmation(clock.instant());
    }
    changed(participant, "approved to " + participant.getStatus());
    return participant;
  }

  public Participant reject(
      @NotNull Long id,
      @NotBlank(message = "{participant.rejection.required}")
          @Size(max = Participant.REASON_LENGTH, message = "{participant.rejection.size}")
          String reason) {
    Participant participant = held(id);
    participant.reject(reason, clock.instant());
    mails.sendRejection(participant, participant.getRejectionReason());
    changed(participant, "rejected");
    return participant;
  }

  /**
   * Corrects the details of a registration that has not left; the addresses are located again. A
   * registration in the verification queue whose address is now found stays there until it is
   * approved, so a person decides.
   */
  public Participant edit(@NotNull Long id, @NotNull @Valid ParticipantDetails details) {
    Participant participant = find(id);
    if (Participant.GONE.contains(participant.getStatus())) {
      throw new ConflictException("participant.edit.gone");
    }
    Instant now = clock.instant();
    int currentYear = now.atZone(AMSTERDAM).getYear();
    DetailRules.check(details, currentYear);
    ContactDetails contact = details.contact();
    if (duplicates.phoneTaken(contact, id) || duplicates.emailTaken(contact, id)) {
      throw new ConflictException("participant.edit.duplicate");
    }
    participant.change(
        contact,
        details.home().toAddress(),
        details.channelSet(),
        details.yearOfBirth(),
        currentYear);
    participant.changeWorkAddress(details.work() == null ? null : details.work().toAddress());
    participant.changeQuietHours(details.quietHours());
    placement.place(participant);
    changed(participant, "edited");
    return participant;
  }

  private Participant held(Long id) {
    Participant participant = find(id);
    if (!participant.getStatus().isQueue()) {
      throw new ConflictException("participant.notInQueue");
    }
    return participant;
  }

  private void changed(Participant participant, String what) {
    auditTrail.record(
        AuditAction.UPDATE, Registrations.AUDIT_OBJECT, participant.getId(), AuditResult.SUCCESS);
    log.info(() -> "Participant " + participant.getId() + " " + what);
  }
}
