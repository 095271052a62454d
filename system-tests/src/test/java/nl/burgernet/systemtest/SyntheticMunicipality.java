package nl.burgernet.systemtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A municipality of the reference data as the synthetic participant base sees it: its inhabitants
 * (the latest year of V2's figures), its region, and where its people live (centre and the first 4
 * digits of its postcodes, from {@code municipality-centres.csv}, which V2 does not have).
 */
record SyntheticMunicipality(
    String cbsCode,
    String name,
    String regionCode,
    int inhabitants,
    double latitude,
    double longitude,
    int postcodeBase) {

  private static final String REFERENCE_DATA = "db/migration/V2__reference_data.sql";
  private static final String CENTRES = "nl/burgernet/systemtest/municipality-centres.csv";

  private static final Pattern MUNICIPALITY =
      Pattern.compile("\\('(GM\\d{4})', '([^']+)', \\(SELECT id FROM region WHERE code = '(\\w+)'");
  private static final Pattern FIGURES =
      Pattern.compile("cbs_code = '(GM\\d{4})'\\), (\\d{4}), (\\d+), (\\d+)\\)");

  /** Every municipality of the reference data migration, ordered by CBS code. */
  static List<SyntheticMunicipality> ofReferenceData() {
    String sql = resource(REFERENCE_DATA);
    Map<String, int[]> latestFigures = new HashMap<>();
    Matcher figures = FIGURES.matcher(sql);
    while (figures.find()) {
      int year = Integer.parseInt(figures.group(2));
      int inhabitants = Integer.parseInt(figures.group(3));
      latestFigures.merge(
          figures.group(1),
          new int[] {year, inhabitants},
          (known, found) -> found[0] > known[0] ? found : known);
    }
    Map<String, double[]> centres = centres();
    List<SyntheticMunicipality> all = new ArrayList<>();
    Matcher municipality = MUNICIPALITY.matcher(sql);
    while (municipality.find()) {
      String code = municipality.group(1);
      double[] centre = centres.get(code);
      int[] latest = latestFigures.get(code);
      if (centre == null || latest == null) {
        throw new IllegalStateException(code + " lacks figures or a centre for the synthetic base");
      }
      all.add(
          new SyntheticMunicipality(
              code,
              municipality.group(2),
              municipality.group(3),
              latest[1],
              centre[0],
              centre[1],
              (int) centre[2]));
    }
    all.sort(Comparator.comparing(SyntheticMunicipality::cbsCode));
    return List.copyOf(all);
  }

  /** Radius in km around the centre where its people live: a town of ~1,000 inhabitants/km². */
  double radiusKm() {
    return Math.max(1.5, Math.min(12, Math.sqrt(inhabitants / (Math.PI * 1000))));
  }

  private static Map<String, double[]> centres() {
    Map<String, double[]> centres = new HashMap<>();
    resource(CENTRES)
        .lines()
        .filter(line -> line.startsWith("GM"))
        .map(line -> line.split(","))
        .forEach(
            f ->
                centres.put(
                    f[0],
                    new double[] {
                      Double.parseDouble(f[1]), Double.parseDouble(f[2]), Integer.parseInt(f[3])
                    }));
    return centres;
  }

  private static String resource(String name) {
    try (InputStream in = SyntheticMunicipality.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
