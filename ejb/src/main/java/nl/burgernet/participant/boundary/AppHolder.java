package nl.burgernet.participant.boundary;

import java.util.ArrayList;
import java.util.List;
import nl.burgernet.participant.entity.Address;
import nl.burgernet.participant.entity.Participant;

/**
 * The participant who holds a paired web app, with the places where Burgernetacties reach them: the
 * home address and the work address, if any.
 */
public record AppHolder(long participantId, List<Place> places) {

  public AppHolder {
    places = List.copyOf(places);
  }

  static AppHolder of(Participant participant) {
    List<Place> places = new ArrayList<>();
    places.add(Place.of(participant.getHome()));
    participant.getWork().map(Place::of).ifPresent(places::add);
    return new AppHolder(participant.getId(), places);
  }

  /**
   * One address as an action's area sees it.
   *
   * @param latitude null when the address could not be located (as its longitude and municipality)
   * @param postcode in its stored form, e.g. "3511 AB"
   */
  public record Place(Double latitude, Double longitude, Long municipalityId, String postcode) {

    static Place of(Address address) {
      return new Place(
          address.getLatitude(),
          address.getLongitude(),
          address.getMunicipality() == null ? null : address.getMunicipality().getId(),
          address.getPostcode().value());
    }

    public boolean isLocated() {
      return latitude != null && longitude != null;
    }
  }
}
