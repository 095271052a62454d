package nl.burgernet.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import nl.burgernet.security.entity.Scope;
import nl.burgernet.security.entity.StaffAccount;

/**
 * Works out whose view of the store applies now: an explicit scope this thread acts with, else the
 * logged-in staff member's, else nothing at all.
 */
@ApplicationScoped
public class CallerScope {

  @Inject private SecurityContext securityContext;

  @Inject private StaffDirectory staffDirectory;

  public Scope current() {
    return ScopeContext.actingScope().orElseGet(this::ofLoggedInCaller);
  }

  private Scope ofLoggedInCaller() {
    Principal principal = securityContext.getCallerPrincipal();
    if (principal == null) {
      return Scope.none();
    }
    return staffDirectory
        .findActive(principal.getName())
        .map(StaffAccount::scope)
        .orElse(Scope.none());
  }
}
