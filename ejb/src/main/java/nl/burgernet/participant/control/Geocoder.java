package nl.burgernet.participant.control;

import java.util.Optional;
import nl.burgernet.participant.entity.Postcode;

/**
 * The geolocation port: finds the point and municipality of a Dutch address. Empty means "not
 * found" (also when the service is unreachable), which sends the registration to the verification
 * queue; an address is never dropped. Adapters: {@link CsvGeocoder} (offline, postcode centroids)
 * and {@link PdokGeocoder} (PDOK Locatieserver), chosen by {@link GeocoderSelection}.
 */
public interface Geocoder {

  Optional<Location> locate(Postcode postcode, int houseNumber, String addition);
}
