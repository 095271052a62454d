package nl.burgernet.participant.entity;

/**
 * The participant's personal unsubscribe link: the participant's mails and the delivery pipeline's
 * mails both build it here. Opening it shows the unsubscribe page; a one-click POST to it (RFC
 * 8058) unsubscribes at once. A link in a message of the delivery pipeline also names the delivery
 * it came with, so the message's report can count who left through it.
 */
public final class UnsubscribeLinks {

  /** The public page that unsubscribes; the participant's unsubscribe token follows. */
  public static final String PAGE = "/afmelden.xhtml?token=";

  /** The parameter naming the delivery whose message carried the link. */
  public static final String DELIVERY = "bericht";

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

  /** The delivery id of the link's {@link #DELIVERY} parameter; null when it is no id. */
  public static Long deliveryId(String parameter) {
    return parameter != null && parameter.matches("\\d{1,18}") ? Long.valueOf(parameter) : null;
  }

  /** The link in the message of one delivery. */
  public static String of(String publicBaseUrl, String unsubscribeToken, long deliveryId) {
    return of(publicBaseUrl, unsubscribeToken) + "&" + DELIVERY + "=" + deliveryId;
  }
}
