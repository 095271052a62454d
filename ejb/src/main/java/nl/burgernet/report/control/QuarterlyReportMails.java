package nl.burgernet.report.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.burgernet.delivery.boundary.Outbox;
import nl.burgernet.delivery.entity.MailMessage;
import nl.burgernet.report.entity.MarapMailing;
import nl.burgernet.report.entity.Quarter;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;
import nl.burgernet.security.entity.StaffAccount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails one subscribed staff member the links to the quarter's report of their region or
 * municipality, and records it in the same transaction: the mail leaves through the outbox's
 * durable queue, so it is sent once and never lost.
 */
@Stateless
@ScopeFiltered
@SystemScope
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class QuarterlyReportMails {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static final ResourceBundle TEXTS =
      ResourceBundle.getBundle("nl.burgernet.report.control.QuarterlyReportMails", DUTCH);

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private Outbox outbox;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "burgernet.public.base-url", defaultValue = "http://localhost:8080")
  String publicBaseUrl;

  /** The API's and the MARAP pages' names of region, municipality, from and to. */
  private static final String[] API_NAMES = {"region", "municipality", "from", "to"};

  private static final String[] PAGE_NAMES = {"regio", "gemeente", "van", "tot"};

  private static String query(long region, Long municipality, Quarter quarter, String[] names) {
    return names[0]
        + "="
        + region
        + (municipality == null ? "" : "&" + names[1] + "=" + municipality)
        + "&"
        + names[2]
        + "="
        + quarter.firstMonth()
        + "&"
        + names[3]
        + "="
        + quarter.lastMonth();
  }

  /** Mails the staff member the quarter's report unless they left or see no region. */
  public boolean mail(long staffAccountId, Quarter quarter) {
    StaffAccount account = em.find(StaffAccount.class, staffAccountId);
    if (account == null || !account.isActive() || account.getRegion() == null) {
      return false;
    }
    Long municipality =
        account.getMunicipality() == null ? null : account.getMunicipality().getId();
    String area =
        account.getMunicipality() == null
            ? account.getRegion().getName()
            : account.getMunicipality().getName();
    String base = publicBaseUrl.replaceAll("/+$", "");
    String api = query(account.getRegion().getId(), municipality, quarter, API_NAMES);
    Object[] arguments = {
      account.getDisplayName(),
      quarter.toString(),
      area,
      base + "/api/v1/marap/report/pdf?" + api,
      base + "/api/v1/marap/report/xlsx?" + api,
      base
          + "/portal/marap/deelnemers.xhtml?"
          + query(account.getRegion().getId(), municipality, quarter, PAGE_NAMES)
    };
    outbox.post(
        new MailMessage(
            account.getEmail(),
            new MessageFormat(TEXTS.getString("subject"), DUTCH).format(arguments),
            new MessageFormat(TEXTS.getString("body"), DUTCH).format(arguments)));
    em.persist(new MarapMailing(staffAccountId, quarter, clock.instant()));
    return true;
  }
}
