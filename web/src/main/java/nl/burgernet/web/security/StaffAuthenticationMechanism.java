package nl.burgernet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How staff prove who they are. In the portal: a login form that hands its credential to {@code
 * SecurityContext.authenticate}; a visitor to a protected page is sent to that form and back. In
 * the REST API: HTTP Basic over TLS on every call, or the portal's session. After a login the
 * session carries the caller (AutoApplySession).
 */
@ApplicationScoped
@AutoApplySession
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/login.xhtml";

  private static final String API_PREFIX = "/api/";
  private static final String BASIC = "Basic ";

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return validate(credential, context, false);
    }
    if (isApiCall(request)) {
      String authorization = request.getHeader("Authorization");
      if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
        return validate(basicCredential(authorization), context, true);
      }
      return context.isProtected() ? context.responseUnauthorized() : context.doNothing();
    }
    if (context.isProtected()) {
      return redirectToLogin(request, context);
    }
    return context.doNothing();
  }

  private AuthenticationStatus validate(
      Credential credential, HttpMessageContext context, boolean api) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result);
    }
    return api ? context.responseUnauthorized() : AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus redirectToLogin(
      HttpServletRequest request, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String next = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    return context.redirect(
        request.getContextPath()
            + LOGIN_PAGE
            + "?next="
            + URLEncoder.encode(next, StandardCharsets.UTF_8));
  }

  private static boolean isApiCall(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX);
  }

  private static Credential basicCredential(String authorization) {
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0
          ? new UsernamePasswordCredential(decoded, "")
          : new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return new UsernamePasswordCredential("", "");
    }
  }
}
