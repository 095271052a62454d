package nl.burgernet.action.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.burgernet.action.control.ActionViews;
import nl.burgernet.action.entity.ActionTexts;
import nl.burgernet.action.entity.DeploymentScenario;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * The deployment scenarios (inzetscenario's), national templates of actions: the functional
 * administrator keeps them, the operator picks one for a new action.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({StaffRole.Names.CONTROL_ROOM_OPERATOR, StaffRole.Names.FUNCTIONAL_ADMINISTRATOR})
public class DeploymentScenarios {

  static final String AUDIT_OBJECT = "DeploymentScenario";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private AuditTrail auditTrail;

  /** The scenarios an operator may choose, by name. */
  public List<ScenarioView> active() {
    return list(DeploymentScenario.ACTIVE);
  }

  /** All scenarios, also those switched off, by name. */
  @RolesAllowed(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR)
  public List<ScenarioView> all() {
    return list(DeploymentScenario.ALL);
  }

  private List<ScenarioView> list(String namedQuery) {
    return em.createNamedQuery(namedQuery, DeploymentScenario.class).getResultList().stream()
        .map(ActionViews::of)
        .toList();
  }

  public ScenarioView find(@NotNull Long scenarioId) {
    return ActionViews.of(scenario(scenarioId));
  }

  @RolesAllowed(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR)
  public ScenarioView create(@NotNull @Valid ScenarioForm form) {
    checkWordings(form);
    DeploymentScenario scenario =
        new DeploymentScenario(
            form.name(),
            form.kind(),
            form.defaultRadiusMetres(),
            form.channels(),
            form.smsWording(),
            form.voiceWording(),
            form.active());
    save(() -> em.persist(scenario));
    auditTrail.record(AuditAction.CREATE, AUDIT_OBJECT, scenario.getId(), AuditResult.SUCCESS);
    return ActionViews.of(scenario);
  }

  @RolesAllowed(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR)
  public ScenarioView change(@NotNull Long scenarioId, @NotNull @Valid ScenarioForm form) {
    checkWordings(form);
    DeploymentScenario scenario = scenario(scenarioId);
    scenario.change(
        form.name(),
        form.kind(),
        form.defaultRadiusMetres(),
        form.channels(),
        form.smsWording(),
        form.voiceWording(),
        form.active());
    save(() -> {});
    auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, scenarioId, AuditResult.SUCCESS);
    return ActionViews.of(scenario);
  }

  /** Operators can no longer choose it; started actions are not touched. */
  @RolesAllowed(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR)
  public ScenarioView deactivate(@NotNull Long scenarioId) {
    return switchActive(scenarioId, false);
  }

  @RolesAllowed(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR)
  public ScenarioView activate(@NotNull Long scenarioId) {
    return switchActive(scenarioId, true);
  }

  private ScenarioView switchActive(Long scenarioId, boolean active) {
    DeploymentScenario scenario = scenario(scenarioId);
    scenario.switchActive(active);
    auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, scenarioId, AuditResult.SUCCESS);
    return ActionViews.of(scenario);
  }

  private void save(Runnable change) {
    try {
      change.run();
      em.flush();
    } catch (PersistenceException e) {
      throw new ConflictException("action.scenario.nameTaken");
    }
  }

  private static void checkWordings(ScenarioForm form) {
    if (!ActionTexts.isWording(form.smsWording()) || !ActionTexts.isWording(form.voiceWording())) {
      throw new InvalidInputException(
          "action.scenario.wording", ActionTexts.DESCRIPTION, ActionTexts.NUMBER);
    }
  }

  private DeploymentScenario scenario(Long scenarioId) {
    DeploymentScenario scenario = em.find(DeploymentScenario.class, scenarioId);
    if (scenario == null) {
      throw new NotFoundException(AUDIT_OBJECT, scenarioId);
    }
    return scenario;
  }
}
