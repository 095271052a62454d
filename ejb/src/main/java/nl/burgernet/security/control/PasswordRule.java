package nl.burgernet.security.control;

import nl.burgernet.platform.boundary.InvalidInputException;

/**
 * Passwords of staff: long rather than complicated (NCSC and NIST advice), and never the user name.
 */
public final class PasswordRule {

  public static final int MINIMUM_LENGTH = 12;
  public static final int MAXIMUM_LENGTH = 128;

  private PasswordRule() {}

  public static void check(String username, String password) {
    if (password == null
        || password.length() < MINIMUM_LENGTH
        || password.length() > MAXIMUM_LENGTH) {
      throw new InvalidInputException("staff.password.length", MINIMUM_LENGTH, MAXIMUM_LENGTH);
    }
    if (password.strip().equalsIgnoreCase(UsernameRule.normalise(username))) {
      throw new InvalidInputException("staff.password.isUsername");
    }
  }
}
