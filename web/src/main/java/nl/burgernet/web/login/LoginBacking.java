package nl.burgernet.web.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.burgernet.web.faces.Messages;

/**
 * The login form. It hands the credential to the authentication mechanism and says only that the
 * login failed, never whether the name exists or is locked. The container gives the session a new
 * id on login; nothing here invalidates the session, which would lose the login again.
 */
@Named("login")
@RequestScoped
public class LoginBacking {

  static final String DEFAULT_TARGET = "/portal/index.xhtml";

  private static final String PORTAL_PREFIX = "/portal/";

  @Inject private SecurityContext securityContext;

  @Inject private FacesContext facesContext;

  @Inject private ExternalContext externalContext;

  private String username;

  private String password;

  private String next;

  /** View action: someone who is already logged in goes on to the portal. */
  public void redirectIfLoggedIn() throws IOException {
    if (externalContext.getUserPrincipal() != null) {
      externalContext.redirect(externalContext.getRequestContextPath() + target());
    }
  }

  public void submit() throws IOException {
    HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
    HttpServletResponse response = (HttpServletResponse) externalContext.getResponse();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, password)));
    password = null;
    switch (status) {
      case SUCCESS -> externalContext.redirect(externalContext.getRequestContextPath() + target());
      case SEND_CONTINUE -> facesContext.responseComplete();
      case SEND_FAILURE, NOT_DONE -> fail();
    }
  }

  private void fail() {
    Messages.error(facesContext, null, Messages.text(facesContext, "login.failed"));
    facesContext.validationFailed();
  }

  /**
   * Only a page inside the portal is a valid destination, so the parameter cannot send anyone to
   * another site.
   */
  String target() {
    if (next != null
        && next.startsWith(PORTAL_PREFIX)
        && !next.contains("//")
        && !next.contains("\\")
        && next.chars().noneMatch(Character::isISOControl)) {
      return next;
    }
    return DEFAULT_TARGET;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
