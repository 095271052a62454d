package nl.burgernet.delivery.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.burgernet.delivery.entity.ChannelContent;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.delivery.entity.SendRequest;

/**
 * What to send: the content of each channel to use (an SMS text for SMS, a subject and body for
 * e-mail, a script for voice calls, a title and optional body for the app; participants get the
 * channels they want of those), how urgently, and the caller's key that makes a retried submit
 * harmless.
 *
 * @param idempotencyKey the same key for the same request, e.g. {@code action-42-round-1}
 * @param description what staff see in the overview, e.g. the action's title
 * @param mailHtml optional HTML alternative of {@code mailBody}; subject and both bodies may hold
 *     the placeholders {@code {{naam}}} and {@code {{afmeldlink}}}, filled in per recipient
 */
public record SendOrder(
    @NotBlank @Size(max = SendRequest.KEY_LENGTH) String idempotencyKey,
    @NotNull SendPriority priority,
    @NotBlank @Size(max = SendRequest.DESCRIPTION_LENGTH) String description,
    @Size(max = SendRequest.SMS_TEXT_LENGTH) String smsText,
    @Size(max = SendRequest.SUBJECT_LENGTH) String mailSubject,
    String mailBody,
    String mailHtml,
    @Size(max = SendRequest.VOICE_SCRIPT_LENGTH) String voiceScript,
    @Size(max = SendRequest.APP_TITLE_LENGTH) String appTitle,
    @Size(max = SendRequest.APP_BODY_LENGTH) String appBody) {

  /** SMS and e-mail only, without an HTML alternative of the mail. */
  public SendOrder(
      String idempotencyKey,
      SendPriority priority,
      String description,
      String smsText,
      String mailSubject,
      String mailBody) {
    this(
        idempotencyKey,
        priority,
        description,
        smsText,
        mailSubject,
        mailBody,
        null,
        null,
        null,
        null);
  }

  public static SendOrder sms(
      String idempotencyKey, SendPriority priority, String description, String smsText) {
    return new SendOrder(idempotencyKey, priority, description, smsText, null, null);
  }

  /** The content per channel, as the request keeps it. */
  public ChannelContent content() {
    return new ChannelContent(
        smsText, mailSubject, mailBody, mailHtml, voiceScript, appTitle, appBody);
  }

  public static SendOrder mail(
      String idempotencyKey,
      SendPriority priority,
      String description,
      String subject,
      String body) {
    return new SendOrder(idempotencyKey, priority, description, null, subject, body);
  }

  /** The same order with an HTML alternative of the mail body. */
  public SendOrder withMailHtml(String html) {
    return new SendOrder(
        idempotencyKey,
        priority,
        description,
        smsText,
        mailSubject,
        mailBody,
        html,
        voiceScript,
        appTitle,
        appBody);
  }
}
