package nl.burgernet.participant.entity;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;
import java.util.Optional;

/**
 * The home address and the optional work address of a participant, in the {@code home_*} and {@code
 * work_*} columns of the table: where a participant lives and works now, and where an address
 * change asks to move them.
 */
@MappedSuperclass
public abstract class HomeAndWorkAddresses {

  @Embedded
  @AttributeOverride(name = "postcode", column = @Column(name = "home_postcode"))
  @AttributeOverride(name = "houseNumber", column = @Column(name = "home_house_number"))
  @AttributeOverride(name = "addition", column = @Column(name = "home_addition"))
  @AttributeOverride(name = "street", column = @Column(name = "home_street"))
  @AttributeOverride(name = "place", column = @Column(name = "home_place"))
  @AttributeOverride(name = "latitude", column = @Column(name = "home_latitude"))
  @AttributeOverride(name = "longitude", column = @Column(name = "home_longitude"))
  @AssociationOverride(
      name = "municipality",
      joinColumns = @JoinColumn(name = "home_municipality_id"))
  private Address home;

  @Embedded
  @AttributeOverride(name = "postcode", column = @Column(name = "work_postcode"))
  @AttributeOverride(name = "houseNumber", column = @Column(name = "work_house_number"))
  @AttributeOverride(name = "addition", column = @Column(name = "work_addition"))
  @AttributeOverride(name = "street", column = @Column(name = "work_street"))
  @AttributeOverride(name = "place", column = @Column(name = "work_place"))
  @AttributeOverride(name = "latitude", column = @Column(name = "work_latitude"))
  @AttributeOverride(name = "longitude", column = @Column(name = "work_longitude"))
  @AssociationOverride(
      name = "municipality",
      joinColumns = @JoinColumn(name = "work_municipality_id"))
  private Address work;

  protected HomeAndWorkAddresses() {}

  /** Every participant lives somewhere: the home address is never null. */
  protected void placeHome(Address home) {
    this.home = Objects.requireNonNull(home, "home address");
  }

  /** The work address, or null for none. */
  protected void placeWork(Address work) {
    this.work = work;
  }

  public Address getHome() {
    return home;
  }

  public Optional<Address> getWork() {
    return Optional.ofNullable(work);
  }
}
