package nl.burgernet.report.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.burgernet.mail.entity.MailKind;
import nl.burgernet.report.entity.MailCount;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * Counts the sent Burgernetmails for the MARAP: reach and undelivered addresses per mail. Mails of
 * the last two months are counted again at every run, since bounces keep coming in for a while;
 * older ones once.
 */
@Stateless
@ScopeFiltered
@SystemScope
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailFigureCounter {

  static final Duration RECOUNTED = Duration.ofDays(62);

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  public void count(Instant now) {
    @SuppressWarnings("unchecked")
    List<Object[]> mails =
        em.createNativeQuery(
                "SELECT m.id, t.region_id, m.target_municipality_id, m.kind, m.sent_at,"
                    + " r.email_count, (SELECT COUNT(*) FROM delivery d"
                    + " WHERE d.request_id = m.send_request_id"
                    + " AND d.state IN ('FAILED', 'DEAD_LETTERED'))"
                    + " FROM burgernet_mail m JOIN send_request r ON r.id = m.send_request_id"
                    + " JOIN municipality t ON t.id = m.target_municipality_id"
                    + " WHERE m.sent_at IS NOT NULL AND (m.sent_at >= ?1"
                    + " OR NOT EXISTS (SELECT 1 FROM marap_mail c WHERE c.mail_id = m.id))")
            .setParameter(1, Timestamp.from(now.minus(RECOUNTED)))
            .getResultList();
    for (Object[] mail : mails) {
      em.merge(
          new MailCount(
              number(mail[0]),
              number(mail[1]),
              number(mail[2]),
              MailKind.valueOf((String) mail[3]),
              ((Timestamp) mail[4]).toInstant(),
              number(mail[5]),
              number(mail[6]),
              now));
    }
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
