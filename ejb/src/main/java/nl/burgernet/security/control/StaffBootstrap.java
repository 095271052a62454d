package nl.burgernet.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.reference.entity.Region;
import nl.burgernet.security.entity.StaffAccount;
import nl.burgernet.security.entity.StaffRole;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives an empty store its first staff: in production one functional administrator whose password
 * comes from the environment; in the embedded demo one account per role. Runs only while no staff
 * account exists, so a restart or a second instance changes nothing.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ScopeFiltered
@SystemScope
public class StaffBootstrap {

  /** The password of every demo account; printed by the launcher, never used in production. */
  public static final String DEMO_PASSWORD = "Burgernet-demo-2026";

  public static final String INITIAL_ADMINISTRATOR = "beheerder";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private StaffDirectory directory;

  @Inject private PasswordHashing hashing;

  @Inject private Clock clock;

  @Inject private Logger log;

  @Inject
  @ConfigProperty(name = "burgernet.demo-data", defaultValue = "false")
  boolean demoData;

  @Inject
  @ConfigProperty(name = "burgernet.admin.initial-password")
  Optional<String> initialAdministratorPassword;

  @PostConstruct
  void bootstrap() {
    if (directory.count() > 0) {
      return;
    }
    if (demoData) {
      demoAccounts().forEach(em::persist);
      log.info("Demo staff accounts created");
    } else {
      initialAdministratorPassword
          .filter(password -> !password.isBlank())
          .ifPresent(
              password -> {
                PasswordRule.check(INITIAL_ADMINISTRATOR, password);
                StaffAccount admin =
                    account(
                        INITIAL_ADMINISTRATOR,
                        "Functioneel beheerder",
                        password,
                        StaffRole.FUNCTIONAL_ADMINISTRATOR);
                admin.limitToNation();
                em.persist(admin);
                log.info("Initial functional administrator created");
              });
    }
  }

  private List<StaffAccount> demoAccounts() {
    Region middenNederland = region("MIDDEN_NEDERLAND");
    Region rotterdamRijnmond = region("ROTTERDAM_RIJNMOND");
    StaffAccount operator =
        demo("meldkamer", "Mira Meldkamer", StaffRole.CONTROL_ROOM_OPERATOR, rotterdamRijnmond);
    StaffAccount officer =
        demo("rechercheur", "Ruud Rechercheur", StaffRole.INVESTIGATING_OFFICER, middenNederland);
    StaffAccount communications =
        demo(
            "communicatie",
            "Cas Communicatie",
            StaffRole.COMMUNICATIONS_OFFICER,
            rotterdamRijnmond);
    StaffAccount ambassador =
        demo("ambassadeur", "Anouk Ambassadeur", StaffRole.MUNICIPALITY_AMBASSADOR, null);
    ambassador.limitTo(municipality("GM0599"));
    StaffAccount relationManager =
        demo("relatiebeheer", "Rik Relatiebeheer", StaffRole.RELATION_MANAGER, null);
    relationManager.limitTo(municipality("GM0150"));
    StaffAccount helpdesk =
        demo("helpdesk", "Hanna Helpdesk", StaffRole.REGIONAL_HELPDESK, middenNederland);
    StaffAccount manager = demo("manager", "Max Manager", StaffRole.MANAGER, middenNederland);
    StaffAccount steeringGroup =
        demo("stuurgroep", "Sanne Stuurgroep", StaffRole.STEERING_GROUP_MEMBER, middenNederland);
    StaffAccount administrator =
        demo(INITIAL_ADMINISTRATOR, "Bram Beheerder", StaffRole.FUNCTIONAL_ADMINISTRATOR, null);
    administrator.limitToNation();
    return List.of(
        operator,
        officer,
        communications,
        ambassador,
        relationManager,
        helpdesk,
        manager,
        steeringGroup,
        administrator);
  }

  private StaffAccount demo(String username, String name, StaffRole role, Region region) {
    StaffAccount account = account(username, name, DEMO_PASSWORD, role);
    if (region != null) {
      account.limitTo(region);
    }
    return account;
  }

  private StaffAccount account(String username, String name, String password, StaffRole role) {
    StaffAccount account =
        new StaffAccount(
            username, name, username + "@burgernet.local", hashing.hash(password), clock.instant());
    account.grant(EnumSet.of(role));
    return account;
  }

  private Region region(String code) {
    return em.createQuery("SELECT r FROM Region r WHERE r.code = :code", Region.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  private Municipality municipality(String cbsCode) {
    return em.createQuery(
            "SELECT m FROM Municipality m WHERE m.cbsCode = :code", Municipality.class)
        .setParameter("code", cbsCode)
        .getSingleResult();
  }
}
