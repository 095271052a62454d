package nl.burgernet.action.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
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

  /** The scenarios an operator may choose, by name. */
  public List<ScenarioView> active() {
    throw new UnsupportedOperationException("step 1: API only");
  }

  /** All scenarios, also those switched off, by name. */
  @RolesAllowed(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR)
  public List<ScenarioView> all() {
    throw new UnsupportedOperationException("step 1: API only");
  }

  public ScenarioView find(@NotNull Long scenarioId) {
    throw new UnsupportedOperationException("step 1: API only");
  }

  @RolesAllowed(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR)
  public ScenarioView create(@NotNull @Valid ScenarioForm form) {
    throw new UnsupportedOperationException("step 1: API only");
  }

  @RolesAllowed(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR)
  public ScenarioView change(@NotNull Long scenarioId, @NotNull @Valid ScenarioForm form) {
    throw new UnsupportedOperationException("step 1: API only");
  }
}
