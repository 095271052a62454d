package nl.burgernet.web.participant;

import nl.burgernet.participant.boundary.AddressDetails;

/** An address in the JSON of the API. */
public class AddressJson {

  public String postcode;
  public Integer houseNumber;
  public String addition;
  public String street;
  public String place;

  AddressDetails toDetails() {
    return new AddressDetails(postcode, houseNumber, addition, street, place);
  }
}
