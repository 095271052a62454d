package nl.burgernet.participant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Chooses the geocoder adapter with {@code burgernet.geocoder}: csv (default) or pdok. */
@ApplicationScoped
public class GeocoderSelection {

  @Inject
  @ConfigProperty(name = "burgernet.geocoder", defaultValue = "csv")
  String choice;

  @Produces
  @ApplicationScoped
  Geocoder geocoder(Instance<CsvGeocoder> csv, Instance<PdokGeocoder> pdok) {
    return switch (choice.strip().toLowerCase(Locale.ROOT)) {
      case "csv" -> csv.get();
      case "pdok" -> pdok.get();
      default ->
          throw new IllegalStateException(
              "burgernet.geocoder is '" + choice + "'; it must be csv or pdok");
    };
  }
}
