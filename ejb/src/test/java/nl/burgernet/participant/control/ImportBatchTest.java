package nl.burgernet.participant.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.burgernet.participant.entity.ImportOutcome;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.participant.entity.QueueReason;
import nl.burgernet.participant.entity.RegistrationPolicy;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.reference.entity.Region;
import org.junit.jupiter.api.Test;

/**
 * The routing of import rows. Bean Validation of the fields runs in the container (see
 * ParticipantImportIT); here the validator finds nothing, and the rules between fields, location,
 * area, duplicates and policy decide.
 */
class ImportBatchTest {

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

  private static final String HEADER =
      "naam;mobiel;email;postcode;huisnummer;straat;plaats;geboortejaar\n";

  private final Region oost = withId(new Region("OO", "Oost-Nederland"), 1L);
  private final Region rotterdam = withId(new Region("RR", "Rotterdam-Rijnmond"), 2L);
  private final Municipality deventer = withId(new Municipality("GM0150", "Deventer", oost), 10L);
  private final Municipality schiedam =
      withId(new Municipality("GM0606", "Schiedam", rotterdam), 20L);

  private final CsvGeocoder geocoder =
      CsvGeocoder.of(
          new StringReader(
              "postcode,latitude,longitude,municipality_code\n"
                  + "7411 AA,52.25,6.16,GM0150\n"
                  + "3111 AA,51.91,4.39,GM0606\n"));

  private Set<String> knownPhones = Set.of();
  private Set<String> knownEmails = Set.of();
  private boolean autoApproval = true;

  @Test
  void a_complete_unique_row_in_the_area_is_active_at_once_where_the_region_approves_itself() {
    ImportedRow row = decideOne("Jan;0612345678;jan@example.nl;7411AA;1;Brink;Deventer;1970");

    assertThat(row.outcome()).isEqualTo(ImportOutcome.IMPORTED);
    assertThat(row.participant().getStatus()).isEqualTo(ParticipantStatus.ACTIVE);
    assertThat(row.participant().getScopeMunicipalityId()).isEqualTo(10L);
  }

  @Test
  void where_the_region_approves_by_hand_the_row_waits_for_approval() {
    autoApproval = false;

    ImportedRow row = decideOne("Jan;0612345678;jan@example.nl;7411AA;1;Brink;Deventer;1970");

    assertThat(row.outcome()).isEqualTo(ImportOutcome.APPROVAL);
    assertThat(row.participant().getQueueReason()).isEqualTo(QueueReason.AWAITING_APPROVAL);
  }

  @Test
  void an_unknown_postcode_goes_to_verification_in_the_importers_municipality() {
    ImportedRow row = decideOne("Jan;0612345678;;9999ZZ;1;Brink;Deventer;1970");

    assertThat(row.outcome()).isEqualTo(ImportOutcome.VERIFICATION);
    assertThat(row.participant().getQueueReason()).isEqualTo(QueueReason.ADDRESS_NOT_FOUND);
    assertThat(row.participant().getScopeMunicipalityId()).isEqualTo(10L);
    assertThat(row.reason().reasonKey()).isEqualTo("workList.reason.ADDRESS_NOT_FOUND");
  }

  @Test
  void without_street_and_place_the_address_is_incomplete_as_on_a_card() {
    ImportedRow row = decideOne("Jan;0612345678;;7411AA;1;;;1970");

    assertThat(row.participant().getQueueReason()).isEqualTo(QueueReason.INCOMPLETE);
  }

  @Test
  void an_address_in_another_municipality_is_refused_with_its_name() {
    ImportedRow row = decideOne("Jan;0612345678;;3111AA;1;Brink;Schiedam;1970");

    assertThat(row.outcome()).isEqualTo(ImportOutcome.REFUSED);
    assertThat(row.reason())
        .isEqualTo(
            new ImportRefusal(ImportColumn.POSTCODE, "import.reason.outsideArea", "Schiedam"));
  }

  @Test
  void too_young_or_unreachable_is_refused_with_the_rule_it_breaks() {
    List<ImportedRow> rows =
        decide(
            "Jan;0612345678;;7411AA;1;Brink;Deventer;2015", "Piet;;;7411AA;2;Brink;Deventer;1970");

    assertThat(rows.get(0).reason())
        .isEqualTo(new ImportRefusal(null, "participant.age.minimum", "16"));
    assertThat(rows.get(1).reason().reasonKey()).isEqualTo("participant.contact.required");
  }

  @Test
  void a_phone_or_email_known_already_goes_to_quarantine() {
    knownPhones = Set.of("+31612345678");
    knownEmails = Set.of("kees@example.nl");

    List<ImportedRow> rows =
        decide(
            "Jan;0612345678;;7411AA;1;Brink;Deventer;1970",
            "Kees;;Kees@Example.nl;7411AA;2;Brink;Deventer;1970");

    assertThat(rows).extracting(ImportedRow::outcome).containsOnly(ImportOutcome.QUARANTINE);
    assertThat(rows.get(0).participant().getQueueReason()).isEqualTo(QueueReason.DUPLICATE_PHONE);
    assertThat(rows.get(1).participant().getQueueReason()).isEqualTo(QueueReason.DUPLICATE_EMAIL);
  }

  @Test
  void a_duplicate_within_the_file_names_the_earlier_row() {
    ImportBatch batch = batch();
    batch.decide(rows("Jan;0612345678;jan@example.nl;7411AA;1;Brink;Deventer;1970"));

    ImportedRow second =
        batch.decide(rows("Jan;;jan@example.nl;7411AA;1;Brink;Deventer;1970")).get(0);

    assertThat(second.outcome()).isEqualTo(ImportOutcome.QUARANTINE);
    assertThat(second.reason())
        .isEqualTo(new ImportRefusal(null, "import.reason.inFile.DUPLICATE_EMAIL", "1"));
  }

  private ImportedRow decideOne(String row) {
    return decide(row).get(0);
  }

  private List<ImportedRow> decide(String... rows) {
    return batch().decide(rows(rows));
  }

  private static List<ImportRow> rows(String... rows) {
    String text = HEADER + String.join("\n", rows) + "\n";
    return ImportFile.read(text.getBytes(StandardCharsets.UTF_8)).rows();
  }

  private ImportBatch batch() {
    return new ImportBatch(
        new ImportBatch.Area(1L, 10L),
        new ImportRowCheck(new NoViolations()),
        geocoder,
        List.of(deventer, schiedam),
        region -> {
          RegistrationPolicy policy = new RegistrationPolicy(region);
          policy.change(autoApproval, null, 10, "test", NOW);
          return policy;
        },
        new ImportBatch.TakenContacts() {
          @Override
          public Set<String> phones(Collection<String> e164) {
            return e164.stream().filter(knownPhones::contains).collect(Collectors.toSet());
          }

          @Override
          public Set<String> emails(Collection<String> lowerCase) {
            return lowerCase.stream().filter(knownEmails::contains).collect(Collectors.toSet());
          }
        },
        NOW,
        2026);
  }

  private static <T> T withId(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Fields are valid here; their constraints are tested where a real validator runs. */
  private static final class NoViolations implements Validator {
    @Override
    public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
      return Set.of();
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateProperty(
        T object, String propertyName, Class<?>... groups) {
      return Set.of();
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateValue(
        Class<T> beanType, String propertyName, Object value, Class<?>... groups) {
      return Set.of();
    }

    @Override
    public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ExecutableValidator forExecutables() {
      throw new UnsupportedOperationException();
    }
  }
}
