package nl.burgernet.web.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;

/** Logging out: recorded in the audit trail while the caller is still known, then forgotten. */
@Named("logout")
@RequestScoped
public class LogoutBacking {

  static final String LOGGED_OUT_PAGE = "/login.xhtml?uitgelogd=true";

  @Inject private AuditTrail auditTrail;

  @Inject private SecurityContext securityContext;

  @Inject private ExternalContext externalContext;

  public void submit() throws ServletException, IOException {
    Principal caller = securityContext.getCallerPrincipal();
    if (caller != null) {
      auditTrail.record(AuditAction.LOGOUT, "StaffAccount", caller.getName(), AuditResult.SUCCESS);
    }
    ((HttpServletRequest) externalContext.getRequest()).logout();
    externalContext.invalidateSession();
    externalContext.redirect(externalContext.getRequestContextPath() + LOGGED_OUT_PAGE);
  }
}
