package nl.burgernet.web.participant;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import nl.burgernet.participant.boundary.ParticipantDetails;
import nl.burgernet.participant.boundary.RegistrationReceipt;
import nl.burgernet.participant.boundary.Registrations;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.participant.entity.RegistrationSource;
import nl.burgernet.web.faces.Messages;

/**
 * /aanmelden.xhtml: a citizen registers without an account. Field rules come from the service
 * contract and are shown at their fields; what happens next depends on where the registration was
 * routed, without telling the citizen that someone else has the same number.
 */
@Named("registration")
@ViewScoped
public class RegistrationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String FORM = "registration-form";

  @Inject private Registrations registrations;

  @Inject private Validator validator;

  private RegistrationForm form = new RegistrationForm();

  private RegistrationReceipt receipt;

  private boolean byCode;

  public void submit() {
    FacesContext context = FacesContext.getCurrentInstance();
    ParticipantDetails details = form.toDetails();
    boolean invalid = FieldErrors.show(context, FORM, validator.validate(details));
    if (!form.isConsent()) {
      Messages.error(
          context,
          context.getViewRoot().findComponent(FORM + ":consent").getClientId(context),
          Messages.text(context, "registration.consent.required"));
      context.validationFailed();
      invalid = true;
    }
    if (invalid) {
      return;
    }
    receipt = registrations.register(details, true, RegistrationSource.WEB);
    byCode = details.email() == null || details.email().isBlank();
    form = new RegistrationForm();
  }

  /** The outcome text key: awaiting the mail, or checked by a relation manager first. */
  public String getOutcomeKey() {
    return receipt == null
        ? null
        : switch (receipt.status()) {
          case AWAITING_CONFIRMATION ->
              byCode ? "registration.outcome.code" : "registration.outcome.mail";
          case ACTIVE -> "registration.outcome.active";
          default -> "registration.outcome.check";
        };
  }

  /** Whether the citizen confirms with a code by SMS, on the confirmation page. */
  public boolean isByCode() {
    return receipt != null && byCode && receipt.status() == ParticipantStatus.AWAITING_CONFIRMATION;
  }

  public RegistrationForm getForm() {
    return form;
  }

  public RegistrationReceipt getReceipt() {
    return receipt;
  }
}
