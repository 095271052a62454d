package nl.burgernet.security.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.security.entity.StaffAccount;
import nl.burgernet.security.entity.StaffRole;

/**
 * The caller's colleagues: the active staff accounts within the caller's scope (a municipality's
 * staff see their municipality's colleagues, a region's staff those of the region and its
 * municipalities), for handing work to one of them.
 */
@Stateless
@ScopeFiltered
public class Colleagues {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  /** The active colleagues with any of the roles, by name. */
  public List<StaffAccount> withAnyRole(Set<StaffRole> roles) {
    return em.createNamedQuery(StaffAccount.ACTIVE_WITH_ROLES, StaffAccount.class)
        .setParameter("roles", roles)
        .getResultList();
  }

  /** The active colleague with that user name and any of the roles, if the caller can see them. */
  public Optional<StaffAccount> withAnyRole(String username, Set<StaffRole> roles) {
    return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", UsernameRule.normalise(username))
        .getResultStream()
        .filter(StaffAccount::isActive)
        .filter(account -> account.getRoles().stream().anyMatch(roles::contains))
        .findFirst();
  }
}
