package nl.burgernet.web.mail;

import java.io.Serializable;
import nl.burgernet.mail.entity.MailKind;
import nl.burgernet.mail.entity.MailTemplate;

/**
 * A page that edits the text of a mail: its kind, subject and HTML body. The composer and the
 * regional bureau's templates both edit one, and their pages bind these properties by name.
 */
public abstract class MailTextForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private MailKind kind;
  private String subject;
  private String html;

  /** An empty text, its kind not chosen yet. */
  protected MailTextForm() {}

  /** An empty text of a kind chosen beforehand. */
  protected MailTextForm(MailKind kind) {
    this.kind = kind;
  }

  /** Puts a text into the form, replacing what was there. */
  protected void showText(MailKind kind, String subject, String html) {
    this.kind = kind;
    this.subject = subject;
    this.html = html;
  }

  /** Puts a template's text into the form, to be edited further. */
  protected void showText(MailTemplate template) {
    showText(template.getKind(), template.getSubject(), template.getBodyHtml());
  }

  public MailKind getKind() {
    return kind;
  }

  public void setKind(MailKind kind) {
    this.kind = kind;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getHtml() {
    return html;
  }

  public void setHtml(String html) {
    this.html = html;
  }
}
