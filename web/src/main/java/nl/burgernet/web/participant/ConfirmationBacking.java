package nl.burgernet.web.participant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.burgernet.participant.boundary.Registrations;
import nl.burgernet.participant.entity.ParticipantStatus;

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

  private boolean active;

  public void confirm() {
    active = registrations.confirm(token).status() == ParticipantStatus.ACTIVE;
    confirmed = true;
  }

  /** The outcome text: active now, or confirmed and waiting for a relation manager's approval. */
  public String getDoneKey() {
    return active ? "confirmation.done" : "confirmation.done.approval";
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
