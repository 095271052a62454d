package nl.burgernet.mail.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.mail.control.MailSanitizer;
import nl.burgernet.mail.entity.BurgernetMail;
import nl.burgernet.mail.entity.NewsletterItem;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.control.CallerScope;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * Newsletter items of the caller's region: the regional bureau writes, changes and retires them;
 * everyone who composes Burgernetmail in the region inserts the offered ones into a newsletter. The
 * text is sanitised like a mail's body, because it ends up in one.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({
  StaffRole.Names.MUNICIPALITY_AMBASSADOR,
  StaffRole.Names.INVESTIGATING_OFFICER,
  StaffRole.Names.REGIONAL_HELPDESK
})
public class NewsletterItems {

  static final String AUDIT_OBJECT = "NewsletterItem";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private MailSanitizer sanitizer;

  @Inject private CallerScope callerScope;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Resource private SessionContext session;

  /** The items the region's composers may insert, by title. */
  public List<NewsletterItem> offered() {
    Long region = callerScope.current().regionId();
    if (region == null) {
      return List.of();
    }
    return em.createNamedQuery(NewsletterItem.OFFERED_IN_REGION, NewsletterItem.class)
        .setParameter("region", region)
        .getResultList();
  }

  /** The offered item as it goes into a newsletter: its title as a heading, then its text. */
  public String insertion(@NotNull Long id) {
    NewsletterItem item = ofCallersRegion(id);
    if (item.isRetired()) {
      throw new NotFoundException(AUDIT_OBJECT, id);
    }
    return sanitizer.sanitize(
        "<h2>" + sanitizer.escape(item.getTitle()) + "</h2>" + item.getBodyHtml());
  }

  /** Every item of the region, the offered ones first, the latest change first. */
  @RolesAllowed(StaffRole.Names.REGIONAL_HELPDESK)
  public List<NewsletterItem> all() {
    return em.createNamedQuery(NewsletterItem.OF_REGION, NewsletterItem.class)
        .setParameter("region", region())
        .getResultList();
  }

  @RolesAllowed(StaffRole.Names.REGIONAL_HELPDESK)
  public NewsletterItem create(
      @NotBlank @Size(max = NewsletterItem.TITLE_LENGTH) String title,
      @NotBlank @Size(max = BurgernetMail.BODY_LENGTH) String html) {
    NewsletterItem item =
        new NewsletterItem(
            region(), title, sanitizer.sanitizeRequired(html), caller(), clock.instant());
    em.persist(item);
    em.flush();
    auditTrail.record(AuditAction.CREATE, AUDIT_OBJECT, item.getId(), AuditResult.SUCCESS);
    return item;
  }

  @RolesAllowed(StaffRole.Names.REGIONAL_HELPDESK)
  public NewsletterItem change(
      @NotNull Long id,
      @NotBlank @Size(max = NewsletterItem.TITLE_LENGTH) String title,
      @NotBlank @Size(max = BurgernetMail.BODY_LENGTH) String html) {
    NewsletterItem item = ofCallersRegion(id);
    item.change(title, sanitizer.sanitizeRequired(html), clock.instant());
    auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, id, AuditResult.SUCCESS);
    return item;
  }

  @RolesAllowed(StaffRole.Names.REGIONAL_HELPDESK)
  public NewsletterItem retire(@NotNull Long id) {
    NewsletterItem item = ofCallersRegion(id);
    Instant now = clock.instant();
    item.retire(now);
    auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, id, AuditResult.SUCCESS);
    return item;
  }

  /** Items of other regions do not exist for the caller. */
  private NewsletterItem ofCallersRegion(Long id) {
    NewsletterItem item = em.find(NewsletterItem.class, id);
    if (item == null || !item.getRegionId().equals(callerScope.current().regionId())) {
      throw new NotFoundException(AUDIT_OBJECT, id);
    }
    return item;
  }

  private long region() {
    Long region = callerScope.current().regionId();
    if (region == null) {
      throw new InvalidInputException("newsletterItem.noRegion");
    }
    return region;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
