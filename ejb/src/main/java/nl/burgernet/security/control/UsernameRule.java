package nl.burgernet.security.control;

import java.util.Locale;
import java.util.regex.Pattern;
import nl.burgernet.platform.boundary.InvalidInputException;

/** User names are compared without case and surrounding blanks; new ones must be plain. */
public final class UsernameRule {

  private static final Pattern ALLOWED = Pattern.compile("[a-z][a-z0-9._-]{2,59}");

  private UsernameRule() {}

  public static String normalise(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /** The normalised form of a new user name, or a refusal saying what is allowed. */
  public static String validNew(String username) {
    String normalised = normalise(username);
    if (!ALLOWED.matcher(normalised).matches()) {
      throw new InvalidInputException("staff.username.invalid");
    }
    return normalised;
  }
}
