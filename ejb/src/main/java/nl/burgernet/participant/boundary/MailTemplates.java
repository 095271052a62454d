package nl.burgernet.participant.boundary;

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
import java.util.Map;
import java.util.Optional;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.participant.control.MailText;
import nl.burgernet.participant.control.MailTexts;
import nl.burgernet.participant.entity.ParticipantMailKind;
import nl.burgernet.participant.entity.ParticipantMailKind.Placeholders;
import nl.burgernet.participant.entity.ParticipantMailTemplate;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.security.control.CallerScope;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.Scope;
import nl.burgernet.security.entity.ScopeLevel;
import nl.burgernet.security.entity.StaffRole;

/**
 * The regional bureau's own texts of the participant mails (confirmation, rejection,
 * unsubscription, ...): read, previewed with example values, saved after the placeholders are
 * checked, and reset to the default. A relation manager of a region edits that region's texts, the
 * national functional administrator any region's; staff of a single municipality read them only.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({StaffRole.Names.RELATION_MANAGER, StaffRole.Names.FUNCTIONAL_ADMINISTRATOR})
public class MailTemplates {

  private static final String AUDIT_OBJECT = "ParticipantMailTemplate";

  /** What the preview fills in; the links look like the real ones. */
  private static final Map<String, String> EXAMPLE =
      Map.of(
          Placeholders.NAME, "Jan de Vries",
          Placeholders.UNSUBSCRIBE_LINK, "https://burgernet.nl/afmelden.xhtml?token=voorbeeld",
          Placeholders.LINK, "https://burgernet.nl/bevestigen.xhtml?token=voorbeeld",
          Placeholders.VALID_UNTIL, "24 november 2026 om 14:30",
          Placeholders.REASON, "Uw adres ligt niet in een gemeente die meedoet.");

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private MailTexts texts;

  @Inject private CallerScope callerScope;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Resource private SessionContext context;

  /** The text the region's participants get now. */
  public RegionMailText text(@NotNull Long regionId, @NotNull ParticipantMailKind kind) {
    Optional<ParticipantMailTemplate> own = own(regionId, kind);
    return new RegionMailText(kind, texts.of(regionId, kind), own.isPresent());
  }

  /** The text with example values, as a participant would read it. */
  public MailText preview(
      @NotNull ParticipantMailKind kind,
      @NotBlank(message = "{mailTemplate.subject.required}") String subject,
      @NotBlank(message = "{mailTemplate.body.required}") String body) {
    MailText text = checked(kind, subject, body);
    return text.fill(EXAMPLE);
  }

  /** Keeps the region's own text, which its participants get from now on. */
  public RegionMailText save(
      @NotNull Long regionId,
      @NotNull ParticipantMailKind kind,
      @NotBlank(message = "{mailTemplate.subject.required}")
          @Size(
              max = ParticipantMailTemplate.SUBJECT_LENGTH,
              message = "{mailTemplate.subject.size}")
          String subject,
      @NotBlank(message = "{mailTemplate.body.required}")
          @Size(max = ParticipantMailTemplate.BODY_LENGTH, message = "{mailTemplate.body.size}")
          String body) {
    requireEditor(regionId);
    checked(kind, subject, body);
    ParticipantMailTemplate template =
        own(regionId, kind)
            .orElseGet(
                () -> {
                  ParticipantMailTemplate created = new ParticipantMailTemplate(regionId, kind);
                  em.persist(created);
                  return created;
                });
    template.change(subject, body, context.getCallerPrincipal().getName(), clock.instant());
    em.flush();
    auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, regionId + "/" + kind, AuditResult.SUCCESS);
    return text(regionId, kind);
  }

  /** Drops the region's own text: its participants get the default again. */
  public RegionMailText reset(@NotNull Long regionId, @NotNull ParticipantMailKind kind) {
    requireEditor(regionId);
    own(regionId, kind).ifPresent(em::remove);
    em.flush();
    auditTrail.record(AuditAction.DELETE, AUDIT_OBJECT, regionId + "/" + kind, AuditResult.SUCCESS);
    return text(regionId, kind);
  }

  private Optional<ParticipantMailTemplate> own(Long regionId, ParticipantMailKind kind) {
    return em.createNamedQuery(ParticipantMailTemplate.OF_REGION, ParticipantMailTemplate.class)
        .setParameter("region", regionId)
        .setParameter("kind", kind)
        .getResultStream()
        .findFirst();
  }

  private static MailText checked(ParticipantMailKind kind, String subject, String body) {
    MailText text = new MailText(subject.strip(), body.strip());
    text.problemFor(kind)
        .ifPresent(
            problem -> {
              throw new InvalidInputException(
                  problem.kind() == MailText.Problem.Kind.UNKNOWN
                      ? "mailTemplate.placeholder.unknown"
                      : "mailTemplate.placeholder.missing",
                  "{" + problem.placeholder() + "}");
            });
    return text;
  }

  /** The regional bureau edits its own region's texts, national administrators any region's. */
  private void requireEditor(Long regionId) {
    Scope scope = callerScope.current();
    boolean allowed =
        scope.level() == ScopeLevel.NATIONAL
            || (scope.level() == ScopeLevel.REGION && regionId.equals(scope.regionId()));
    if (!allowed) {
      auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, regionId, AuditResult.DENIED);
      throw new InvalidInputException("mailTemplate.regionOnly");
    }
  }
}
