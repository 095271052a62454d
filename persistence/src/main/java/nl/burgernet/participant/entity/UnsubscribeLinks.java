package nl.burgernet.participant.entity;

/**
 * The participant's personal unsubscribe link, the same in every message: the participant's mails
 * and the delivery pipeline's mails both build it here. Opening it shows the unsubscribe page; a
 * one-click POST to it (RFC 8058) unsubscribes at once.
 */
public final class UnsubscribeLinks {

  /** The public page that unsubscribes; the participant's unsubscribe token follows. */
  public static final String PAGE = "/afmelden.xhtml?token=";

  private UnsubscribeLinks() {}

  /**
   * @param publicBaseUrl the address users reach, with or without a trailing slash
   */
  public static String of(String publicBaseUrl, String unsubscribeToken) {
    String base =
        publicBaseUrl.endsWith("/")
            ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
            : publicBaseUrl;
    return base + PAGE + unsubscribeToken;
  }
}
