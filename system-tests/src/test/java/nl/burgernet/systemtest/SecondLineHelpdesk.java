package nl.burgernet.systemtest;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.security.control.PasswordHashing;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.StaffBootstrap;
import nl.burgernet.security.control.StaffDirectory;
import nl.burgernet.security.control.SystemScope;
import nl.burgernet.security.entity.StaffAccount;
import nl.burgernet.security.entity.StaffRole;

/**
 * The regional helpdesk of IJsselland, the second line behind the demo relation manager of Deventer
 * (the demo helpdesk works for Midden-Nederland). Created when the application starts, once per
 * test run, with the demo password.
 */
@Singleton
@Startup
@DependsOn("StaffBootstrap")
@ScopeFiltered
@SystemScope
public class SecondLineHelpdesk {

  static final String USERNAME = "helpdesk-ijsselland";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private StaffDirectory directory;

  @Inject private PasswordHashing hashing;

  @Inject private Clock clock;

  @PostConstruct
  void create() {
    if (directory.exists(USERNAME)) {
      return;
    }
    StaffAccount account =
        new StaffAccount(
            USERNAME,
            "Ilse IJsselland",
            StaffFixture.mailOf(USERNAME),
            hashing.hash(StaffBootstrap.DEMO_PASSWORD),
            clock.instant());
    account.grant(EnumSet.of(StaffRole.REGIONAL_HELPDESK));
    account.limitTo(
        em.createQuery("SELECT r FROM Region r WHERE r.code = 'IJSSELLAND'", Region.class)
            .getSingleResult());
    em.persist(account);
  }
}
