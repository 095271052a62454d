package nl.burgernet.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.platform.boundary.ConflictException;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.security.control.AccountMails;
import nl.burgernet.security.control.CallerScope;
import nl.burgernet.security.control.PasswordHashing;
import nl.burgernet.security.control.PasswordRule;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.StaffDirectory;
import nl.burgernet.security.control.UsernameRule;
import nl.burgernet.security.entity.ScopeLevel;
import nl.burgernet.security.entity.StaffAccount;
import nl.burgernet.security.entity.StaffRole;

/**
 * The functional administrator's management of staff accounts, within their own scope: a regional
 * administrator manages the staff of their region and can hand out no wider scope than their own.
 */
@Stateless
@ScopeFiltered
@RolesAllowed(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR)
public class StaffAccounts {

  private static final String AUDIT_OBJECT = "StaffAccount";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private CallerScope callerScope;

  @Inject private StaffDirectory directory;

  @Inject private PasswordHashing hashing;

  @Inject private AccountMails accountMails;

  @Inject private AuditTrail auditTrail;

  @Inject private SecurityContext securityContext;

  @Inject private Clock clock;

  public List<StaffAccount> all() {
    List<StaffAccount> accounts =
        em.createNamedQuery(StaffAccount.ALL, StaffAccount.class).getResultList();
    auditTrail.record(AuditAction.READ, AUDIT_OBJECT, "lijst", AuditResult.SUCCESS);
    return accounts;
  }

  public StaffAccount find(@NotNull Long id) {
    StaffAccount account = em.find(StaffAccount.class, id);
    if (account == null) {
      auditTrail.record(AuditAction.READ, AUDIT_OBJECT, id, AuditResult.DENIED);
      throw new NotFoundException(AUDIT_OBJECT, id);
    }
    auditTrail.record(AuditAction.READ, AUDIT_OBJECT, id, AuditResult.SUCCESS);
    return account;
  }

  public StaffAccount create(@NotNull @Valid NewStaffAccount request) {
    String username = UsernameRule.validNew(request.username());
    PasswordRule.check(username, request.initialPassword());
    if (directory.exists(username)) {
      throw new ConflictException("staff.username.taken", username);
    }
    StaffAccount account =
        new StaffAccount(
            username,
            request.displayName().strip(),
            request.email().strip(),
            hashing.hash(request.initialPassword()),
            clock.instant());
    account.grant(request.roles());
    assignScope(account, request.scopeLevel(), request.regionId(), request.municipalityId());
    em.persist(account);
    em.flush();
    auditTrail.record(AuditAction.CREATE, AUDIT_OBJECT, account.getId(), AuditResult.SUCCESS);
    accountMails.sendWelcome(account);
    return account;
  }

  public StaffAccount update(@NotNull Long id, @NotNull @Valid StaffAccountChanges changes) {
    StaffAccount account = find(id);
    boolean self = account.getUsername().equals(securityContext.getCallerPrincipal().getName());
    if (self
        && (!changes.active()
            || !changes.roles().contains(StaffRole.FUNCTIONAL_ADMINISTRATOR)
            || changes.scopeLevel() != account.getScopeLevel())) {
      throw new InvalidInputException("staff.self.lockout");
    }
    account.rename(changes.displayName().strip(), changes.email().strip());
    account.grant(changes.roles());
    assignScope(account, changes.scopeLevel(), changes.regionId(), changes.municipalityId());
    if (changes.active()) {
      account.activate();
    } else {
      account.deactivate();
    }
    auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT, id, AuditResult.SUCCESS);
    return account;
  }

  public void resetPassword(@NotNull Long id, String newPassword) {
    StaffAccount account = find(id);
    PasswordRule.check(account.getUsername(), newPassword);
    account.changePasswordHash(hashing.hash(newPassword));
    auditTrail.record(AuditAction.UPDATE, AUDIT_OBJECT + ".wachtwoord", id, AuditResult.SUCCESS);
  }

  /**
   * The region and municipality are looked up through the caller's own scope, so an id from outside
   * it is not found; the resulting scope must lie within the caller's.
   */
  private void assignScope(
      StaffAccount account, ScopeLevel level, Long regionId, Long municipalityId) {
    switch (level) {
      case NATIONAL -> account.limitToNation();
      case REGION -> account.limitTo(visible(Region.class, regionId, "staff.scope.regionRequired"));
      case MUNICIPALITY ->
          account.limitTo(
              visible(Municipality.class, municipalityId, "staff.scope.municipalityRequired"));
      case NONE -> throw new InvalidInputException("staff.scope.required");
    }
    if (!callerScope.current().covers(account.scope())) {
      throw new InvalidInputException("staff.scope.wider");
    }
  }

  private <T> T visible(Class<T> type, Long id, String missingKey) {
    if (id == null) {
      throw new InvalidInputException(missingKey);
    }
    T found = em.find(type, id);
    if (found == null) {
      throw new NotFoundException(type.getSimpleName(), id);
    }
    return found;
  }
}
