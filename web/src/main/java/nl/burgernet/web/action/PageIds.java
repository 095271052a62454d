package nl.burgernet.web.action;

import nl.burgernet.platform.boundary.NotFoundException;

/** The id of a page's view parameter: anything but a number is "not found" (HTTP 404). */
final class PageIds {

  private PageIds() {}

  static long parse(String id, String objectType) {
    try {
      return Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException(objectType, id);
    }
  }
}
