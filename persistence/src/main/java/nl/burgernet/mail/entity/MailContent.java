package nl.burgernet.mail.entity;

/**
 * The text of a mail: subject, sanitised HTML and the plain-text alternative generated from it.
 * Checks its own sizes; sanitising is the composer's business, before it gets here.
 */
public record MailContent(String subject, String html, String text) {

  public MailContent {
    if (subject == null
        || subject.isBlank()
        || subject.strip().length() > BurgernetMail.SUBJECT_LENGTH) {
      throw new IllegalArgumentException(
          "a subject of at most " + BurgernetMail.SUBJECT_LENGTH + " characters is needed");
    }
    if (html == null || text == null || text.isBlank()) {
      throw new IllegalArgumentException("a mail needs a text");
    }
    if (html.length() > BurgernetMail.BODY_LENGTH) {
      throw new IllegalArgumentException(
          "a mail has at most " + BurgernetMail.BODY_LENGTH + " characters");
    }
    subject = subject.strip();
  }
}
