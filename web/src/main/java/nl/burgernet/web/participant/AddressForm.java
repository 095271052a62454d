package nl.burgernet.web.participant;

import java.io.Serializable;
import nl.burgernet.participant.boundary.AddressDetails;

/** The home and optional work address on the self-service page. */
public class AddressForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String homePostcode;
  private Integer homeHouseNumber;
  private String homeAddition;
  private String homeStreet;
  private String homePlace;
  private String workPostcode;
  private Integer workHouseNumber;
  private String workAddition;
  private String workStreet;
  private String workPlace;

  static AddressForm of(AddressDetails home, AddressDetails work) {
    AddressForm form = new AddressForm();
    form.homePostcode = home.postcode();
    form.homeHouseNumber = home.houseNumber();
    form.homeAddition = home.addition();
    form.homeStreet = home.street();
    form.homePlace = home.place();
    if (work != null) {
      form.workPostcode = work.postcode();
      form.workHouseNumber = work.houseNumber();
      form.workAddition = work.addition();
      form.workStreet = work.street();
      form.workPlace = work.place();
    }
    return form;
  }

  AddressDetails home() {
    return new AddressDetails(homePostcode, homeHouseNumber, homeAddition, homeStreet, homePlace);
  }

  /** The work address, or null when all its fields are left empty (no work address). */
  AddressDetails work() {
    boolean given =
        !blank(workPostcode)
            || workHouseNumber != null
            || !blank(workAddition)
            || !blank(workStreet)
            || !blank(workPlace);
    return given
        ? new AddressDetails(workPostcode, workHouseNumber, workAddition, workStreet, workPlace)
        : null;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public String getHomePostcode() {
    return homePostcode;
  }

  public void setHomePostcode(String homePostcode) {
    this.homePostcode = homePostcode;
  }

  public Integer getHomeHouseNumber() {
    return homeHouseNumber;
  }

  public void setHomeHouseNumber(Integer homeHouseNumber) {
    this.homeHouseNumber = homeHouseNumber;
  }

  public String getHomeAddition() {
    return homeAddition;
  }

  public void setHomeAddition(String homeAddition) {
    this.homeAddition = homeAddition;
  }

  public String getHomeStreet() {
    return homeStreet;
  }

  public void setHomeStreet(String homeStreet) {
    this.homeStreet = homeStreet;
  }

  public String getHomePlace() {
    return homePlace;
  }

  public void setHomePlace(String homePlace) {
    this.homePlace = homePlace;
  }

  public String getWorkPostcode() {
    return workPostcode;
  }

  public void setWorkPostcode(String workPostcode) {
    this.workPostcode = workPostcode;
  }

  public Integer getWorkHouseNumber() {
    return workHouseNumber;
  }

  public void setWorkHouseNumber(Integer workHouseNumber) {
    this.workHouseNumber = workHouseNumber;
  }

  public String getWorkAddition() {
    return workAddition;
  }

  public void setWorkAddition(String workAddition) {
    this.workAddition = workAddition;
  }

  public String getWorkStreet() {
    return workStreet;
  }

  public void setWorkStreet(String workStreet) {
    this.workStreet = workStreet;
  }

  public String getWorkPlace() {
    return workPlace;
  }

  public void setWorkPlace(String workPlace) {
    this.workPlace = workPlace;
  }
}
