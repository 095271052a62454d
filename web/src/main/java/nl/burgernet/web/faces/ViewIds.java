package nl.burgernet.web.faces;

import nl.burgernet.platform.boundary.NotFoundException;

/** The id in a page's query string: one that is no number is as unknown as a wrong number. */
public final class ViewIds {

  private ViewIds() {}

  public static long parse(String id, String objectType) {
    try {
      return Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException(objectType, id);
    }
  }
}
