package nl.burgernet.action.entity;

import java.util.Objects;

/**
 * Fills a scenario's wording ("Dit is een oproep voor Burgernet. {signalement} … belt u dan met
 * {nummer} en blijf aan de lijn.") with the operator's description and callback number.
 */
public final class ActionTexts {

  public static final String DESCRIPTION = "{signalement}";
  public static final String NUMBER = "{nummer}";

  private ActionTexts() {}

  /** Whether a wording can carry an action: it has a place for both the description and number. */
  public static boolean isWording(String wording) {
    return wording != null && wording.contains(DESCRIPTION) && wording.contains(NUMBER);
  }

  public static String compose(String wording, String description, String callbackNumber) {
    Objects.requireNonNull(wording, "wording");
    return wording
        .replace(DESCRIPTION, description == null ? "" : description.strip())
        .replace(NUMBER, callbackNumber == null ? "" : callbackNumber.strip())
        .strip();
  }
}
