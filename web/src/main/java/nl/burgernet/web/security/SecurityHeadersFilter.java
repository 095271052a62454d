package nl.burgernet.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.burgernet.web.action.MapSettings;

/** Browser protections on every response (OWASP secure headers). */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  // PrimeFaces renders inline scripts and styles; everything else comes from this origin only,
  // except the action map's background tiles, which come from the configured tile server
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
          + " style-src 'self' 'unsafe-inline'; img-src 'self' data:%s; font-src 'self' data:;"
          + " connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self';"
          + " object-src 'none'";

  @Inject private MapSettings mapSettings;

  private String contentSecurityPolicy;

  @Override
  public void init() {
    contentSecurityPolicy =
        CONTENT_SECURITY_POLICY.formatted(mapSettings.tileOrigin().map(o -> " " + o).orElse(""));
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", contentSecurityPolicy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    // only the participant web app asks for the position, and only when the participant turns it on
    boolean webApp = request.getRequestURI().startsWith(request.getContextPath() + "/app/");
    response.setHeader(
        "Permissions-Policy",
        "camera=(), microphone=(), geolocation=" + (webApp ? "(self)" : "()"));
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (request.getRequestURI().startsWith(request.getContextPath() + "/portal/")) {
      // pages with personal data are never kept by browsers or proxies
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
