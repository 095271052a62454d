package nl.burgernet.web.action;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.boundary.AreaSpecification.AreaKind;
import nl.burgernet.action.entity.GeoPoint;

/**
 * The area fields of the operator's form (WEB-INF/includes/action-area.xhtml) as they stand while
 * the operator works: the map writes the centre and the polygon corners, the operator types the
 * radius, the postcodes or picks municipalities. Whether the area itself is valid (radius range,
 * self-intersection) is the Actions service's rule; this form only says whether it is complete.
 */
public class AreaForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** "3011 AB 12", "3011AB 12-b": a postcode and the house number after it. */
  private static final Pattern ADDRESS =
      Pattern.compile("^\\s*(\\d{4}\\s*[A-Za-z]{2})\\s*(\\d{1,5})\\b.*$");

  /** An address typed to put the circle around: postcode and house number. */
  public record AddressQuery(String postcode, int houseNumber) {}

  private AreaKind[] kinds = AreaKind.values();
  private AreaKind kind = AreaKind.CIRCLE;
  private Double latitude;
  private Double longitude;
  private Integer radiusMetres;
  private String polygon;
  private Set<Long> municipalityIds = new LinkedHashSet<>();
  private String postcodes;
  private String address;

  /** The area as the service takes it; empty while the operator has not finished it. */
  public Optional<AreaSpecification> specification() {
    return switch (kind) {
      case CIRCLE ->
          isLocated() && radiusMetres != null
              ? Optional.of(
                  AreaSpecification.circle(new GeoPoint(latitude, longitude), radiusMetres))
              : Optional.empty();
      case POLYGON -> corners().map(AreaSpecification::polygon);
      case MUNICIPALITIES ->
          municipalityIds.isEmpty()
              ? Optional.empty()
              : Optional.of(AreaSpecification.municipalities(municipalityIds));
      case POSTCODES -> {
        Set<String> list = postcodeList();
        yield list.isEmpty() ? Optional.empty() : Optional.of(AreaSpecification.postcodes(list));
      }
    };
  }

  /** Starts a widening from an earlier round: the same kind and place, the circle twice as wide. */
  public static AreaForm widening(AreaSpecification earlier, int maximumRadiusMetres) {
    AreaForm form = new AreaForm();
    form.kind = earlier.kind();
    if (earlier.kind() == AreaKind.CIRCLE) {
      form.latitude = earlier.centre().latitude();
      form.longitude = earlier.centre().longitude();
      form.radiusMetres = Math.min(2 * earlier.radiusMetres(), maximumRadiusMetres);
    }
    return form;
  }

  /** A form that offers only these kinds (e.g. no municipalities), the first chosen. */
  public static AreaForm offering(AreaKind... kinds) {
    AreaForm form = new AreaForm();
    form.kinds = kinds.clone();
    form.kind = kinds[0];
    return form;
  }

  /** Shows a kept area again, to change it; the form offers the kinds given. */
  public static AreaForm showing(AreaSpecification kept, AreaKind... kinds) {
    AreaForm form = offering(kinds);
    form.kind = kept.kind();
    if (kept.centre() != null) {
      form.locateAt(kept.centre());
    }
    form.radiusMetres = kept.radiusMetres();
    form.polygon =
        kept.polygon().isEmpty()
            ? null
            : kept.polygon().stream()
                .map(corner -> corner.latitude() + " " + corner.longitude())
                .collect(Collectors.joining(";"));
    form.municipalityIds = new LinkedHashSet<>(kept.municipalityIds());
    form.postcodes = kept.postcodes().isEmpty() ? null : String.join(", ", kept.postcodes());
    return form;
  }

  /** "lat lon;lat lon;…" as the map writes it; empty when fewer than 3 corners or unreadable. */
  private Optional<List<GeoPoint>> corners() {
    if (polygon == null || polygon.isBlank()) {
      return Optional.empty();
    }
    List<GeoPoint> corners = new ArrayList<>();
    try {
      for (String pair : polygon.split(";")) {
        String[] parts = pair.strip().split("\\s+");
        if (parts.length != 2) {
          return Optional.empty();
        }
        corners.add(new GeoPoint(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])));
      }
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    }
    return corners.size() >= 3 ? Optional.of(corners) : Optional.empty();
  }

  /** "3011, 3012 AB; 3013" → 3011, 3012AB, 3013: commas, semicolons or new lines separate. */
  private Set<String> postcodeList() {
    if (postcodes == null) {
      return Set.of();
    }
    return Arrays.stream(postcodes.split("[,;\\n]"))
        .map(code -> code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT))
        .filter(code -> !code.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The typed address, when it reads as a postcode and a house number. */
  public Optional<AddressQuery> addressQuery() {
    Matcher matcher = ADDRESS.matcher(address == null ? "" : address);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String postcode = matcher.group(1).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    return Optional.of(
        new AddressQuery(
            postcode.substring(0, 4) + " " + postcode.substring(4),
            Integer.parseInt(matcher.group(2))));
  }

  public boolean isCircle() {
    return kind == AreaKind.CIRCLE;
  }

  public boolean isLocated() {
    return latitude != null && longitude != null;
  }

  public void locateAt(GeoPoint point) {
    latitude = point.latitude();
    longitude = point.longitude();
  }

  public AreaKind[] getKinds() {
    return kinds.clone();
  }

  public AreaKind getKind() {
    return kind;
  }

  public void setKind(AreaKind kind) {
    this.kind = kind == null ? kinds[0] : kind;
  }

  public Double getLatitude() {
    return latitude;
  }

  public void setLatitude(Double latitude) {
    this.latitude = latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public void setLongitude(Double longitude) {
    this.longitude = longitude;
  }

  public Integer getRadiusMetres() {
    return radiusMetres;
  }

  public void setRadiusMetres(Integer radiusMetres) {
    this.radiusMetres = radiusMetres;
  }

  public String getPolygon() {
    return polygon;
  }

  public void setPolygon(String polygon) {
    this.polygon = polygon;
  }

  /** The municipalities as an array: its element type lets Faces convert the menu's values. */
  public Long[] getMunicipalityChoice() {
    return municipalityIds.toArray(Long[]::new);
  }

  public void setMunicipalityChoice(Long[] choice) {
    municipalityIds = new LinkedHashSet<>(choice == null ? List.of() : Arrays.asList(choice));
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPostcodes() {
    return postcodes;
  }

  public void setPostcodes(String postcodes) {
    this.postcodes = postcodes;
  }
}
