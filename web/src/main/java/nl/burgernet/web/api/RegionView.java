package nl.burgernet.web.api;

import nl.burgernet.reference.entity.Region;

/** A region as the API shows it. */
public record RegionView(long id, String code, String name) {

  static RegionView of(Region region) {
    return new RegionView(region.getId(), region.getCode(), region.getName());
  }
}
