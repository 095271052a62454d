package nl.burgernet.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.reference.entity.Region;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/** A staff member who logs in to the portal, with roles and the scope of what they may see. */
@Entity
@Table(name = "staff_account")
@AdditionalCriteria(
    "(:scopeRegion = 0 OR this.region.id = :scopeRegion)"
        + " AND (:scopeMunicipality = 0 OR this.municipality.id = :scopeMunicipality)")
@NamedQuery(
    name = StaffAccount.BY_USERNAME,
    query = "SELECT s FROM StaffAccount s WHERE s.username = :username")
@NamedQuery(name = StaffAccount.ALL, query = "SELECT s FROM StaffAccount s ORDER BY s.username")
@NamedQuery(
    name = StaffAccount.ACTIVE_WITH_ROLES,
    query =
        "SELECT DISTINCT s FROM StaffAccount s JOIN s.roles r"
            + " WHERE r IN :roles AND s.active = TRUE ORDER BY s.displayName, s.username")
@NamedQuery(name = StaffAccount.COUNT, query = "SELECT COUNT(s) FROM StaffAccount s")
@NamedQuery(
    name = StaffAccount.MUNICIPALITIES_WITH_ROLE,
    query =
        "SELECT DISTINCT s.municipality.id FROM StaffAccount s JOIN s.roles r"
            + " WHERE r = :role AND s.active = TRUE AND s.municipality.region.id = :region")
public class StaffAccount {

  public static final String BY_USERNAME = "StaffAccount.byUsername";
  public static final String ALL = "StaffAccount.all";

  /** The active accounts with any of the roles, by name. */
  public static final String ACTIVE_WITH_ROLES = "StaffAccount.activeWithRoles";

  /** The municipalities of a region with an active staff member in the role. */
  public static final String MUNICIPALITIES_WITH_ROLE = "StaffAccount.municipalitiesWithRole";

  public static final String COUNT = "StaffAccount.count";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, unique = true, length = 60)
  private String username;

  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "staff_account_role",
      joinColumns = @JoinColumn(name = "staff_account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 40)
  private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

  @Enumerated(EnumType.STRING)
  @Column(name = "scope_level", nullable = false, length = 20)
  private ScopeLevel scopeLevel;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "region_id")
  private Region region;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  protected StaffAccount() {}

  public StaffAccount(
      String username, String displayName, String email, String passwordHash, Instant createdAt) {
    this.username = username;
    this.displayName = displayName;
    this.email = email;
    this.passwordHash = passwordHash;
    this.createdAt = createdAt;
    this.scopeLevel = ScopeLevel.NONE;
  }

  public Scope scope() {
    return switch (scopeLevel) {
      case NATIONAL -> Scope.national();
      case REGION -> Scope.region(region.getId());
      case MUNICIPALITY -> Scope.municipality(region.getId(), municipality.getId());
      case NONE -> Scope.none();
    };
  }

  public void limitToNation() {
    assign(ScopeLevel.NATIONAL, null, null);
  }

  public void limitTo(Region region) {
    assign(ScopeLevel.REGION, region, null);
  }

  public void limitTo(Municipality municipality) {
    assign(ScopeLevel.MUNICIPALITY, municipality.getRegion(), municipality);
  }

  private void assign(ScopeLevel level, Region region, Municipality municipality) {
    this.scopeLevel = level;
    this.region = region;
    this.municipality = municipality;
  }

  public void grant(Set<StaffRole> newRoles) {
    if (newRoles.isEmpty()) {
      throw new IllegalArgumentException("a staff account needs at least one role");
    }
    roles.clear();
    roles.addAll(newRoles);
  }

  public boolean hasRole(StaffRole role) {
    return roles.contains(role);
  }

  public void changePasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public void rename(String displayName, String email) {
    this.displayName = displayName;
    this.email = email;
  }

  public void deactivate() {
    active = false;
  }

  public void activate() {
    active = true;
  }

  public void recordLogin(Instant when) {
    lastLoginAt = when;
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

  public String getPasswordHash() {
    return passwordHash;
  }

  public Set<StaffRole> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
  }

  public ScopeLevel getScopeLevel() {
    return scopeLevel;
  }

  public Region getRegion() {
    return region;
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }
}
