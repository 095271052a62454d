package nl.burgernet.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.report.control.MarapAreas;
import nl.burgernet.report.entity.FinanceTable;
import nl.burgernet.report.entity.FinanceYear;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * The finances of the regions in the caller's scope: contributions per inhabitant and the budget
 * shared by share of inhabitants, per budget year.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({
  StaffRole.Names.MANAGER,
  StaffRole.Names.STEERING_GROUP_MEMBER,
  StaffRole.Names.FUNCTIONAL_ADMINISTRATOR
})
public class Finances {

  static final String AUDIT_OBJECT = "FinanceYear";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private AuditTrail auditTrail;

  @Inject private MarapAreas areas;

  /** Every budget year of the regions in scope, newest first per region. */
  public List<FinanceYear> years() {
    return em.createNamedQuery(FinanceYear.ALL, FinanceYear.class).getResultList();
  }

  /** The table of one budget year, from the municipalities' inhabitants on its reference date. */
  public FinanceTable table(@NotNull Long financeYearId) {
    FinanceYear year = find(financeYearId);
    List<Municipality> municipalities =
        em.createNamedQuery(Municipality.OF_REGION, Municipality.class)
            .setParameter("region", year.getRegion().getId())
            .getResultList();
    List<String> withoutFigures =
        municipalities.stream()
            .filter(municipality -> municipality.figuresOf(year.getFiguresYear()).isEmpty())
            .map(Municipality::getName)
            .toList();
    if (!withoutFigures.isEmpty()) {
      // a share computed without them would be too large for every other municipality
      throw new InvalidInputException(
          "finance.noFigures", year.getFiguresYear(), String.join(", ", withoutFigures));
    }
    List<FinanceTable.Inhabitants> inhabitants =
        municipalities.stream()
            .map(municipality -> municipality.figuresOf(year.getFiguresYear()).orElseThrow())
            .map(
                figures ->
                    new FinanceTable.Inhabitants(
                        figures.getMunicipality().getName(),
                        figures.getInhabitants(),
                        figures.getHouseholds()))
            .toList();
    auditTrail.record(AuditAction.READ, AUDIT_OBJECT, financeYearId, AuditResult.SUCCESS);
    return FinanceTable.of(year, inhabitants);
  }

  /**
   * Sets a region's budget year, a new one or one already there: the rates, the reference year and
   * the budget to share.
   *
   * @throws InvalidInputException when the inhabitants would be counted after the budget year
   */
  @RolesAllowed({StaffRole.Names.MANAGER, StaffRole.Names.FUNCTIONAL_ADMINISTRATOR})
  public FinanceYear save(@NotNull @Valid FinanceYearChange change) {
    if (change.figuresYear() > change.budgetYear()) {
      throw new InvalidInputException(
          "finance.figuresAfterBudget", change.figuresYear(), change.budgetYear());
    }
    Region region = areas.region(change.regionId());
    FinanceYear year =
        em.createNamedQuery(FinanceYear.OF_REGION, FinanceYear.class)
            .setParameter("region", region.getId())
            .setParameter("year", change.budgetYear())
            .getResultStream()
            .findFirst()
            .orElseGet(() -> new FinanceYear(region, change.budgetYear()));
    boolean isNew = year.getId() == null;
    year.change(
        change.figuresYear(),
        change.municipalityRate(),
        change.policeRate(),
        change.allocatedBudget(),
        change.allocatedPurpose());
    if (isNew) {
      em.persist(year);
      em.flush();
    }
    auditTrail.record(
        isNew ? AuditAction.CREATE : AuditAction.UPDATE,
        AUDIT_OBJECT,
        year.getId(),
        AuditResult.SUCCESS);
    return year;
  }

  private FinanceYear find(Long id) {
    FinanceYear year = em.find(FinanceYear.class, id);
    if (year == null) {
      throw new NotFoundException(AUDIT_OBJECT, id);
    }
    return year;
  }
}
