package nl.burgernet.platform.control;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import nl.burgernet.platform.boundary.InvalidInputException;

/**
 * Makes an uploaded photo safe to keep and to show staff: only JPEG and PNG are read (by their
 * content, whatever the browser claims), dimensions are checked before the pixels are decoded (a
 * small file can claim a huge picture), and the picture is drawn anew as a JPEG of at most {@value
 * #MAXIMUM_SIDE} pixels a side. Nothing of the upload but its pixels survives: no metadata (such as
 * the camera's GPS position or the owner's name), no embedded content.
 */
public final class PhotoEncoding {

  public static final String CONTENT_TYPE = "image/jpeg";

  public static final int MAXIMUM_SIDE = 2048;

  private static final long MAXIMUM_PIXELS = 50_000_000L;
  private static final Set<String> READABLE = Set.of("jpeg", "png");
  private static final float QUALITY = 0.85f;

  private PhotoEncoding() {}

  /**
   * How large an upload may be, and the bundle keys of the refusals: the one for size gets the
   * limit in megabytes as its argument.
   */
  public record Limits(long maximumBytes, String tooLargeKey, String wrongTypeKey) {}

  /**
   * @throws InvalidInputException with the limits' {@code tooLargeKey} or {@code wrongTypeKey}
   */
  public static byte[] reencoded(byte[] upload, Limits limits) {
    if (upload.length > limits.maximumBytes()) {
      throw tooLarge(limits);
    }
    return jpeg(scaled(decoded(upload, limits)));
  }

  private static InvalidInputException tooLarge(Limits limits) {
    return new InvalidInputException(limits.tooLargeKey(), limits.maximumBytes() / (1024 * 1024));
  }

  private static BufferedImage decoded(byte[] upload, Limits limits) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new InvalidInputException(limits.wrongTypeKey());
      }
      ImageReader reader = readers.next();
      try {
        if (!READABLE.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
          throw new InvalidInputException(limits.wrongTypeKey());
        }
        reader.setInput(in, true, true);
        if ((long) reader.getWidth(0) * reader.getHeight(0) > MAXIMUM_PIXELS) {
          throw tooLarge(limits);
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException refusal) {
        throw refusal;
      }
      // a damaged file, or a JPEG variant (e.g. CMYK) the JDK does not read
      throw new InvalidInputException(limits.wrongTypeKey());
    }
  }

  /** On white (a PNG may be transparent), without alpha, at most MAXIMUM_SIDE a side. */
  private static BufferedImage scaled(BufferedImage source) {
    double factor =
        Math.min(1.0, (double) MAXIMUM_SIDE / Math.max(source.getWidth(), source.getHeight()));
    int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
    int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
    BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = target.createGraphics();
    try {
      graphics.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      graphics.setColor(Color.WHITE);
      graphics.fillRect(0, 0, width, height);
      graphics.drawImage(source, 0, 0, width, height, null);
    } finally {
      graphics.dispose();
    }
    return target;
  }

  private static byte[] jpeg(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      ImageWriteParam parameters = writer.getDefaultWriteParam();
      parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      parameters.setCompressionQuality(QUALITY);
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), parameters);
    } catch (IOException e) {
      throw new UncheckedIOException("writing a JPEG in memory cannot fail", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
