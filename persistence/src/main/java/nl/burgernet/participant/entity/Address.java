package nl.burgernet.participant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import nl.burgernet.reference.entity.Municipality;

/**
 * A Dutch address where a participant lives or works, with the point and municipality the geocoder
 * found for it. An address that was not found keeps no point and no municipality; it is never
 * dropped.
 */
@Embeddable
public class Address {

  public static final int MAXIMUM_HOUSE_NUMBER = 99_999;

  @Column(name = "postcode", length = 7)
  private Postcode postcode;

  @Column(name = "house_number")
  private Integer houseNumber;

  @Column(name = "house_number_addition", length = 10)
  private String addition;

  @Column(name = "street", length = 120)
  private String street;

  @Column(name = "place", length = 80)
  private String place;

  @Column(name = "latitude")
  private Double latitude;

  @Column(name = "longitude")
  private Double longitude;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "municipality_id")
  private Municipality municipality;

  protected Address() {}

  public Address(Postcode postcode, int houseNumber, String addition, String street, String place) {
    this.postcode = Objects.requireNonNull(postcode, "postcode");
    if (houseNumber < 1 || houseNumber > MAXIMUM_HOUSE_NUMBER) {
      throw new IllegalArgumentException("a house number lies between 1 and 99999");
    }
    this.houseNumber = houseNumber;
    this.addition = blankToNull(addition);
    this.street = blankToNull(street);
    this.place = blankToNull(place);
  }

  /** Records where the geocoder put the address. */
  public void locate(double latitude, double longitude, Municipality municipality) {
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException("not a point on earth");
    }
    this.latitude = latitude;
    this.longitude = longitude;
    this.municipality = Objects.requireNonNull(municipality, "municipality");
  }

  /** Fills in street and place where they were left blank, e.g. from the geocoder. */
  public void completeWith(String knownStreet, String knownPlace) {
    if (street == null) {
      street = blankToNull(knownStreet);
    }
    if (place == null) {
      place = blankToNull(knownPlace);
    }
  }

  /** An independent copy, with the point and municipality found for it. */
  public Address copy() {
    Address copy = new Address(postcode, houseNumber, addition, street, place);
    copy.latitude = latitude;
    copy.longitude = longitude;
    copy.municipality = municipality;
    return copy;
  }

  public boolean isLocated() {
    return latitude != null && longitude != null && municipality != null;
  }

  /** Whether the address has everything a letter would need. */
  public boolean isComplete() {
    return street != null && place != null;
  }

  /** Whether both describe the same dwelling (the point found for it does not count). */
  public boolean sameDwellingAs(Address other) {
    return other != null
        && postcode.equals(other.postcode)
        && houseNumber.equals(other.houseNumber)
        && Objects.equals(addition, other.addition);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Postcode getPostcode() {
    return postcode;
  }

  public int getHouseNumber() {
    return houseNumber;
  }

  public String getAddition() {
    return addition;
  }

  public String getStreet() {
    return street;
  }

  public String getPlace() {
    return place;
  }

  public Double getLatitude() {
    return latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public Municipality getMunicipality() {
    return municipality;
  }
}
