package nl.burgernet.action.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.entity.Action;
import nl.burgernet.action.entity.ActionDraft;
import nl.burgernet.action.entity.DeploymentScenario;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.reference.entity.Region;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes a draft action of a partner's alert: the active scenario of the proposed kind, the
 * description and callback number, the area (municipality codes become the municipalities), and the
 * control room: the region of the named municipalities, else the region configured for alerts drawn
 * only on the map.
 */
@Dependent
public class ActionDrafting {

  private static final int CALLBACK_LENGTH = 20;

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject
  @ConfigProperty(name = "burgernet.cap.incoming.region")
  private Optional<String> defaultRegionCode;

  @Inject
  @ConfigProperty(name = "burgernet.action.callback-number", defaultValue = "0800-0011")
  private String defaultCallbackNumber;

  public ActionDraft draft(IncomingCap alert, String document, Instant now) {
    List<Municipality> municipalities = municipalities(alert.municipalityCodes());
    AreaSpecification area =
        alert.area().kind() == AreaSpecification.AreaKind.MUNICIPALITIES
            ? AreaSpecification.municipalities(
                municipalities.stream().map(Municipality::getId).collect(Collectors.toSet()))
            : alert.area();
    AreaSpecifications.toArea(area);
    Region region =
        municipalities.isEmpty() ? configuredRegion() : municipalities.get(0).getRegion();
    return new ActionDraft(
        alert.sender(),
        alert.identifier(),
        alert.sent().toInstant(),
        alert.event(),
        alert.headline(),
        alert.status(),
        scenarioFor(alert).getId(),
        description(alert),
        callbackNumber(alert.contact()),
        AreaSpecifications.toJson(area),
        document,
        region.getId(),
        now);
  }

  private List<Municipality> municipalities(Set<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    List<Municipality> found =
        em.createQuery(
                "SELECT m FROM Municipality m WHERE m.cbsCode IN :codes ORDER BY m.cbsCode",
                Municipality.class)
            .setParameter("codes", codes)
            .getResultList();
    if (found.isEmpty()) {
      throw new InvalidInputException("action.cap.region");
    }
    return found;
  }

  private Region configuredRegion() {
    return defaultRegionCode
        .flatMap(
            code ->
                em.createQuery("SELECT r FROM Region r WHERE r.code = :code", Region.class)
                    .setParameter("code", code.strip())
                    .getResultStream()
                    .findFirst())
        .orElseThrow(() -> new InvalidInputException("action.cap.region"));
  }

  private DeploymentScenario scenarioFor(IncomingCap alert) {
    return em.createQuery(
            "SELECT s FROM DeploymentScenario s WHERE s.kind = :kind AND s.active = TRUE"
                + " ORDER BY s.id",
            DeploymentScenario.class)
        .setParameter("kind", alert.proposedKind())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("action.scenario.inactive"));
  }

  private static String description(IncomingCap alert) {
    String text =
        alert.description() != null && !alert.description().isBlank()
            ? alert.description()
            : alert.headline() != null && !alert.headline().isBlank()
                ? alert.headline()
                : alert.event();
    String single = text.strip().replaceAll("\\s+", " ");
    // the operator reviews it; a longer text is cut where the action's field ends
    return single.length() <= Action.DESCRIPTION_LENGTH
        ? single
        : single.substring(0, Action.DESCRIPTION_LENGTH - 1) + "…";
  }

  private String callbackNumber(String contact) {
    return contact != null && !contact.isBlank() && contact.strip().length() <= CALLBACK_LENGTH
        ? contact.strip()
        : defaultCallbackNumber;
  }
}
