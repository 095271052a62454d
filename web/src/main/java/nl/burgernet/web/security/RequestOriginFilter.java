package nl.burgernet.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.burgernet.audit.control.RequestOrigin;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the audit trail where a request came from. Behind a trusted reverse proxy that is the
 * client named in X-Forwarded-For; a header from anyone else is ignored, since it can be forged.
 */
@WebFilter(filterName = "RequestOriginFilter", urlPatterns = "/*")
public class RequestOriginFilter extends HttpFilter {

  @Inject
  @ConfigProperty(name = "burgernet.http.trusted-proxies")
  Optional<String> trustedProxies;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    RequestOrigin.set(originOf(request));
    try {
      chain.doFilter(request, response);
    } finally {
      RequestOrigin.clear();
    }
  }

  private String originOf(HttpServletRequest request) {
    String peer = request.getRemoteAddr();
    String forwardedFor = request.getHeader("X-Forwarded-For");
    if (forwardedFor == null || !trusted().contains(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    return hops[hops.length - 1].strip();
  }

  private List<String> trusted() {
    return trustedProxies
        .map(list -> Arrays.stream(list.split(",")).map(String::strip).toList())
        .orElse(List.of());
  }
}
