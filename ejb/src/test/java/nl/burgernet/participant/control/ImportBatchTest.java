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
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.burgernet.participant.entity.CardStatus;
import nl.burgernet.participant.entity.ImportOutcome;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.participant.entity.QueueReason;
import nl.burgernet.participant.entity.RegistrationCard;
import nl.burgernet.participant.entity.RegistrationPolicy;
import nl.burgernet.reference.entity.Municipality;
import nl.burgernet.reference.entity.Region;
import org.junit.jupiter.api.Test;

/**
 * The routing of import rows. Bean Validation of the fields runs in the container (see
 * ParticipantImportIT); here the validator finds nothing, and the phone numbers, the rules between
 * fields, location, area, duplicates and policy decide.
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
  void too_young_is_refused_with_the_rule_it_breaks() {
    ImportedRow row = decideOne("Jan;0612345678;;7411AA;1;Brink;Deventer;2015");

    assertThat(row.outcome()).isEqualTo(ImportOutcome.REFUSED);
    assertThat(row.reason()).isEqualTo(new ImportRefusal(null, "participant.age.minimum", "16"));
  }

  @Test
  void a_row_without_phone_or_email_goes_to_the_call_back_list_of_the_importer() {
    ImportedRow row = decideOne("Piet Bakker;;;7411AA;2;Brink;Deventer;1970");

    assertThat(row.outcome()).isEqualTo(ImportOutcome.CALL_BACK);
    assertThat(row.participant()).isNull();
    assertThat(row.reason())
        .isEqualTo(new ImportRefusal(null, "import.reason.callBack", "mobiel, vast of email"));
    RegistrationCard card = row.card();
    assertThat(card.getStatus()).isEqualTo(CardStatus.CALL_BACK);
    assertThat(card.getName()).isEqualTo("Piet Bakker");
    assertThat(card.getAddress()).isEqualTo("7411AA 2 Brink Deventer");
    assertThat(card.getMissing()).isEqualTo("ontbreekt: mobiel, vast of email (import 7, rij 1)");
    assertThat(card.getEnteredBy()).isEqualTo("relatiebeheer");
    assertThat(card.getScopeMunicipalityId()).isEqualTo(10L);
  }

  @Test
  void a_row_that_is_too_young_as_well_as_incomplete_is_refused() {
    ImportedRow row = decideOne("Piet;;;7411AA;2;Brink;Deventer;2015");

    assertThat(row.outcome()).isEqualTo(ImportOutcome.REFUSED);
    assertThat(row.reason().reasonKey()).isEqualTo("participant.age.minimum");
  }

  @Test
  void rows_are_decided_in_their_order_when_helper_threads_share_the_work() throws Exception {
    ExecutorService helper = Executors.newSingleThreadExecutor();
    try {
      String[] lines = new String[500];
      for (int i = 0; i < lines.length; i++) {
        lines[i] =
            i % 7 == 0
                ? "Zonder;;;7411AA;" + (i + 1) + ";Brink;Deventer;1970"
                : "Met;+3161" + String.format("%07d", i) + ";;7411AA;1;Brink;Deventer;1970";
      }

      List<ImportedRow> rows = batch(new ImportBatch.Helpers(helper, 2)).decide(rows(lines));

      assertThat(rows).extracting(ImportedRow::number).isSorted().hasSize(500);
      for (ImportedRow row : rows) {
        assertThat(row.outcome())
            .isEqualTo(
                (row.number() - 1) % 7 == 0 ? ImportOutcome.CALL_BACK : ImportOutcome.IMPORTED);
      }
    } finally {
      helper.shutdownNow();
    }
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
    return batch(ImportBatch.Helpers.none());
  }

  private ImportBatch batch(ImportBatch.Helpers helpers) {
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
        (phones, emails) ->
            Stream.concat(
                    phones.stream().filter(knownPhones::contains),
                    emails.stream().filter(knownEmails::contains))
                .collect(Collectors.toSet()),
        new ImportBatch.Origin(7L, "relatiebeheer", NOW),
        helpers);
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
