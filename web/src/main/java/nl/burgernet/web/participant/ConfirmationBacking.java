package nl.burgernet.web.participant;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.burgernet.participant.boundary.CodeAttempt;
import nl.burgernet.participant.boundary.Registrations;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.web.faces.Messages;

/**
 * /bevestigen.xhtml?token=...: the link in the confirmation mail. Opening it changes nothing (mail
 * scanners open links too); the citizen confirms with the button, once.
 */
@Named("confirmation")
@ViewScoped
public class ConfirmationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String CODE_FIELD = "code-form:code";

  @Inject private Registrations registrations;

  private String token;

  private boolean confirmed;

  private boolean active;

  private String reference;

  private String code;

  private boolean spent;

  public void confirm() {
    active = registrations.confirm(token).status() == ParticipantStatus.ACTIVE;
    confirmed = true;
  }

  /** Confirms with the code sent by SMS; a wrong code is shown at its field with the tries left. */
  public void confirmCode() {
    CodeAttempt attempt = registrations.confirmCode(reference, code);
    if (attempt.accepted()) {
      active = attempt.status() == ParticipantStatus.ACTIVE;
      confirmed = true;
      return;
    }
    spent = attempt.triesLeft() <= 0;
    FacesContext context = FacesContext.getCurrentInstance();
    if (!spent) {
      Messages.error(
          context,
          context.getViewRoot().findComponent(CODE_FIELD).getClientId(context),
          Messages.text(context, "registration.code.wrong", attempt.triesLeft()));
      context.validationFailed();
    }
  }

  /** The outcome text: active now, or confirmed and waiting for a relation manager's approval. */
  public String getDoneKey() {
    return active ? "confirmation.done" : "confirmation.done.approval";
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  /** Too many wrong codes: a relation manager calls the applicant instead. */
  public boolean isSpent() {
    return spent;
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
