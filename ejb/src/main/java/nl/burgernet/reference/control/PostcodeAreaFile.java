package nl.burgernet.reference.control;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.burgernet.platform.control.ReferenceCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The file of inhabitants and households per four-digit postcode area, header {@code
 * postcode4,municipality_code,inhabitants,households}, made from CBS "Kerncijfers per postcode". A
 * malformed row stops the reading with its line number, so a bad file is noticed at start-up.
 */
public final class PostcodeAreaFile {

  /** The small sample shipped with the application: the areas of the geocoder's sample. */
  public static final String SAMPLE = "nl/burgernet/reference/control/postcode-areas.csv";

  private static final String[] HEADER = {
    "postcode4", "municipality_code", "inhabitants", "households"
  };

  /** One row: a PC4 area of a municipality (CBS code) with its inhabitants and households. */
  public record Row(String postcode4, String municipalityCode, int inhabitants, int households) {

    public Row {
      if (postcode4 == null || !postcode4.matches("[1-9][0-9]{3}")) {
        throw new IllegalArgumentException("a postcode area is four digits, e.g. 3511");
      }
      if (municipalityCode == null || !municipalityCode.matches("GM[0-9]{4}")) {
        throw new IllegalArgumentException("a CBS municipality code looks like GM0599");
      }
      if (inhabitants < 0 || households < 0) {
        throw new IllegalArgumentException("inhabitants and households cannot be negative");
      }
    }
  }

  private PostcodeAreaFile() {}

  public static List<Row> read(Reader csv) {
    CSVFormat format = ReferenceCsv.withHeader(HEADER);
    List<Row> rows = new ArrayList<>();
    try {
      for (CSVRecord record : format.parse(csv)) {
        try {
          rows.add(
              new Row(
                  record.get("postcode4"),
                  record.get("municipality_code"),
                  Integer.parseInt(record.get("inhabitants")),
                  Integer.parseInt(record.get("households"))));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(
              "postcode areas, line " + record.getRecordNumber() + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
