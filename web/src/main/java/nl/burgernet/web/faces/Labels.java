package nl.burgernet.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.EnumSet;
import java.util.stream.Collectors;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.security.entity.ScopeLevel;
import nl.burgernet.security.entity.StaffAccount;
import nl.burgernet.security.entity.StaffRole;

/** Names of roles, scopes and other codes in the language of the current view. */
@Named
@ApplicationScoped
public class Labels {

  public String role(StaffRole role) {
    return role == null ? "" : text("role." + role.name() + ".name");
  }

  /** The roles in the fixed order of {@link StaffRole}, separated by commas. */
  public String roles(Collection<StaffRole> roles) {
    if (roles == null || roles.isEmpty()) {
      return "";
    }
    return EnumSet.copyOf(roles).stream().map(this::role).collect(Collectors.joining(", "));
  }

  public String scopeLevel(ScopeLevel level) {
    return level == null ? "" : text("scopeLevel." + level.name());
  }

  /** E.g. "Gemeente Rotterdam (eenheid Rotterdam-Rijnmond)". */
  public String scope(ScopeLevel level, String municipalityName, String regionName) {
    ScopeLevel known = level == null ? ScopeLevel.NONE : level;
    return text(
        "scope." + known.name(),
        municipalityName == null ? "" : municipalityName,
        regionName == null ? "" : regionName);
  }

  public String scopeOf(StaffAccount account) {
    Region region = account.getRegion();
    Municipality municipality = account.getMunicipality();
    return scope(
        account.getScopeLevel(),
        municipality == null ? null : municipality.getName(),
        region == null ? null : region.getName());
  }

  /** A text from the bundle with one argument, for use in pages. */
  public String format(String key, Object argument) {
    return text(key, argument);
  }

  private static String text(String key, Object... arguments) {
    return Messages.text(FacesContext.getCurrentInstance(), key, arguments);
  }
}
