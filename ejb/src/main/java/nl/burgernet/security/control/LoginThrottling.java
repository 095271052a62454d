package nl.burgernet.security.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import nl.burgernet.security.entity.LoginThrottle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed logins per user name and locks the name for a while after too many. Each change
 * commits on its own, so a failed login is counted even though the login itself fails.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottling {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "burgernet.login.max-failures", defaultValue = "5")
  private int maxFailures;

  @Inject
  @ConfigProperty(name = "burgernet.login.lock-minutes", defaultValue = "15")
  private int lockMinutes;

  public boolean isLocked(String username) {
    LoginThrottle throttle = em.find(LoginThrottle.class, username);
    return throttle != null && throttle.isLocked(clock.instant());
  }

  /** Returns whether this failure locked the user name. */
  public boolean registerFailure(String username) {
    LoginThrottle throttle = lockedRow(username);
    throttle.registerFailure(clock.instant(), maxFailures, Duration.ofMinutes(lockMinutes));
    return throttle.isLocked(clock.instant());
  }

  public void registerSuccess(String username) {
    LoginThrottle throttle = em.find(LoginThrottle.class, username);
    if (throttle != null) {
      throttle.registerSuccess();
    }
  }

  private LoginThrottle lockedRow(String username) {
    LoginThrottle throttle = em.find(LoginThrottle.class, username, LockModeType.PESSIMISTIC_WRITE);
    if (throttle == null) {
      throttle = new LoginThrottle(username);
      em.persist(throttle);
    }
    return throttle;
  }
}
