package nl.burgernet.participant.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import nl.burgernet.participant.entity.Postcode;
import nl.burgernet.platform.control.ReferenceCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Offline adapter of the {@link Geocoder}: the centroid of each postcode from a CSV file with the
 * header {@code postcode,latitude,longitude,municipality_code}. Precise to the postcode (about 15
 * addresses), which is enough for area selection and needs no network. The file is read once; a
 * malformed row stops it with the line number, so a bad file is noticed at the first registration.
 */
@ApplicationScoped
@Typed(CsvGeocoder.class)
public class CsvGeocoder implements Geocoder {

  /** The small sample shipped with the application: postcodes in four municipalities. */
  public static final String SAMPLE = "nl/burgernet/participant/control/postcode-centroids.csv";

  private static final String[] HEADER = {"postcode", "latitude", "longitude", "municipality_code"};

  @Inject
  @ConfigProperty(name = "burgernet.geocoder.csv")
  Optional<String> file;

  @Inject private Logger log;

  private Map<String, Location> centroids = Map.of();

  @PostConstruct
  void load() {
    try (Reader reader = ReferenceCsv.open(file, SAMPLE)) {
      centroids = read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    log.info(() -> "Offline geocoder has " + centroids.size() + " postcode centroids");
  }

  /** A geocoder over the rows of a CSV text, for tests and tools. */
  public static CsvGeocoder of(Reader csv) {
    CsvGeocoder geocoder = new CsvGeocoder();
    geocoder.centroids = read(csv);
    return geocoder;
  }

  static Map<String, Location> read(Reader csv) {
    CSVFormat format = ReferenceCsv.withHeader(HEADER);
    Map<String, Location> rows = new HashMap<>();
    try {
      for (CSVRecord row : format.parse(csv)) {
        try {
          Postcode postcode = Postcode.of(row.get("postcode"));
          rows.put(
              postcode.value(),
              new Location(
                  Double.parseDouble(row.get("latitude")),
                  Double.parseDouble(row.get("longitude")),
                  row.get("municipality_code"),
                  null,
                  null));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(
              "postcode centroids, line " + row.getRecordNumber() + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(rows);
  }

  /**
   * The centre of each postcode area (PC4) in the file: the mean of its postcodes' centroids, with
   * the municipality of its lowest postcode. Good enough to place the area on an overview map.
   */
  public Map<String, Location> areaCentres() {
    Map<String, List<Location>> perArea = new HashMap<>();
    new TreeMap<>(centroids)
        .forEach(
            (postcode, location) ->
                perArea
                    .computeIfAbsent(Postcode.of(postcode).area(), area -> new ArrayList<>())
                    .add(location));
    Map<String, Location> centres = new HashMap<>();
    perArea.forEach(
        (area, locations) ->
            centres.put(
                area,
                new Location(
                    locations.stream().mapToDouble(Location::latitude).average().orElseThrow(),
                    locations.stream().mapToDouble(Location::longitude).average().orElseThrow(),
                    locations.get(0).municipalityCode(),
                    null,
                    null)));
    return centres;
  }

  @Override
  public Optional<Location> locate(Postcode postcode, int houseNumber, String addition) {
    return Optional.ofNullable(centroids.get(postcode.value()));
  }
}
