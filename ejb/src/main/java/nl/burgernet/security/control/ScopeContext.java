package nl.burgernet.security.control;

import java.util.Optional;
import java.util.function.Supplier;
import nl.burgernet.security.entity.Scope;

/**
 * Lets code act with an explicit scope on this thread, for work that runs for a region or
 * municipality without a logged-in caller (scheduled reports per region, in-container tests).
 */
public final class ScopeContext {

  private static final ThreadLocal<Scope> ACTING_SCOPE = new ThreadLocal<>();

  private ScopeContext() {}

  public static <T> T actingAs(Scope scope, Supplier<T> work) {
    Scope previous = ACTING_SCOPE.get();
    ACTING_SCOPE.set(scope);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        ACTING_SCOPE.remove();
      } else {
        ACTING_SCOPE.set(previous);
      }
    }
  }

  static Optional<Scope> actingScope() {
    return Optional.ofNullable(ACTING_SCOPE.get());
  }
}
