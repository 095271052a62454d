package nl.burgernet.participant.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import nl.burgernet.participant.entity.Postcode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Adapter of the {@link Geocoder} for the PDOK Locatieserver, the national geocoding service over
 * the BAG: the point of the dwelling itself. A slow or absent service counts as "not found", so a
 * registration is held for verification instead of failing.
 */
@ApplicationScoped
@Typed(PdokGeocoder.class)
public class PdokGeocoder implements Geocoder {

  private static final int CONNECT_TIMEOUT_SECONDS = 3;
  private static final int READ_TIMEOUT_SECONDS = 5;

  @Inject
  @ConfigProperty(
      name = "burgernet.geocoder.pdok-url",
      defaultValue = "https://api.pdok.nl/bzk/locatieserver/search/v3_1")
  String baseUrl;

  @Inject private Logger log;

  private Client client;

  @PostConstruct
  void connect() {
    client =
        ClientBuilder.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
            .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
            .build();
  }

  @PreDestroy
  void disconnect() {
    client.close();
  }

  @Override
  public Optional<Location> locate(Postcode postcode, int houseNumber, String addition) {
    try {
      String answer =
          client
              .target(baseUrl)
              .path("free")
              .queryParam("q", "*")
              .queryParam("fq", "type:adres")
              .queryParam("fq", "postcode:" + postcode.compact())
              .queryParam("fq", "huisnummer:" + houseNumber)
              .queryParam(
                  "fl",
                  "centroide_ll,gemeentecode,straatnaam,woonplaatsnaam,huisletter,"
                      + "huisnummertoevoeging")
              .queryParam("rows", 20)
              .request(MediaType.APPLICATION_JSON)
              .get(String.class);
      return PdokResponse.parse(answer, addition);
    } catch (ProcessingException | WebApplicationException | IllegalArgumentException e) {
      // no address in the log: it is personal data
      log.warning(() -> "PDOK Locatieserver did not answer usefully: " + e.getClass().getName());
      return Optional.empty();
    }
  }
}
