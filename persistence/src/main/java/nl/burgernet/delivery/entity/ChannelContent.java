package nl.burgernet.delivery.entity;

/**
 * What a send request says over each channel it uses; a channel without content is not used.
 *
 * @param smsText the SMS text
 * @param mailSubject with {@code mailBody}: the mail
 * @param mailHtml optional HTML alternative of {@code mailBody}
 * @param voiceScript what the voice call says (the voice gateway reads it twice)
 * @param appTitle with the optional {@code appBody}: the app notification
 */
public record ChannelContent(
    String smsText,
    String mailSubject,
    String mailBody,
    String mailHtml,
    String voiceScript,
    String appTitle,
    String appBody) {

  public static ChannelContent sms(String text) {
    return new ChannelContent(text, null, null, null, null, null, null);
  }

  public static ChannelContent mail(String subject, String body) {
    return new ChannelContent(null, subject, body, null, null, null, null);
  }
}
