package nl.burgernet.reference.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.burgernet.participant.control.CsvGeocoder;
import nl.burgernet.participant.control.Location;
import nl.burgernet.platform.control.ReferenceCsv;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.control.SystemScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the postcode areas' inhabitants and households from the file {@code
 * burgernet.postcode-areas.csv} (the shipped sample when not set) into the store at start-up, with
 * each area's centre from the offline geocoder's postcode centroids. Every row is written as an
 * upsert, so a restart, a second instance or a newer CBS file only brings the store up to date.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ScopeFiltered
@SystemScope
public class PostcodeAreaLoader {

  // the area takes the region and id of the municipality with the code
  private static final String UPSERT =
      "INSERT INTO postcode_area (postcode4, scope_region_id, scope_municipality_id, inhabitants,"
          + " households, latitude, longitude)"
          + " SELECT ?1, m.region_id, m.id, ?2, ?3, ?4, ?5 FROM municipality m WHERE m.cbs_code = ?6"
          + " ON DUPLICATE KEY UPDATE scope_region_id = VALUES(scope_region_id),"
          + " scope_municipality_id = VALUES(scope_municipality_id),"
          + " inhabitants = VALUES(inhabitants), households = VALUES(households),"
          + " latitude = VALUES(latitude), longitude = VALUES(longitude)";

  @PersistenceContext(unitName = "burgernet")
  private EntityManager em;

  @Inject private CsvGeocoder geocoder;

  @Inject private Logger log;

  @Inject
  @ConfigProperty(name = "burgernet.postcode-areas.csv")
  Optional<String> file;

  @PostConstruct
  void load() {
    @SuppressWarnings("unchecked")
    Set<String> known =
        Set.copyOf(em.createNativeQuery("SELECT cbs_code FROM municipality").getResultList());
    Map<String, Location> centres = geocoder.areaCentres();
    List<PostcodeAreaFile.Row> rows = read();
    List<PostcodeAreaFile.Row> ours =
        rows.stream().filter(row -> known.contains(row.municipalityCode())).toList();
    for (PostcodeAreaFile.Row row : ours) {
      Optional<Location> centre = Optional.ofNullable(centres.get(row.postcode4()));
      em.createNativeQuery(UPSERT)
          .setParameter(1, row.postcode4())
          .setParameter(2, row.inhabitants())
          .setParameter(3, row.households())
          .setParameter(4, centre.map(Location::latitude).orElse(null))
          .setParameter(5, centre.map(Location::longitude).orElse(null))
          .setParameter(6, row.municipalityCode())
          .executeUpdate();
    }
    log.info(
        () ->
            "Postcode areas loaded: "
                + ours.size()
                + "; skipped as of municipalities the store does not know: "
                + (rows.size() - ours.size()));
  }

  private List<PostcodeAreaFile.Row> read() {
    try (Reader reader = ReferenceCsv.open(file, PostcodeAreaFile.SAMPLE)) {
      return PostcodeAreaFile.read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
