package nl.burgernet.participant.boundary;

import java.util.ArrayList;
import java.util.List;
import nl.burgernet.participant.entity.Address;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.ParticipantLocation;

/**
 * The participant who holds a paired web app, with the places where Burgernetacties reach them: the
 * home address, the work address if any, and the position the app last reported while it counts.
 */
public record AppHolder(long participantId, List<Place> places) {

  public AppHolder {
    places = List.copyOf(places);
  }

  /**
   * @param location the reported position while it counts, or null
   */
  static AppHolder of(Participant participant, ParticipantLocation location) {
    List<Place> places = new ArrayList<>();
    places.add(Place.of(participant.getHome()));
    participant.getWork().map(Place::of).ifPresent(places::add);
    if (location != null) {
      places.add(new Place(location.getLatitude(), location.getLongitude(), null, null));
    }
    return new AppHolder(participant.getId(), places);
  }

  /**
   * One address as an action's area sees it.
   *
   * @param latitude null when the address could not be located (as its longitude and municipality)
   * @param postcode in its stored form, e.g. "3511 AB"; null for a reported position
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
