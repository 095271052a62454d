package nl.burgernet.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.burgernet.reference.boundary.ReferenceData;
import nl.burgernet.reference.boundary.ScopeTotals;

/**
 * The key figures of the caller's scope on the landing pages. Exposed as getters, because Jakarta
 * EL 5 does not read the components of the {@link ScopeTotals} record.
 */
@Named("landing")
@RequestScoped
public class LandingBacking {

  @Inject private ReferenceData referenceData;

  private ScopeTotals totals;

  private ScopeTotals totals() {
    if (totals == null) {
      totals = referenceData.totals();
    }
    return totals;
  }

  public int getRegions() {
    return totals().regions();
  }

  public int getMunicipalities() {
    return totals().municipalities();
  }

  public long getInhabitants() {
    return totals().inhabitants();
  }

  public long getHouseholds() {
    return totals().households();
  }
}
