package nl.burgernet.web.mail;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Base64;
import nl.burgernet.delivery.entity.DeliveryLink;
import nl.burgernet.mail.boundary.MailOpens;
import nl.burgernet.participant.entity.UnsubscribeLinks;
import nl.burgernet.web.platform.UncachedImages;

/**
 * /burgernetmail/geopend?bericht=N&amp;code=C, without login: the open pixel of a mail of a region
 * that counts opens. Whatever the link, the answer is the same transparent 1×1 GIF, so the address
 * tells nobody whether a delivery exists or its code is right; only a true pixel records the
 * delivery's first open. Nothing about the request is logged.
 */
@WebServlet(DeliveryLink.OPEN_PIXEL_PAGE)
public class MailOpenPixelServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final byte[] TRANSPARENT_GIF =
      Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

  @Inject private MailOpens opens;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    opens.opened(
        UnsubscribeLinks.deliveryId(request.getParameter(DeliveryLink.DELIVERY)),
        request.getParameter(DeliveryLink.CODE));
    UncachedImages.send(response, "image/gif", TRANSPARENT_GIF, "geopend.gif");
  }
}
