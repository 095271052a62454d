package nl.burgernet.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.burgernet.security.boundary.MyAccount;
import nl.burgernet.security.entity.StaffAccount;
import nl.burgernet.security.entity.StaffRole;
import nl.burgernet.web.faces.Labels;

/** The logged-in staff member as the portal's header, menu and landing pages show them. */
@Named("staff")
@RequestScoped
public class CurrentStaff {

  /** Used when the account has no role left; every staff member may see their own account. */
  static final String FALLBACK_OUTCOME = "/portal/account";

  @Inject private MyAccount myAccount;

  @Inject private Labels labels;

  @Inject private ExternalContext externalContext;

  private StaffAccount account;

  public StaffAccount getAccount() {
    if (account == null) {
      account = myAccount.me();
    }
    return account;
  }

  public String getDisplayName() {
    return getAccount().getDisplayName();
  }

  /** E.g. "Gemeente Rotterdam (eenheid Rotterdam-Rijnmond)". */
  public String getScope() {
    return labels.scopeOf(getAccount());
  }

  /** The roles in the fixed order of {@link StaffRole}. */
  public List<StaffRole> getRoles() {
    return List.copyOf(getAccount().getRoles());
  }

  public String getRoleNames() {
    return labels.roles(getAccount().getRoles());
  }

  /** The start page: the landing page of the first role, as a navigation outcome. */
  public String getLandingPage() {
    return LandingPages.primary(getAccount().getRoles())
        .map(LandingPages::outcome)
        .orElse(FALLBACK_OUTCOME);
  }

  public String landingPage(StaffRole role) {
    return LandingPages.outcome(role);
  }

  /** View action of /portal/index.xhtml. */
  public String toLandingPage() {
    return getLandingPage() + "?faces-redirect=true";
  }

  /** The caller's other roles, for links from one landing page to the others. */
  public List<StaffRole> otherRoles(String role) {
    return getRoles().stream().filter(other -> !other.name().equals(role)).toList();
  }

  public boolean isAdministrator() {
    return externalContext.isUserInRole(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR);
  }

  public boolean isRelationManager() {
    return externalContext.isUserInRole(StaffRole.Names.RELATION_MANAGER);
  }

  /** Managers and functional administrators set the regions' budget years. */
  public boolean isFinanceEditor() {
    return isAdministrator() || externalContext.isUserInRole(StaffRole.Names.MANAGER);
  }

  /** Functional administrators and managers may read the audit trail. */
  public boolean isAuditReader() {
    return isFinanceEditor();
  }

  /** The management information is for managers, the steering group and the administrators. */
  public boolean isMarapReader() {
    return isAdministrator()
        || externalContext.isUserInRole(StaffRole.Names.MANAGER)
        || externalContext.isUserInRole(StaffRole.Names.STEERING_GROUP_MEMBER);
  }

  /** Municipality staff see the management figures of their own municipality. */
  public boolean isMunicipalityFiguresReader() {
    return isMarapReader() || externalContext.isUserInRole(StaffRole.Names.MUNICIPALITY_AMBASSADOR);
  }
}
