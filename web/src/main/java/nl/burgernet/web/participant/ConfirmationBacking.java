package nl.burgernet.web.participant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.burgernet.participant.boundary.Registrations;

/**
 * /bevestigen.xhtml?token=...: the link in the confirmation mail. Opening it changes nothing (mail
 * scanners open links too); the citizen confirms with the button, once.
 */
@Named("confirmation")
@ViewScoped
public class ConfirmationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Registrations registrations;

  private String token;

  private boolean confirmed;

  public void confirm() {
    registrations.confirm(token);
    confirmed = true;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isConfirmed() {
    return confirmed;
  }
}
