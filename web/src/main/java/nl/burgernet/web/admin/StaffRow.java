package nl.burgernet.web.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.security.entity.ScopeLevel;
import nl.burgernet.security.entity.StaffAccount;
import nl.burgernet.security.entity.StaffRole;

/**
 * One staff account as the list shows it; a plain value, so the view state can be replicated. A
 * class with getters rather than a record, because Jakarta EL 5 does not read record components.
 */
public final class StaffRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Long id;
  private final String username;
  private final String displayName;
  private final String email;
  private final EnumSet<StaffRole> roles;
  private final ScopeLevel scopeLevel;
  private final Long regionId;
  private final String regionName;
  private final Long municipalityId;
  private final String municipalityName;
  private final boolean active;
  private final Instant lastLoginAt;

  StaffRow(
      Long id,
      String username,
      String displayName,
      String email,
      Set<StaffRole> roles,
      ScopeLevel scopeLevel,
      Long regionId,
      String regionName,
      Long municipalityId,
      String municipalityName,
      boolean active,
      Instant lastLoginAt) {
    this.id = id;
    this.username = username;
    this.displayName = displayName;
    this.email = email;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
    this.scopeLevel = scopeLevel;
    this.regionId = regionId;
    this.regionName = regionName;
    this.municipalityId = municipalityId;
    this.municipalityName = municipalityName;
    this.active = active;
    this.lastLoginAt = lastLoginAt;
  }

  static StaffRow of(StaffAccount account) {
    Region region = account.getRegion();
    Municipality municipality = account.getMunicipality();
    return new StaffRow(
        account.getId(),
        account.getUsername(),
        account.getDisplayName(),
        account.getEmail(),
        account.getRoles(),
        account.getScopeLevel(),
        region == null ? null : region.getId(),
        region == null ? null : region.getName(),
        municipality == null ? null : municipality.getId(),
        municipality == null ? null : municipality.getName(),
        account.isActive(),
        account.getLastLoginAt());
  }

  /** The same account with another active state. */
  StaffRow withActive(boolean newActive) {
    return new StaffRow(
        id,
        username,
        displayName,
        email,
        roles,
        scopeLevel,
        regionId,
        regionName,
        municipalityId,
        municipalityName,
        newActive,
        lastLoginAt);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public Set<StaffRole> getRoles() {
    return EnumSet.copyOf(roles);
  }

  public ScopeLevel getScopeLevel() {
    return scopeLevel;
  }

  public Long getRegionId() {
    return regionId;
  }

  public String getRegionName() {
    return regionName;
  }

  public Long getMunicipalityId() {
    return municipalityId;
  }

  public String getMunicipalityName() {
    return municipalityName;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }
}
