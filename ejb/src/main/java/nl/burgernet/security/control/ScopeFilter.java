package nl.burgernet.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import nl.burgernet.security.entity.Scope;

/**
 * The one place where the caller's scope reaches the store: it hands the scope to the transaction's
 * EntityManager, whose additional criteria then filter every query, {@code find} and relationship
 * of the scoped entities. It restores the previous scope afterwards, so a nested call with another
 * scope does not leak into its caller.
 */
@ScopeFiltered
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class ScopeFilter {

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private CallerScope callerScope;

  @AroundInvoke
  public Object filterInvocation(InvocationContext invocation) throws Exception {
    return withScopeOf(invocation);
  }

  @AroundTimeout
  public Object filterTimeout(InvocationContext invocation) throws Exception {
    return withScopeOf(invocation);
  }

  /** Start-up work of singletons reads the store too. */
  @PostConstruct
  public void filterPostConstruct(InvocationContext invocation) throws Exception {
    withScopeOf(invocation);
  }

  private Object withScopeOf(InvocationContext invocation) throws Exception {
    Scope scope = isSystemWork(invocation) ? Scope.national() : callerScope.current();
    Map<String, Object> previous = em.getProperties();
    Object previousRegion = previous.get(Scope.REGION_PARAMETER);
    Object previousMunicipality = previous.get(Scope.MUNICIPALITY_PARAMETER);
    apply(scope.regionParameter(), scope.municipalityParameter());
    try {
      return invocation.proceed();
    } finally {
      if (previousRegion != null && previousMunicipality != null) {
        apply(previousRegion, previousMunicipality);
      } else {
        Scope none = Scope.none();
        apply(none.regionParameter(), none.municipalityParameter());
      }
    }
  }

  private void apply(Object region, Object municipality) {
    em.setProperty(Scope.REGION_PARAMETER, region);
    em.setProperty(Scope.MUNICIPALITY_PARAMETER, municipality);
  }

  private static boolean isSystemWork(InvocationContext invocation) {
    if (invocation.getMethod() == null) {
      return invocation.getTarget().getClass().isAnnotationPresent(SystemScope.class);
    }
    return invocation.getMethod().isAnnotationPresent(SystemScope.class)
        || invocation.getMethod().getDeclaringClass().isAnnotationPresent(SystemScope.class);
  }
}
