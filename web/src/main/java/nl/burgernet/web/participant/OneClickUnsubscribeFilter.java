package nl.burgernet.web.participant;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.burgernet.participant.boundary.Unsubscriptions;
import nl.burgernet.participant.entity.UnsubscribeLinks;
import nl.burgernet.platform.boundary.ConflictException;

/**
 * RFC 8058 one-click unsubscribe on the unsubscribe link itself: a mail reader that offers
 * "unsubscribe" POSTs {@code List-Unsubscribe=One-Click} to the link from the {@code
 * List-Unsubscribe} header, without cookies or a page. That POST unsubscribes at once; opening the
 * link (GET) still only shows the page, since mail scanners open links too. The page's own form
 * posts without the token in its address and passes through untouched.
 */
@WebFilter(filterName = "OneClickUnsubscribeFilter", urlPatterns = "/afmelden.xhtml")
public class OneClickUnsubscribeFilter extends HttpFilter {

  static final String PARAMETER = "List-Unsubscribe";
  static final String ONE_CLICK = "One-Click";

  @Inject private Unsubscriptions unsubscriptions;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!isOneClick(request)) {
      chain.doFilter(request, response);
      return;
    }
    String token = request.getParameter("token");
    response.setContentType("text/plain;charset=UTF-8");
    if (unsubscriptions.state(token) == Unsubscriptions.LinkState.UNKNOWN) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.getWriter().write("Onbekende afmeldlink.");
      return;
    }
    try {
      unsubscriptions.unsubscribe(
          token,
          UnsubscribeLinks.deliveryId(request.getParameter(UnsubscribeLinks.DELIVERY)),
          null,
          null);
      response.getWriter().write("U bent afgemeld bij Burgernet.");
    } catch (ConflictException alreadyGone) {
      // a mail reader may POST twice; the participant has left either way, so still a success
      response.getWriter().write("U was al afgemeld bij Burgernet.");
    }
  }

  private static boolean isOneClick(HttpServletRequest request) throws IOException {
    if (!"POST".equals(request.getMethod())
        || request.getQueryString() == null
        || !request.getQueryString().contains("token=")) {
      return false;
    }
    if (request.getCharacterEncoding() == null) {
      request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
    return ONE_CLICK.equals(request.getParameter(PARAMETER));
  }
}
