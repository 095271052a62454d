package nl.burgernet.web.admin;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import nl.burgernet.security.boundary.NewStaffAccount;
import nl.burgernet.security.boundary.StaffAccountChanges;
import nl.burgernet.security.entity.ScopeLevel;
import nl.burgernet.security.entity.StaffRole;

/**
 * What the staff dialog edits: a new account, or the changes to an existing one. The roles are an
 * array, so that Faces converts the selected enum values without a custom converter.
 */
public class StaffForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private String username;
  private String displayName;
  private String email;
  private String initialPassword;
  private StaffRole[] roles = new StaffRole[0];
  private ScopeLevel scopeLevel;
  private Long regionId;
  private Long municipalityId;
  private boolean active = true;

  static StaffForm empty(ScopeLevel defaultLevel, Long defaultRegionId) {
    StaffForm form = new StaffForm();
    form.scopeLevel = defaultLevel;
    form.regionId = defaultRegionId;
    return form;
  }

  static StaffForm of(StaffRow row) {
    StaffForm form = new StaffForm();
    form.id = row.getId();
    form.username = row.getUsername();
    form.displayName = row.getDisplayName();
    form.email = row.getEmail();
    form.roles = row.getRoles().toArray(new StaffRole[0]);
    form.scopeLevel = row.getScopeLevel();
    form.regionId = row.getRegionId();
    form.municipalityId = row.getMunicipalityId();
    form.active = row.isActive();
    return form;
  }

  NewStaffAccount toNewAccount() {
    return new NewStaffAccount(
        username,
        displayName,
        email,
        initialPassword,
        roleSet(),
        scopeLevel,
        regionIdForLevel(),
        municipalityIdForLevel());
  }

  StaffAccountChanges toChanges() {
    return new StaffAccountChanges(
        displayName,
        email,
        roleSet(),
        scopeLevel,
        regionIdForLevel(),
        municipalityIdForLevel(),
        active);
  }

  private Set<StaffRole> roleSet() {
    return roles == null || roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles));
  }

  // only the picker that belongs to the chosen level counts; the hidden one may hold a stale id
  private Long regionIdForLevel() {
    return scopeLevel == ScopeLevel.REGION ? regionId : null;
  }

  private Long municipalityIdForLevel() {
    return scopeLevel == ScopeLevel.MUNICIPALITY ? municipalityId : null;
  }

  public boolean isCreating() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getInitialPassword() {
    return initialPassword;
  }

  public void setInitialPassword(String initialPassword) {
    this.initialPassword = initialPassword;
  }

  public StaffRole[] getRoles() {
    return roles;
  }

  public void setRoles(StaffRole[] roles) {
    this.roles = roles;
  }

  public ScopeLevel getScopeLevel() {
    return scopeLevel;
  }

  public void setScopeLevel(ScopeLevel scopeLevel) {
    this.scopeLevel = scopeLevel;
  }

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  public Long getMunicipalityId() {
    return municipalityId;
  }

  public void setMunicipalityId(Long municipalityId) {
    this.municipalityId = municipalityId;
  }

  public boolean isActive() {
    return active;
  }
}
