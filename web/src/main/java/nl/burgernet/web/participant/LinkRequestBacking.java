package nl.burgernet.web.participant;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.burgernet.participant.boundary.SelfService;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.web.faces.Messages;

/**
 * /mijn-burgernet.xhtml: a participant asks for a magic link to their own data. The answer is the
 * same whether the address is known, unknown or throttled; only an address that cannot exist is
 * refused, which tells nothing about anyone.
 */
@Named("linkRequest")
@ViewScoped
public class LinkRequestBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String FORM = "link-request-form";

  @Inject private SelfService selfService;

  private String email;

  private boolean sent;

  public void send() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (email == null || !EmailAddress.isValid(email)) {
      Messages.error(
          context,
          context.getViewRoot().findComponent(FORM + ":email").getClientId(context),
          Messages.text(context, "selfService.request.email.invalid"));
      context.validationFailed();
      return;
    }
    selfService.requestLink(email);
    sent = true;
    email = null;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isSent() {
    return sent;
  }
}
