package nl.burgernet.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.burgernet.security.boundary.MyAccount;
import nl.burgernet.web.faces.Messages;

/**
 * /portal/account.xhtml: the caller's own account, read-only, and changing the password. The rules
 * for the new password are the service's; only the repetition is checked here.
 */
@Named("account")
@RequestScoped
public class AccountBacking {

  static final String REPEAT_FIELD = "password-form:repeat-password";

  @Inject private MyAccount myAccount;

  @Inject private FacesContext facesContext;

  private String currentPassword;

  private String newPassword;

  private String repeatPassword;

  public void changePassword() {
    if (newPassword == null || !newPassword.equals(repeatPassword)) {
      Messages.error(
          facesContext, REPEAT_FIELD, Messages.text(facesContext, "account.password.mismatch"));
      facesContext.validationFailed();
      return;
    }
    myAccount.changePassword(currentPassword, newPassword);
    currentPassword = null;
    newPassword = null;
    repeatPassword = null;
    Messages.info(facesContext, Messages.text(facesContext, "account.password.changed"));
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }
}
