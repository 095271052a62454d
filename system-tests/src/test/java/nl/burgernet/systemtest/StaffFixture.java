package nl.burgernet.systemtest;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import nl.burgernet.security.control.PasswordHashing;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;
import nl.burgernet.security.entity.StaffAccount;
import nl.burgernet.security.entity.StaffRole;

/** Test data inside the application: a staff account of the test's own, so tests never share. */
@Stateless
@ScopeFiltered
@SystemScope
public class StaffFixture {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private PasswordHashing hashing;

  @Inject private Clock clock;

  public void nationalAccount(String username, String password, StaffRole role) {
    StaffAccount account =
        new StaffAccount(
            username,
            "Test " + username,
            mailOf(username),
            hashing.hash(password),
            clock.instant());
    account.grant(EnumSet.of(role));
    account.limitToNation();
    em.persist(account);
  }

  public static String mailOf(String username) {
    return username + "@burgernet.test";
  }
}
