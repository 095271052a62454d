package nl.burgernet.report.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.reference.entity.Region;

/**
 * The region and municipalities a MARAP page is about, as far as the caller may see them: by query,
 * so the scope filter applies, and an id outside the scope is not found.
 */
@Stateless
public class MarapAreas {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  public Region region(Long regionId) {
    return em.createQuery("SELECT r FROM Region r WHERE r.id = :id", Region.class)
        .setParameter("id", regionId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Region", regionId));
  }

  /** The region's municipalities in the caller's scope, by name. */
  public List<Municipality> municipalitiesOf(Long regionId) {
    return em.createNamedQuery(Municipality.OF_REGION, Municipality.class)
        .setParameter("region", region(regionId).getId())
        .getResultList();
  }

  public Municipality municipality(Long regionId, Long municipalityId) {
    return municipalitiesOf(regionId).stream()
        .filter(municipality -> municipality.getId().equals(municipalityId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Municipality", municipalityId));
  }
}
