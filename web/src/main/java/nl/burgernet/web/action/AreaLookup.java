package nl.burgernet.web.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.burgernet.action.boundary.Actions;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.web.faces.Messages;

/** Puts the circle of an area form around the address the operator typed. */
@ApplicationScoped
public class AreaLookup {

  @Inject private Actions actions;

  /** False, with a message on the page, when the address is unreadable or not found. */
  public boolean locate(AreaForm area) {
    Optional<GeoPoint> point =
        area.addressQuery().flatMap(query -> actions.locate(query.postcode(), query.houseNumber()));
    if (point.isEmpty()) {
      FacesContext context = FacesContext.getCurrentInstance();
      Messages.error(context, null, Messages.text(context, "actionPage.area.address.notFound"));
      return false;
    }
    area.locateAt(point.get());
    return true;
  }
}
