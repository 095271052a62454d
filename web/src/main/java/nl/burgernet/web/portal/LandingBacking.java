package nl.burgernet.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.burgernet.reference.boundary.ReferenceData;
import nl.burgernet.reference.boundary.ScopeTotals;

/** The key figures of the caller's scope on the landing pages. */
@Named("landing")
@RequestScoped
public class LandingBacking {

  @Inject private ReferenceData referenceData;

  private ScopeTotals totals;

  public ScopeTotals getTotals() {
    if (totals == null) {
      totals = referenceData.totals();
    }
    return totals;
  }
}
