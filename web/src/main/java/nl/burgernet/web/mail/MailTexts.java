package nl.burgernet.web.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import nl.burgernet.mail.entity.MailKind;
import nl.burgernet.mail.entity.MailStatus;
import nl.burgernet.mail.entity.MailStepKind;
import nl.burgernet.mail.entity.ReviewPolicy;
import nl.burgernet.web.faces.Messages;

/** The names of Burgernetmail's codes in the view's language. */
@Named
@ApplicationScoped
public class MailTexts {

  public String kind(MailKind kind) {
    return kind == null ? "" : text("mail.kind." + kind.name());
  }

  /** Every kind of mail, to choose from in the composer and for a template. */
  public List<SelectItem> getKindItems() {
    return Arrays.stream(MailKind.values())
        .map(value -> new SelectItem(value, kind(value)))
        .toList();
  }

  public String status(MailStatus status) {
    return status == null ? "" : text("mail.status." + status.name());
  }

  public String step(MailStepKind step) {
    return step == null ? "" : text("mail.step." + step.name());
  }

  public String policy(ReviewPolicy policy) {
    return policy == null ? "" : text("mail.policy." + policy.name());
  }

  private static String text(String key) {
    return Messages.text(FacesContext.getCurrentInstance(), key);
  }
}
