package nl.burgernet.action.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.burgernet.action.control.ActionDrafting;
import nl.burgernet.action.control.IncomingCap;
import nl.burgernet.action.entity.ActionDraft;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.platform.boundary.ForbiddenException;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CAP alerts from trusted partners (e.g. AMBER Alert), each turned into a draft action for the
 * control room of its area. The partner proves itself with its API credential; the alert's sender
 * must be on the trusted list. Nothing is sent: an operator reviews the draft ({@link
 * ActionDrafts}).
 */
@Stateless
@ScopeFiltered
@SystemScope
@PermitAll
public class IncomingAlerts {

  static final String AUDIT_OBJECT = "ActionDraft";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private ActionDrafting drafting;

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

  /**
   * Makes a draft of the alert; the same alert again returns the draft it made.
   *
   * @param credential the partner's API credential
   * @throws ForbiddenException for a wrong credential or a sender not trusted
   */
  public DraftView receive(String credential, String document) {
    if (token.isEmpty() || credential == null || !same(token.get(), credential)) {
      auditTrail.recordFor(
          "cap-partner", null, AuditAction.CREATE, AUDIT_OBJECT, "-", AuditResult.DENIED);
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
          "cap-partner",
          null,
          AuditAction.CREATE,
          AUDIT_OBJECT,
          alert.identifier(),
          AuditResult.DENIED);
      throw new ForbiddenException("action.cap.untrusted", alert.sender());
    }
    Optional<ActionDraft> earlier =
        em.createNamedQuery(ActionDraft.BY_MESSAGE, ActionDraft.class)
            .setParameter("sender", alert.sender())
            .setParameter("identifier", alert.identifier())
            .getResultStream()
            .findFirst();
    if (earlier.isPresent()) {
      return ActionDrafts.view(earlier.get());
    }
    ActionDraft draft = drafting.draft(alert, document, clock.instant());
    em.persist(draft);
    em.flush();
    auditTrail.recordFor(
        "cap:" + alert.sender(),
        draft.getScopeRegionId(),
        AuditAction.CREATE,
        AUDIT_OBJECT,
        draft.getId(),
        AuditResult.SUCCESS);
    log.info(() -> "CAP alert made draft action " + draft.getId());
    return ActionDrafts.view(draft);
  }

  private static boolean same(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
