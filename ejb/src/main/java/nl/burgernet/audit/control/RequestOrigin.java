package nl.burgernet.audit.control;

/**
 * Where the current request came from (the client's address), set by the web layer for the duration
 * of a request; work without a request is recorded as internal.
 */
public final class RequestOrigin {

  public static final String INTERNAL = "intern";

  private static final ThreadLocal<String> ORIGIN = new ThreadLocal<>();

  private RequestOrigin() {}

  public static void set(String origin) {
    ORIGIN.set(origin);
  }

  public static void clear() {
    ORIGIN.remove();
  }

  public static String current() {
    String origin = ORIGIN.get();
    return origin == null ? INTERNAL : origin;
  }
}
