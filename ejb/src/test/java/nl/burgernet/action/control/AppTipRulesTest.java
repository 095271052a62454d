package nl.burgernet.action.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import nl.burgernet.action.entity.CircleArea;
import nl.burgernet.action.entity.GeoPoint;
import nl.burgernet.action.entity.MunicipalityArea;
import nl.burgernet.action.entity.PostcodeArea;
import nl.burgernet.participant.boundary.AppHolder.Place;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.platform.control.PhotoEncoding;
import org.junit.jupiter.api.Test;

class AppTipRulesTest {

  private static final Place UTRECHT_CENTRE = new Place(52.0907, 5.1214, 7L, "3511 AB");
  private static final Place NOT_LOCATED = new Place(null, null, null, "3511 AB");

  @Test
  void a_circle_covers_an_address_inside_it_and_not_one_outside_or_unlocated() {
    CircleArea circle = new CircleArea(new GeoPoint(52.0907, 5.1214), 1_000);

    assertThat(AreaCoverage.covers(circle, UTRECHT_CENTRE)).isTrue();
    assertThat(AreaCoverage.covers(circle, new Place(52.2, 5.1214, 7L, "3511 AB"))).isFalse();
    assertThat(AreaCoverage.covers(circle, NOT_LOCATED)).isFalse();
  }

  @Test
  void municipalities_and_postcodes_cover_by_the_address_municipality_and_postcode() {
    assertThat(AreaCoverage.covers(new MunicipalityArea(Set.of(7L)), UTRECHT_CENTRE)).isTrue();
    assertThat(AreaCoverage.covers(new MunicipalityArea(Set.of(8L)), UTRECHT_CENTRE)).isFalse();
    assertThat(AreaCoverage.covers(new PostcodeArea(Set.of("3511")), UTRECHT_CENTRE)).isTrue();
    assertThat(AreaCoverage.covers(new PostcodeArea(Set.of("3511AB")), NOT_LOCATED)).isTrue();
    assertThat(AreaCoverage.covers(new PostcodeArea(Set.of("3512 AB")), UTRECHT_CENTRE)).isFalse();
  }

  @Test
  void a_png_becomes_a_jpeg_no_larger_than_the_limit() throws IOException {
    byte[] jpeg = PhotoEncoding.reencoded(png(3000, 1500), TipPhotos.LIMITS);

    BufferedImage read = ImageIO.read(new ByteArrayInputStream(jpeg));
    assertThat(read.getWidth()).isEqualTo(PhotoEncoding.MAXIMUM_SIDE);
    assertThat(read.getHeight()).isEqualTo(PhotoEncoding.MAXIMUM_SIDE / 2);
    assertThat(List.of(jpeg[0], jpeg[1])).containsExactly((byte) 0xFF, (byte) 0xD8);
  }

  @Test
  void what_is_no_jpeg_or_png_is_refused_whatever_it_is_called() {
    assertThatThrownBy(
            () ->
                PhotoEncoding.reencoded(
                    "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), TipPhotos.LIMITS))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).getMessageKey())
        .isEqualTo("webApp.tip.photo.type");
  }

  @Test
  void a_file_over_the_limit_is_refused_before_it_is_read() {
    assertThatThrownBy(() -> PhotoEncoding.reencoded(new byte[9 * 1024 * 1024], TipPhotos.LIMITS))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).getMessageKey())
        .isEqualTo("webApp.tip.photo.tooLarge");
  }

  static byte[] png(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
    return out.toByteArray();
  }
}
