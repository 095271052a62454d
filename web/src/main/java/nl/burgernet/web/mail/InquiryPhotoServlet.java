package nl.burgernet.web.mail;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.burgernet.mail.boundary.InquiryPhoto;
import nl.burgernet.mail.boundary.NeighbourhoodInquiries;
import nl.burgernet.platform.boundary.ForbiddenException;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.web.platform.UncachedImages;

/**
 * /portal/burgernetmail/antwoordfoto?bericht=N&amp;antwoord=A: the photo of a resident's answer,
 * for the investigating officer who asked. Others get 403 (another role, or not their request) or
 * 404 (out of sight, unknown or tampered ids). The photo was re-encoded on arrival, so it is served
 * as the JPEG it is, never kept by the browser.
 */
@WebServlet("/portal/burgernetmail/antwoordfoto")
public class InquiryPhotoServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private NeighbourhoodInquiries inquiries;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    InquiryPhoto photo;
    try {
      photo =
          inquiries.photo(
              Long.valueOf(request.getParameter("bericht")),
              Long.valueOf(request.getParameter("antwoord")));
    } catch (NumberFormatException | NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (EJBAccessException | ForbiddenException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    UncachedImages.send(response, photo.contentType(), photo.content(), "antwoord.jpg");
  }
}
