package nl.burgernet.report.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.burgernet.report.control.QuarterlyReportMailing;
import nl.burgernet.report.entity.MarapSubscription;
import nl.burgernet.report.entity.Quarter;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffAccount;
import nl.burgernet.security.entity.StaffRole;

/**
 * Whether the caller gets the MARAP report of their region or municipality by mail after each
 * quarter; the functional administrator can mail the last quarter's reports at once.
 */
@Stateless
@ScopeFiltered
@RolesAllowed({
  StaffRole.Names.MANAGER,
  StaffRole.Names.STEERING_GROUP_MEMBER,
  StaffRole.Names.FUNCTIONAL_ADMINISTRATOR,
  StaffRole.Names.MUNICIPALITY_AMBASSADOR
})
public class MarapSubscriptions {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Resource private SessionContext context;

  @Inject private QuarterlyReportMailing mailing;

  @Inject private Clock clock;

  public boolean isSubscribed() {
    return em.find(MarapSubscription.class, caller().getId()) != null;
  }

  public void subscribe() {
    if (!isSubscribed()) {
      em.persist(new MarapSubscription(caller().getId(), clock.instant()));
    }
  }

  public void unsubscribe() {
    MarapSubscription subscription = em.find(MarapSubscription.class, caller().getId());
    if (subscription != null) {
      em.remove(subscription);
    }
  }

  /**
   * Mails the last quarter's report now to the subscribers who did not get it yet (after a server
   * outage, or a new subscriber who wants it now).
   *
   * @return how many were mailed
   */
  @RolesAllowed(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR)
  public int mailLastQuarter() {
    return mailing.mailNow(Quarter.lastEndedBefore(LocalDate.now(clock.withZone(AMSTERDAM))));
  }

  private StaffAccount caller() {
    return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", context.getCallerPrincipal().getName())
        .getSingleResult();
  }
}
