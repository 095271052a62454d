package nl.burgernet.mail.control;

import nl.burgernet.delivery.entity.MailMessage;
import nl.burgernet.mail.entity.MailContent;

/**
 * The invitation under the text of a Digitaal Buurtonderzoek: a button to the recipient's own form.
 * The pipeline puts each recipient's personal link in place of {@link MailMessage#ANSWER_LINK}.
 */
final class InquiryInvitation {

  static final String INVITATION =
      "Weet u iets dat de politie kan helpen? Beantwoord de vragen via uw persoonlijke link";

  static final String BUTTON = "Vragen beantwoorden";

  private InquiryInvitation() {}

  static MailContent addedTo(MailContent content) {
    String html =
        content.html()
            + "<p>"
            + INVITATION
            + ":</p><p><a href=\""
            + MailMessage.ANSWER_LINK
            + "\" style=\"display:inline-block;padding:10px 18px;background:#1D4F91;color:#ffffff;"
            + "text-decoration:none;border-radius:4px;font-weight:bold\">"
            + BUTTON
            + "</a></p>";
    String text = content.text() + "\n\n" + INVITATION + ":\n" + MailMessage.ANSWER_LINK;
    return new MailContent(content.subject(), html, text);
  }
}
