package nl.burgernet.web.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes an image that no browser or proxy keeps: a photo sent to the police, or an open pixel,
 * which must be fetched again each time to tell anything.
 */
public final class UncachedImages {

  private UncachedImages() {}

  /**
   * @param fileName the name a browser gives the image when it is saved
   */
  public static void send(
      HttpServletResponse response, String contentType, byte[] content, String fileName)
      throws IOException {
    response.setContentType(contentType);
    response.setContentLength(content.length);
    response.setHeader("Content-Disposition", "inline; filename=\"" + fileName + "\"");
    response.setHeader("Cache-Control", "no-store, no-cache, must-revalidate");
    response.setHeader("Pragma", "no-cache");
    response.getOutputStream().write(content);
  }
}
