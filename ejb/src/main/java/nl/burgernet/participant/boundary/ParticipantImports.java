package nl.burgernet.participant.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.participant.control.ImportFile;
import nl.burgernet.participant.control.ImportJobs;
import nl.burgernet.participant.entity.ImportOutcome;
import nl.burgernet.participant.entity.ImportReportLine;
import nl.burgernet.participant.entity.ParticipantImport;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.control.CallerScope;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.Scope;
import nl.burgernet.security.entity.ScopeLevel;
import nl.burgernet.security.entity.StaffRole;

/**
 * Bulk import of participants from a CSV file (paper cards, migrated SMS-alert participants) by the
 * relation manager, into their own area: the file is checked as a whole and kept, then a runner
 * ({@code ImportSchedule}) takes every row through the rules of a registration, in batches, and
 * writes a report line per row. Progress and report are read here; imports of other areas are not
 * found.
 */
@Stateless
@ScopeFiltered
@RolesAllowed(StaffRole.Names.RELATION_MANAGER)
public class ParticipantImports {

  private static final String AUDIT_OBJECT = "ParticipantImport";

  private static final int RECENT = 20;

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private CallerScope callerScope;

  @Inject private AuditTrail auditTrail;

  @Inject private Clock clock;

  @Inject private Logger log;

  @Resource private SessionContext context;

  /**
   * Takes a file for import: refused at once when it cannot be read as a whole (not UTF-8, a column
   * missing or unknown, an open quote); otherwise queued, with its rows counted.
   */
  public ParticipantImport upload(
      @Size(max = ParticipantImport.FILE_NAME_LENGTH, message = "{import.fileName.size}")
          String fileName,
      @NotNull(message = "{import.file.required}") byte[] content) {
    Scope scope = callerScope.current();
    if (scope.level() == ScopeLevel.NONE) {
      throw new InvalidInputException("import.scope.none");
    }
    ImportFile file = ImportFile.read(content);
    ParticipantImport job =
        new ParticipantImport(
            fileName == null || fileName.isBlank() ? null : fileName.strip(),
            ImportJobs.compress(content),
            file.size(),
            context.getCallerPrincipal().getName(),
            clock.instant(),
            scope.regionId(),
            scope.municipalityId());
    em.persist(job);
    em.flush();
    auditTrail.record(AuditAction.CREATE, AUDIT_OBJECT, job.getId(), AuditResult.SUCCESS);
    log.info(() -> "Participant import " + job.getId() + " queued with " + file.size() + " rows");
    return job;
  }

  /** The import with its progress and counts, if it belongs to the caller's area. */
  public ParticipantImport progress(@NotNull Long id) {
    ParticipantImport job = em.find(ParticipantImport.class, id);
    if (job == null) {
      auditTrail.record(AuditAction.READ, AUDIT_OBJECT, id, AuditResult.DENIED);
      throw new NotFoundException(AUDIT_OBJECT, id);
    }
    return job;
  }

  /** Every row's line so far, in the order of the file. */
  public List<ImportReportLine> report(@NotNull Long id) {
    progress(id);
    return em.createNamedQuery(ImportReportLine.OF_IMPORT, ImportReportLine.class)
        .setParameter("import", id)
        .getResultList();
  }

  /** The lines of the rows that did not simply become active participants, for the page. */
  public List<ImportReportLine> exceptions(@NotNull Long id) {
    progress(id);
    return em.createNamedQuery(ImportReportLine.OF_IMPORT_WITH_OUTCOME, ImportReportLine.class)
        .setParameter("import", id)
        .setParameter("outcomes", EnumSet.complementOf(EnumSet.of(ImportOutcome.IMPORTED)))
        .getResultList();
  }

  /** The caller's area's latest imports, newest first. */
  public List<ParticipantImport> recent() {
    return em.createNamedQuery(ParticipantImport.RECENT, ParticipantImport.class)
        .setMaxResults(RECENT)
        .getResultList();
  }
}
