package nl.burgernet.mail.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.mail.control.MailSanitizer;
import nl.burgernet.mail.entity.MailTemplate;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.control.CallerScope;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * The Burgernetmail templates of the caller's region, kept by its regional bureau: written, changed
 * and retired here, offered to the region's composers by {@link BurgernetMails#templates}. The body
 * is sanitised like a mail's body, because the composer puts it into one.
 */
@Stateless
@ScopeFiltered
@RolesAllowed(StaffRole.Names.REGIONAL_HELPDESK)
public class BurgernetMailTemplates {

  static final String AUDIT_OBJECT = "MailTemplate";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private CallerScope callerScope;

  @Inject private MailSanitizer sanitizer;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  /** Every template of the region, the offered ones first, by kind and name. */
  public List<MailTemplate> all() {
    return em.createNamedQuery(MailTemplate.OF_REGION, MailTemplate.class)
        .setParameter("region", region())
        .getResultList();
  }

  public MailTemplate create(@NotNull @Valid MailTemplateText text) {
    MailTemplate template =
        new MailTemplate(
            region(),
            text.kind(),
            text.name(),
            text.subject(),
            sanitizer.sanitizeRequired(text.html()));
    em.persist(template);
    em.flush();
    auditTrail.record(AuditAction.CREATE, AUDIT_OBJECT, template.getId(), AuditResult.SUCCESS);
    return template;
  }

  public MailTemplate change(@NotNull Long id, @NotNull @Valid MailTemplateText text) {
    MailTemplate template = ofCallersRegion(id);
    template.change(
        text.kind(), text.name(), text.subject(), sanitizer.sanitizeRequired(text.html()));
    auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, id, AuditResult.SUCCESS);
    return template;
  }

  /** No longer offered in the composer; mails started from it keep their own text. */
  public MailTemplate retire(@NotNull Long id) {
    MailTemplate template = ofCallersRegion(id);
    template.retire(clock.instant());
    auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, id, AuditResult.SUCCESS);
    return template;
  }

  /** Templates of other regions do not exist for the caller. */
  private MailTemplate ofCallersRegion(Long id) {
    return em.createNamedQuery(MailTemplate.BY_ID_IN_REGION, MailTemplate.class)
        .setParameter("id", id)
        .setParameter("region", region())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException(AUDIT_OBJECT, id));
  }

  private long region() {
    return Optional.ofNullable(callerScope.current().regionId())
        .orElseThrow(() -> new InvalidInputException("burgernetMailTemplate.noRegion"));
  }
}
