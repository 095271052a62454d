package nl.burgernet.web.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the action map gets its background tiles and its Leaflet files. Leaflet comes from the
 * WebJar in WEB-INF/lib, served by the portal itself; the tiles from a configurable tile server.
 * With the tile URL {@value #NO_TILES} (or when the tile server cannot be reached, as in the
 * embedded run without internet) the map still shows a coordinate grid, the scale and the drawn
 * areas.
 */
@Named
@ApplicationScoped
public class MapSettings {

  /** Leaflet's WebJar records its version here; the path to its files contains that version. */
  private static final String LEAFLET_POM_PROPERTIES =
      "META-INF/maven/org.webjars.npm/leaflet/pom.properties";

  /** MicroProfile Config reads an empty value as "not set", so switching tiles off needs a word. */
  static final String NO_TILES = "none";

  @Inject
  @ConfigProperty(
      name = "burgernet.map.tile-url",
      defaultValue =
          "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png")
  String tileUrl;

  @Inject
  @ConfigProperty(
      name = "burgernet.map.attribution",
      defaultValue = "Kaartgegevens &copy; Kadaster (BRT Achtergrondkaart)")
  String attribution;

  private String leafletVersion;

  /** The tile URL template ({z}/{x}/{y}); blank when the map has no background. */
  public String getTileUrl() {
    String url = tileUrl.strip();
    return url.equalsIgnoreCase(NO_TILES) ? "" : url;
  }

  public String getAttribution() {
    return attribution;
  }

  /** The tile server's origin, e.g. https://service.pdok.nl, for the page's image policy. */
  public Optional<String> tileOrigin() {
    String url = getTileUrl();
    if (url.isEmpty()) {
      return Optional.empty();
    }
    URI uri = URI.create(url.replace("{", "%7B").replace("}", "%7D"));
    return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority());
  }

  /** E.g. /webjars/leaflet/1.9.4/dist, relative to the context root. */
  public String getLeafletPath() {
    if (leafletVersion == null) {
      leafletVersion = readLeafletVersion();
    }
    return "/webjars/leaflet/" + leafletVersion + "/dist";
  }

  private static String readLeafletVersion() {
    try (InputStream in =
        MapSettings.class.getClassLoader().getResourceAsStream(LEAFLET_POM_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException("Leaflet's WebJar is missing from WEB-INF/lib");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
