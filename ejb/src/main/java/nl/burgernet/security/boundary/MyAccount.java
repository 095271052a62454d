package nl.burgernet.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.security.control.PasswordHashing;
import nl.burgernet.security.control.PasswordRule;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.StaffDirectory;
import nl.burgernet.security.entity.StaffAccount;

/** What every logged-in staff member may do with their own account. */
@Stateless
@ScopeFiltered
@PermitAll
public class MyAccount {

  @Inject private SecurityContext securityContext;

  @Inject private StaffDirectory directory;

  @Inject private PasswordHashing hashing;

  @Inject private AuditTrail auditTrail;

  public StaffAccount me() {
    Principal caller = securityContext.getCallerPrincipal();
    if (caller == null) {
      throw new NotFoundException("StaffAccount", "-");
    }
    return directory
        .findActive(caller.getName())
        .orElseThrow(() -> new NotFoundException("StaffAccount", caller.getName()));
  }

  public void changePassword(String currentPassword, String newPassword) {
    StaffAccount account = me();
    if (currentPassword == null || !hashing.matches(currentPassword, account.getPasswordHash())) {
      auditTrail.record(
          AuditAction.UPDATE, "StaffAccount.wachtwoord", account.getId(), AuditResult.DENIED);
      throw new InvalidInputException("account.password.currentWrong");
    }
    PasswordRule.check(account.getUsername(), newPassword);
    directory.changePassword(account.getUsername(), hashing.hash(newPassword));
    auditTrail.record(
        AuditAction.UPDATE, "StaffAccount.wachtwoord", account.getId(), AuditResult.SUCCESS);
  }
}
