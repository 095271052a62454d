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
import java.util.function.Consumer;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.security.control.PasswordHashing;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.StaffBootstrap;
import nl.burgernet.security.control.StaffDirectory;
import nl.burgernet.security.control.SystemScope;
import nl.burgernet.security.entity.StaffAccount;
import nl.burgernet.security.entity.StaffRole;

/**
 * Colleagues a helpdesk ticket of Deventer can be assigned to, or not: a second relation manager of
 * Deventer (first line), a relation manager of Zwolle (same region, other municipality) and a
 * second helpdesk employee of the regional bureau of IJsselland. Created when the application
 * starts, once per test run, with the demo password.
 */
@Singleton
@Startup
@DependsOn("StaffBootstrap")
@ScopeFiltered
@SystemScope
public class HelpdeskColleagues {

  static final String DEVENTER = "relatiebeheer-deventer";
  static final String DEVENTER_NAME = "Dirk Deventer";
  static final String ZWOLLE = "relatiebeheer-zwolle";
  static final String ZWOLLE_NAME = "Zoë Zwolle";
  static final String REGIONAL = "helpdesk-ijsselland-2";
  static final String REGIONAL_NAME = "Ivo IJsselland";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private StaffDirectory directory;

  @Inject private PasswordHashing hashing;

  @Inject private Clock clock;

  @PostConstruct
  void createAll() {
    account(
        DEVENTER,
        DEVENTER_NAME,
        StaffRole.RELATION_MANAGER,
        a -> a.limitTo(municipality("GM0150")));
    account(
        ZWOLLE, ZWOLLE_NAME, StaffRole.RELATION_MANAGER, a -> a.limitTo(municipality("GM0193")));
    account(
        REGIONAL,
        REGIONAL_NAME,
        StaffRole.REGIONAL_HELPDESK,
        a -> a.limitTo(municipality("GM0150").getRegion()));
  }

  private void account(
      String username, String name, StaffRole role, Consumer<StaffAccount> limitScope) {
    if (directory.exists(username)) {
      return;
    }
    StaffAccount account =
        new StaffAccount(
            username,
            name,
            StaffFixture.mailOf(username),
            hashing.hash(StaffBootstrap.DEMO_PASSWORD),
            clock.instant());
    account.grant(EnumSet.of(role));
    limitScope.accept(account);
    em.persist(account);
  }

  private Municipality municipality(String cbsCode) {
    return em.createQuery(
            "SELECT m FROM Municipality m WHERE m.cbsCode = :code", Municipality.class)
        .setParameter("code", cbsCode)
        .getSingleResult();
  }
}
