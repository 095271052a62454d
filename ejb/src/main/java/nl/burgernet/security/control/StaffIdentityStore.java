package nl.burgernet.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.audit.boundary.AuditTrail;
import nl.burgernet.audit.entity.AuditAction;
import nl.burgernet.audit.entity.AuditResult;
import nl.burgernet.security.entity.StaffAccount;

/**
 * Checks staff passwords against the database, throttles repeated failures and records every
 * attempt in the audit trail. The answer never tells whether a user name exists.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

  static final String AUDIT_OBJECT = "StaffAccount";

  @Inject private StaffDirectory directory;

  @Inject private LoginThrottling throttling;

  @Inject private PasswordHashing hashing;

  @Inject private AuditTrail auditTrail;

  @Inject private AccountMails accountMails;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String username = UsernameRule.normalise(credential.getCaller());
    String password = credential.getPasswordAsString();
    Optional<StaffAccount> account = directory.findActive(username);
    Long regionId = account.map(a -> a.scope().regionId()).orElse(null);

    if (throttling.isLocked(username)) {
      hashing.spendTimeAsIfVerifying(password);
      audit(username, regionId, AuditResult.DENIED);
      return CredentialValidationResult.INVALID_RESULT;
    }
    boolean valid =
        account
            .map(a -> hashing.matches(password, a.getPasswordHash()))
            .orElseGet(() -> spendAndRefuse(password));
    if (valid) {
      throttling.registerSuccess(username);
      directory.recordLogin(username);
      audit(username, regionId, AuditResult.SUCCESS);
      return new CredentialValidationResult(username, roleNames(account.get()));
    }
    boolean lockedNow = throttling.registerFailure(username);
    audit(username, regionId, AuditResult.FAILURE);
    if (lockedNow) {
      account.ifPresent(accountMails::sendLockNotice);
    }
    return CredentialValidationResult.INVALID_RESULT;
  }

  private boolean spendAndRefuse(String password) {
    hashing.spendTimeAsIfVerifying(password);
    return false;
  }

  private void audit(String username, Long regionId, AuditResult result) {
    auditTrail.recordFor(username, regionId, AuditAction.LOGIN, AUDIT_OBJECT, username, result);
  }

  private static Set<String> roleNames(StaffAccount account) {
    return account.getRoles().stream().map(Enum::name).collect(Collectors.toSet());
  }
}
