package nl.burgernet.web.action;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.burgernet.action.boundary.DeploymentScenarios;
import nl.burgernet.action.boundary.ScenarioView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The active deployment scenarios, whose ids a control-room system starts actions with. */
@Path("scenarios")
@Produces(MediaType.APPLICATION_JSON)
public class ScenariosResource {

  @Inject private DeploymentScenarios scenarios;

  @GET
  @Operation(summary = "The active deployment scenarios")
  public List<ScenarioView> active() {
    return scenarios.active();
  }
}
