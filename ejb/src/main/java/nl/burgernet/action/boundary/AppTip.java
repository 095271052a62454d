package nl.burgernet.action.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.burgernet.action.entity.GeoPoint;

/**
 * A tip a participant sends from the web app.
 *
 * @param photo the picture as uploaded (JPEG or PNG), or null
 * @param location where the participant saw something, or null
 */
public record AppTip(
    @NotBlank(message = "{webApp.tip.text.required}") @Size(max = TipView.TEXT_LENGTH) String text,
    byte[] photo,
    GeoPoint location) {

  /** What a phone camera makes, with room to spare. */
  public static final int MAXIMUM_PHOTO_BYTES = 8 * 1024 * 1024;
}
