package nl.burgernet.participant.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.burgernet.participant.entity.RegistrationPolicy;

/** The registration policy of a region, or the standard one where the region set none. */
@Dependent
public class RegionPolicies {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  public RegistrationPolicy of(Long regionId) {
    return Optional.ofNullable(regionId)
        .map(id -> em.find(RegistrationPolicy.class, id))
        .orElseGet(RegistrationPolicy::standard);
  }
}
