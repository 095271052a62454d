package nl.burgernet.security.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import nl.burgernet.security.entity.StaffAccount;

/**
 * Finds staff accounts by user name across all regions, for logging in and for working out a
 * caller's scope, both of which must happen before any scope is known.
 */
@Stateless
@ScopeFiltered
@SystemScope
public class StaffDirectory {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Clock clock;

  public Optional<StaffAccount> findActive(String username) {
    return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", UsernameRule.normalise(username))
        .getResultStream()
        .filter(StaffAccount::isActive)
        .findFirst();
  }

  public void recordLogin(String username) {
    findActive(username).ifPresent(account -> account.recordLogin(clock.instant()));
  }

  public void changePassword(String username, String passwordHash) {
    findActive(username).ifPresent(account -> account.changePasswordHash(passwordHash));
  }

  /** Whether the name is taken, by an active or a deactivated account. */
  public boolean exists(String username) {
    return !em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", UsernameRule.normalise(username))
        .getResultList()
        .isEmpty();
  }

  public long count() {
    return em.createNamedQuery(StaffAccount.COUNT, Long.class).getSingleResult();
  }
}
