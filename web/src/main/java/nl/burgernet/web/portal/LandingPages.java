package nl.burgernet.web.portal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import nl.burgernet.security.entity.StaffRole;

/**
 * Where each role starts: {@code /portal/<slug>/index.xhtml}. web.xml gives each of these folders
 * to its own role only.
 */
public final class LandingPages {

  private LandingPages() {}

  public static String slug(StaffRole role) {
    return switch (role) {
      case CONTROL_ROOM_OPERATOR -> "meldkamer";
      case INVESTIGATING_OFFICER -> "opsporing";
      case COMMUNICATIONS_OFFICER -> "actieverslagen";
      case MUNICIPALITY_AMBASSADOR -> "gemeente";
      case RELATION_MANAGER -> "relatiebeheer";
      case REGIONAL_HELPDESK -> "helpdesk";
      case MANAGER -> "management";
      case STEERING_GROUP_MEMBER -> "stuurgroep";
      case FUNCTIONAL_ADMINISTRATOR -> "beheer";
    };
  }

  /** The view id (without extension) of the role's landing page, as a navigation outcome. */
  public static String outcome(StaffRole role) {
    return "/portal/" + slug(role) + "/index";
  }

  /** With several roles, the first in the order of {@link StaffRole} decides. */
  public static Optional<StaffRole> primary(Collection<StaffRole> roles) {
    return roles == null || roles.isEmpty()
        ? Optional.empty()
        : EnumSet.copyOf(roles).stream().findFirst();
  }
}
