package nl.burgernet.action.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.burgernet.action.control.ActionDossier;
import nl.burgernet.action.control.ActionDrafting;
import nl.burgernet.action.control.IncomingCap;
import nl.burgernet.action.entity.Action;
import nl.burgernet.action.entity.ActionDraft;
import nl.burgernet.action.entity.CapTime;
import nl.burgernet.action.entity.DossierEntryKind;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.platform.boundary.ForbiddenException;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CAP alerts from trusted partners (e.g. AMBER Alert), each turned into a draft action for the
 * control room of its area. The partner proves itself with its API credential; the alert's sender
 * must be on the trusted list. Nothing is sent: an operator reviews the draft ({@link
 * ActionDrafts}). The partner's update of an alert replaces its waiting draft, or, once the alert
 * is an action, goes into that action's dossier; its cancel withdraws a waiting draft and is noted
 * in the dossier of an action. An action is never changed or closed by a partner: that stays the
 * control room's call.
 */
@Stateless
@ScopeFiltered
@SystemScope
@PermitAll
public class IncomingAlerts {

  static final String AUDIT_OBJECT = "ActionDraft";

  /** Who withdrew, replaced or attached a draft: the partner, not an operator. */
  static final String PARTNER = "cap-partner";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private ActionDrafting drafting;

  @Inject private ActionDossier dossier;

  @Inject private Event<PartnerMessageReceived> partnerMessages;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Inject private Logger log;

  @Inject
  @ConfigProperty(name = "burgernet.cap.incoming.token")
  private Optional<String> token;

  /** Comma-separated; read as text, since Payara cannot inject an optional list. */
  @Inject
  @ConfigProperty(name = "burgernet.cap.incoming.senders")
  private Optional<String> trustedSenders;

  /** What a CAP message did: the draft it made or changed, and whether it was a cancel. */
  public record Receipt(DraftView draft, boolean cancel) {}

  /**
   * Makes a draft of an alert or an update, or withdraws the drafts a cancel names; the same
   * message again changes nothing and answers the same.
   *
   * @param credential the partner's API credential
   * @throws ForbiddenException for a wrong credential or a sender not trusted
   */
  public Receipt receive(String credential, String document) {
    if (token.isEmpty() || credential == null || !same(token.get(), credential)) {
      auditTrail.recordFor(
          PARTNER, null, AuditAction.CREATE, AUDIT_OBJECT, "-", AuditResult.DENIED);
      throw new ForbiddenException("action.cap.credential");
    }
    IncomingCap alert = IncomingCap.read(document);
    Set<String> trusted =
        Arrays.stream(trustedSenders.orElse("").split(","))
            .map(String::strip)
            .filter(sender -> !sender.isEmpty())
            .collect(Collectors.toSet());
    if (!trusted.contains(alert.sender())) {
      auditTrail.recordFor(
          PARTNER, null, AuditAction.CREATE, AUDIT_OBJECT, alert.identifier(), AuditResult.DENIED);
      throw new ForbiddenException("action.cap.untrusted", alert.sender());
    }
    if (alert.type() == IncomingCap.Type.CANCEL) {
      return new Receipt(cancel(alert, document), true);
    }
    Optional<ActionDraft> earlier = draftOf(alert.sender(), alert.identifier());
    if (earlier.isPresent()) {
      return new Receipt(ActionDrafts.view(earlier.get()), false);
    }
    List<ActionDraft> referenced = referenced(alert);
    Instant now = clock.instant();
    ActionDraft draft = drafting.draft(alert, document, now);
    Optional<Long> running =
        referenced.stream().flatMap(d -> d.getRunningActionId().stream()).findFirst();
    if (running.isPresent()) {
      draft.attachTo(running.get(), PARTNER, now);
      note(running.get(), alert, "Update", document);
    } else {
      referenced.stream().filter(ActionDraft::isPending).forEach(d -> d.replace(PARTNER, now));
    }
    em.persist(draft);
    em.flush();
    auditTrail.recordFor(
        "cap:" + alert.sender(),
        draft.getScopeRegionId(),
        AuditAction.CREATE,
        AUDIT_OBJECT,
        draft.getId(),
        AuditResult.SUCCESS);
    log.info(() -> "CAP " + alert.type() + " made draft action " + draft.getId());
    return new Receipt(ActionDrafts.view(draft), false);
  }

  /** Withdraws the waiting drafts the cancel names and notes it once with each action. */
  private DraftView cancel(IncomingCap cancel, String document) {
    List<ActionDraft> referenced = referenced(cancel);
    Instant now = clock.instant();
    // a cancel names the alert and its updates, which may all be part of one action
    Set<Long> actions = new LinkedHashSet<>();
    for (ActionDraft draft : referenced) {
      if (draft.cancel(PARTNER, now)) {
        draft.getRunningActionId().ifPresent(actions::add);
        auditTrail.recordFor(
            "cap:" + cancel.sender(),
            draft.getScopeRegionId(),
            AuditAction.UPDATE,
            AUDIT_OBJECT,
            draft.getId(),
            AuditResult.SUCCESS);
      }
    }
    actions.forEach(action -> note(action, cancel, "Cancel", document));
    log.info(() -> "CAP Cancel " + cancel.identifier() + " named " + referenced.size() + " drafts");
    return ActionDrafts.view(referenced.get(referenced.size() - 1));
  }

  /**
   * The drafts of the earlier messages an update or cancel names, oldest first; only the sender's
   * own, so no partner changes another's alert.
   *
   * @throws InvalidInputException when it names none of them
   */
  private List<ActionDraft> referenced(IncomingCap message) {
    List<ActionDraft> drafts =
        message.references().stream()
            .filter(reference -> reference.sender().equals(message.sender()))
            .flatMap(reference -> draftOf(reference.sender(), reference.identifier()).stream())
            .sorted(Comparator.comparing(ActionDraft::getId))
            .toList();
    if (message.type() != IncomingCap.Type.ALERT && drafts.isEmpty()) {
      throw new InvalidInputException("action.cap.unknownReference", message.identifier());
    }
    return drafts;
  }

  private Optional<ActionDraft> draftOf(String sender, String identifier) {
    return em.createNamedQuery(ActionDraft.BY_MESSAGE, ActionDraft.class)
        .setParameter("sender", sender)
        .setParameter("identifier", identifier)
        .getResultStream()
        .findFirst();
  }

  /**
   * The partner's word goes into the action's dossier and onto the operator's screen; the operator
   * decides what follows.
   */
  private void note(long actionId, IncomingCap message, String what, String document) {
    partnerMessages.fire(new PartnerMessageReceived(actionId));
    dossier.append(
        em.find(Action.class, actionId),
        "cap:" + message.sender(),
        DossierEntryKind.CAP_RECEIVED,
        "CAP-"
            + what
            + " "
            + message.identifier()
            + " van "
            + message.sender()
            + " ("
            + CapTime.format(message.sent().toInstant())
            + "), ontvangen "
            + CapTime.format(clock.instant())
            + ":\n"
            + document);
  }

  private static boolean same(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
