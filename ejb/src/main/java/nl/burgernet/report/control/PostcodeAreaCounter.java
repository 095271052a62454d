package nl.burgernet.report.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.burgernet.reference.entity.PostcodeArea;
import nl.burgernet.report.entity.PostcodeAreaCount;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;

/**
 * Counts the active participants per postcode area (the four digits of the home postcode) for the
 * Burgernetkaart. One grouped read of the index on status and postcode; every known area gets a
 * count, zero included, so an area nobody joined yet is on the map too. Each count replaces the
 * previous one in one transaction.
 */
@Stateless
@ScopeFiltered
@SystemScope
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PostcodeAreaCounter {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  public void count(Instant now) {
    Map<String, Long> perArea = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT LEFT(home_postcode, 4), COUNT(*) FROM participant"
                    + " WHERE status = 'ACTIVE' GROUP BY LEFT(home_postcode, 4)")
            .getResultList();
    rows.forEach(row -> perArea.put((String) row[0], ((Number) row[1]).longValue()));
    em.createNamedQuery(PostcodeAreaCount.DELETE_ALL).executeUpdate();
    for (PostcodeArea area :
        em.createNamedQuery(PostcodeArea.ALL, PostcodeArea.class).getResultList()) {
      em.persist(
          new PostcodeAreaCount(
              area.getPostcode4(),
              area.getScopeRegionId(),
              area.getScopeMunicipalityId(),
              perArea.getOrDefault(area.getPostcode4(), 0L),
              now));
    }
  }
}
