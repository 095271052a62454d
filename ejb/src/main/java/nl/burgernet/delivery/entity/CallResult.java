package nl.burgernet.delivery.entity;

import java.util.Locale;

/**
 * What the voice provider reports after a call: its id for the call and how it ended, {@code
 * ANSWERED} or a reason it was not heard ({@code NO_ANSWER}, {@code BUSY}, {@code REJECTED}, ...).
 */
public record CallResult(String callId, String status) {

  public static final String ANSWERED = "ANSWERED";

  public CallResult {
    status =
        status == null || status.isBlank() ? "UNKNOWN" : status.strip().toUpperCase(Locale.ROOT);
  }

  public boolean answered() {
    return ANSWERED.equals(status);
  }
}
