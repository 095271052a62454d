package nl.burgernet.reference.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.reference.entity.MunicipalityFigures;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.security.control.ScopeFiltered;

/**
 * Regions and municipalities with their figures, as far as the caller's scope reaches: a
 * municipality's staff see their own municipality, a regional bureau its region.
 */
@Stateless
@ScopeFiltered
@PermitAll
public class ReferenceData {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  public List<Region> regions() {
    return em.createNamedQuery(Region.ALL, Region.class).getResultList();
  }

  public List<Municipality> municipalities() {
    return em.createNamedQuery(Municipality.ALL, Municipality.class).getResultList();
  }

  public Municipality municipality(@NotNull Long id) {
    Municipality municipality = em.find(Municipality.class, id);
    if (municipality == null) {
      throw new NotFoundException("Municipality", id);
    }
    return municipality;
  }

  /** Totals over the municipalities in scope, each counted with its latest figures. */
  public ScopeTotals totals() {
    List<Municipality> municipalities = municipalities();
    long inhabitants = 0;
    long households = 0;
    for (Municipality municipality : municipalities) {
      MunicipalityFigures figures = municipality.latestFigures().orElse(null);
      if (figures != null) {
        inhabitants += figures.getInhabitants();
        households += figures.getHouseholds();
      }
    }
    return new ScopeTotals(regions().size(), municipalities.size(), inhabitants, households);
  }
}
