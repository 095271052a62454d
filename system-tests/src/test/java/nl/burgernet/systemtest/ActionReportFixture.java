package nl.burgernet.systemtest;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.security.control.PasswordHashing;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;
import nl.burgernet.security.entity.StaffAccount;
import nl.burgernet.security.entity.StaffRole;

/**
 * Staff of the test's own in one regional unit: the demo accounts cover Rotterdam-Rijnmond's
 * control room and Midden-Nederland's bureau, not one unit with both.
 */
@Stateless
@ScopeFiltered
@SystemScope
public class ActionReportFixture {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private PasswordHashing hashing;

  @Inject private Clock clock;

  public void regionalAccount(String username, String password, StaffRole role, String region) {
    StaffAccount account =
        new StaffAccount(
            username,
            "Test " + username,
            username + "@burgernet.test",
            hashing.hash(password),
            clock.instant());
    account.grant(EnumSet.of(role));
    account.limitTo(
        em.createQuery("SELECT r FROM Region r WHERE r.code = :code", Region.class)
            .setParameter("code", region)
            .getSingleResult());
    em.persist(account);
  }
}
