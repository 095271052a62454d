package nl.burgernet.action.control;

import nl.burgernet.action.entity.Area;
import nl.burgernet.action.entity.GeometricArea;
import nl.burgernet.action.entity.MunicipalityArea;
import nl.burgernet.action.entity.PostcodeArea;
import nl.burgernet.participant.boundary.AppHolder.Place;

/**
 * Whether an area covers one participant's address, by the same rule the selection of recipients
 * applies to many ({@link AreaSelection}): inside the drawn shape, in one of the municipalities, or
 * with one of the postcodes or four-digit postcode areas.
 */
public final class AreaCoverage {

  private AreaCoverage() {}

  public static boolean covers(Area area, Place place) {
    if (area instanceof GeometricArea shape) {
      return place.isLocated() && shape.contains(place.latitude(), place.longitude());
    }
    if (area instanceof MunicipalityArea municipalities) {
      return place.municipalityId() != null
          && municipalities.municipalityIds().contains(place.municipalityId());
    }
    PostcodeArea postcodes = (PostcodeArea) area;
    if (place.postcode() == null) {
      return false;
    }
    return postcodes.fullPostcodes().contains(place.postcode())
        || postcodes.areas().contains(place.postcode().substring(0, 4));
  }
}
