package nl.burgernet.systemtest;

import static nl.burgernet.security.control.StaffBootstrap.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import nl.burgernet.localpeers.LocalDatabase;
import nl.burgernet.participant.boundary.AddressDetails;
import nl.burgernet.participant.boundary.ParticipantDetails;
import nl.burgernet.participant.boundary.RegistrationReceipt;
import nl.burgernet.participant.boundary.Registrations;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.RegistrationSource;
import nl.burgernet.reference.boundary.ReferenceData;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.security.control.ScopeContext;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.Scope;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A participant belongs to the municipality of their home address: the ambassador of Rotterdam
 * reads Rotterdam's participants and not Schiedam's, through the service and through the API.
 */
@ExtendWith(ArquillianExtension.class)
class ParticipantScopingIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.burgernet(ParticipantScopingIT.class, ScopedReader.class);
  }

  @Inject private Registrations registrations;

  @Inject private ReferenceData referenceData;

  @EJB private ScopedReader reader;

  @ArquillianResource private URL base;

  @Resource(lookup = "java:app/jdbc/burgernet")
  private DataSource dataSource;

  /**
   * Reads the store the way every boundary does (through the scope filter), without the role check
   * of {@code Participants}, which the API test below covers with a real login.
   */
  @Stateless
  @ScopeFiltered
  public static class ScopedReader {

    @PersistenceContext(unitName = "burgernet")
    private EntityManager em;

    public Optional<Participant> find(long id) {
      return Optional.ofNullable(em.find(Participant.class, id));
    }
  }

  @Test
  void with_the_scope_of_rotterdam_a_schiedam_participant_is_not_in_the_store() {
    long rotterdamParticipant = idOf(register("3011 AB", "Rotterdam"));
    long schiedamParticipant = idOf(register("3111 AA", "Schiedam"));
    Scope rotterdam = ambassadorOf("GM0599");

    Participant seen =
        ScopeContext.actingAs(rotterdam, () -> reader.find(rotterdamParticipant)).orElseThrow();
    assertThat(seen.getHome().getMunicipality().getCbsCode()).isEqualTo("GM0599");

    assertThat(ScopeContext.actingAs(rotterdam, () -> reader.find(schiedamParticipant))).isEmpty();
    assertThat(
            ScopeContext.actingAs(ambassadorOf("GM0606"), () -> reader.find(schiedamParticipant))
                .orElseThrow()
                .getName())
        .isEqualTo("Test Schiedam");
    assertThat(ScopeContext.actingAs(Scope.none(), () -> reader.find(schiedamParticipant)))
        .isEmpty();
  }

  @Test
  @RunAsClient
  void through_the_api_the_relation_manager_of_deventer_reads_deventer_participants_only() {
    StaffApi api = new StaffApi(base);
    long schiedam = databaseIdOf(registeredThroughTheApi("3111 AA"));
    long deventer = databaseIdOf(registeredThroughTheApi("7411 AA"));

    HttpResponse<String> refused =
        api.get("participants/" + schiedam, "relatiebeheer", DEMO_PASSWORD);
    HttpResponse<String> allowed =
        api.get("participants/" + deventer, "relatiebeheer", DEMO_PASSWORD);

    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.body()).doesNotContain("Schiedam").doesNotContain("Jan de Vries");
    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(StaffApi.object(allowed).getString("municipality")).isEqualTo("Deventer");
  }

  @Test
  @RunAsClient
  void an_ambassador_reads_no_personal_data_of_participants_not_even_in_their_own_municipality() {
    long rotterdam = databaseIdOf(registeredThroughTheApi("3011 AB"));

    HttpResponse<String> refused =
        new StaffApi(base).get("participants/" + rotterdam, "ambassadeur", DEMO_PASSWORD);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain("Jan de Vries");
  }

  private String registeredThroughTheApi(String postcode) {
    return RegistrationApiIT.object(
            RegistrationApiIT.post(
                    base,
                    RegistrationApiIT.registration(
                            RegistrationApiIT.uniqueEmail(),
                            RegistrationApiIT.uniqueMobile(),
                            postcode)
                        .build())
                .body())
        .getString("reference");
  }

  private RegistrationReceipt register(String postcode, String place) {
    ParticipantDetails details =
        new ParticipantDetails(
            "Test " + place,
            "scoping-" + UUID.randomUUID() + "@burgernet.test",
            "0612" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)),
            null,
            new AddressDetails(postcode, 5, null, "Hoofdstraat", place),
            null,
            EnumSet.of(Channel.SMS),
            LocalTime.of(23, 0),
            LocalTime.of(7, 0),
            1980);
    return registrations.register(details, true, RegistrationSource.CARD);
  }

  /** Inside the container: the participant's id, read as an auditor would, past the scope. */
  private long idByReference(String reference) {
    try (Connection connection = dataSource.getConnection()) {
      return idByReference(connection, reference);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** From the test client: the same, straight from the test run's database. */
  private static long databaseIdOf(String reference) {
    try (Connection connection =
        DriverManager.getConnection(
            LocalPeersForTests.peers().database().jdbcUrl(),
            LocalDatabase.USER,
            LocalDatabase.PASSWORD)) {
      return idByReference(connection, reference);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long idByReference(Connection connection, String reference) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT id FROM participant WHERE reference = ?")) {
      query.setString(1, reference);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalStateException("no participant with reference " + reference);
        }
        return rows.getLong(1);
      }
    }
  }

  private long idOf(RegistrationReceipt receipt) {
    return idByReference(receipt.reference());
  }

  private Scope ambassadorOf(String cbsCode) {
    Municipality municipality =
        ScopeContext.actingAs(Scope.national(), referenceData::municipalities).stream()
            .filter(m -> m.getCbsCode().equals(cbsCode))
            .findFirst()
            .orElseThrow();
    return Scope.municipality(municipality.getRegion().getId(), municipality.getId());
  }
}
