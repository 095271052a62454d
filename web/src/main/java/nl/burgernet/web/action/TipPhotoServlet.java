package nl.burgernet.web.action;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.burgernet.action.boundary.Actions;
import nl.burgernet.action.boundary.TipPhotoView;
import nl.burgernet.platform.boundary.NotFoundException;
import nl.burgernet.web.platform.UncachedImages;

/**
 * /portal/meldkamer/tipfoto?actie=N&amp;foto=R: the photo of an app tip, for the operator's action
 * page. Behind the control room's login (web.xml), and the Actions service answers only for actions
 * in the caller's scope; anything else is 404. The photo was re-encoded on arrival, so it is served
 * as the JPEG it is, never kept by the browser.
 */
@WebServlet("/portal/meldkamer/tipfoto")
public class TipPhotoServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private Actions actions;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    TipPhotoView photo;
    try {
      long actionId = Long.parseLong(request.getParameter("actie"));
      String reference = request.getParameter("foto");
      if (reference == null) {
        throw new NotFoundException("TipPhoto", null);
      }
      photo = actions.photo(actionId, reference);
    } catch (NumberFormatException | NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    UncachedImages.send(response, photo.contentType(), photo.content(), "tip.jpg");
  }
}
