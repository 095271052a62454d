package nl.burgernet.participant.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.burgernet.participant.boundary.ParticipantDetails;
import nl.burgernet.participant.control.ImportRowReading.Reading;
import nl.burgernet.participant.entity.ContactDetails;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.ImportOutcome;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.participant.entity.PhoneNumber;
import nl.burgernet.participant.entity.QueueReason;
import nl.burgernet.participant.entity.RegistrationPolicy;
import nl.burgernet.reference.entity.Municipality;

/**
 * Decides the rows of an import, a batch at a time, with the rules of every registration: each row
 * is read, checked ({@link ImportRowCheck}), located, kept to the importer's area and routed by
 * {@link RegistrationRouting}. Consent is on the card or came with the migrated participant, so a
 * registration that would wait for the citizen's confirmation is active at once, or waits for the
 * relation manager where the region approves by hand. Duplicates are looked up once per batch; a
 * phone number or e-mail address that an earlier row of the same file brought in counts as taken
 * too. One instance serves one run of one import, in row order.
 */
public final class ImportBatch {

  /** Looks up, once for a whole batch, which contact details other participants already have. */
  public interface TakenContacts {
    Set<String> phones(Collection<String> e164);

    Set<String> emails(Collection<String> lowerCase);
  }

  /** Whose area the import is for: municipality and region ids, null for "any". */
  public record Area(Long regionId, Long municipalityId) {}

  private final Area area;
  private final ImportRowCheck check;
  private final Geocoder geocoder;
  private final Map<String, Municipality> municipalitiesByCode;
  private final Map<Long, Municipality> municipalitiesById;
  private final Function<Long, RegistrationPolicy> policies;
  private final TakenContacts taken;
  private final Instant now;
  private final int currentYear;

  /** Contact detail (E.164 or lower-case e-mail) to the row of this file that brought it in. */
  private final Map<String, Integer> broughtIn = new HashMap<>();

  public ImportBatch(
      Area area,
      ImportRowCheck check,
      Geocoder geocoder,
      Collection<Municipality> municipalities,
      Function<Long, RegistrationPolicy> policies,
      TakenContacts taken,
      Instant now,
      int currentYear) {
    this.area = area;
    this.check = check;
    this.geocoder = geocoder;
    this.municipalitiesByCode = new HashMap<>();
    this.municipalitiesById = new HashMap<>();
    for (Municipality municipality : municipalities) {
      municipalitiesByCode.put(municipality.getCbsCode(), municipality);
      municipalitiesById.put(municipality.getId(), municipality);
    }
    Map<Long, RegistrationPolicy> known = new HashMap<>();
    this.policies = region -> known.computeIfAbsent(region, policies);
    this.taken = taken;
    this.now = now;
    this.currentYear = currentYear;
  }

  /** Decides the rows, in their order. */
  public List<ImportedRow> decide(List<ImportRow> rows) {
    List<ImportedRow> decided = new ArrayList<>(rows.size());
    List<Participant> candidates = new ArrayList<>(rows.size());
    for (ImportRow row : rows) {
      ImportedRow refused = null;
      Reading reading = ImportRowReading.read(row, now);
      if (reading.isRefused()) {
        refused = ImportedRow.refused(row.number(), reading.refusal());
      } else {
        Optional<ImportRefusal> broken = check.check(reading.details(), currentYear);
        if (broken.isPresent()) {
          refused = ImportedRow.refused(row.number(), broken.get());
        } else {
          Participant participant = placed(reading);
          Optional<ImportRefusal> outside = outsideArea(participant);
          if (outside.isPresent()) {
            refused = ImportedRow.refused(row.number(), outside.get());
          } else {
            candidates.add(participant);
            decided.add(new ImportedRow(row.number(), null, null, participant));
          }
        }
      }
      if (refused != null) {
        decided.add(refused);
      }
    }
    Set<String> phonesTaken = taken.phones(phones(candidates));
    Set<String> emailsTaken = taken.emails(emails(candidates));
    List<ImportedRow> routed = new ArrayList<>(decided.size());
    for (ImportedRow row : decided) {
      routed.add(
          row.participant() == null
              ? row
              : routed(row.number(), row.participant(), phonesTaken, emailsTaken));
    }
    return routed;
  }

  private Participant placed(Reading reading) {
    ParticipantDetails details = reading.details();
    Participant participant =
        new Participant(
            details.contact(),
            details.home().toAddress(),
            details.channelSet(),
            details.yearOfBirth(),
            currentYear,
            reading.source(),
            reading.consentAt(),
            now);
    AddressLocator.locate(
        participant.getHome(),
        geocoder,
        code -> Optional.ofNullable(municipalitiesByCode.get(code)));
    participant.assignTo(responsibleFor(participant));
    return participant;
  }

  /**
   * The municipality of the located address; else the importer's own municipality, whose relation
   * manager then finds the row in the verification queue; else none (national staff only), as for a
   * registration whose address was not found.
   */
  private Municipality responsibleFor(Participant participant) {
    if (participant.getHome().isLocated()) {
      return participant.getHome().getMunicipality();
    }
    return area.municipalityId() == null ? null : municipalitiesById.get(area.municipalityId());
  }

  private Optional<ImportRefusal> outsideArea(Participant participant) {
    if (!participant.getHome().isLocated()) {
      return Optional.empty();
    }
    Municipality municipality = participant.getHome().getMunicipality();
    boolean inside =
        (area.municipalityId() == null || area.municipalityId().equals(municipality.getId()))
            && (area.regionId() == null
                || area.regionId().equals(municipality.getRegion().getId()));
    return inside
        ? Optional.empty()
        : Optional.of(
            new ImportRefusal(
                ImportColumn.POSTCODE, "import.reason.outsideArea", municipality.getName()));
  }

  private ImportedRow routed(
      int number, Participant participant, Set<String> phonesTaken, Set<String> emailsTaken) {
    ContactDetails contact = participant.getContact();
    List<String> phones = phoneKeys(contact);
    List<String> emails = emailKeys(contact);
    Integer phoneRow = firstRowWith(phones);
    Integer emailRow = firstRowWith(emails);
    boolean phoneTaken = phones.stream().anyMatch(phonesTaken::contains);
    boolean emailTaken = emails.stream().anyMatch(emailsTaken::contains);
    Routing routing =
        RegistrationRouting.route(
            new RegistrationRouting.Facts(
                phoneTaken || phoneRow != null,
                emailTaken || emailRow != null,
                false,
                participant.getHome().isLocated(),
                participant.getHome().isComplete(),
                contact.email() != null,
                contact.mobile() != null));
    phones.forEach(key -> broughtIn.putIfAbsent(key, number));
    emails.forEach(key -> broughtIn.putIfAbsent(key, number));
    if (routing.status() == ParticipantStatus.AWAITING_CONFIRMATION) {
      if (policies.apply(participant.getScopeRegionId()).isAutoApproval()) {
        participant.activateWithoutConfirmation(now);
        return new ImportedRow(number, ImportOutcome.IMPORTED, null, participant);
      }
      participant.holdFor(ParticipantStatus.VERIFICATION, QueueReason.AWAITING_APPROVAL, now);
      return held(number, participant, ImportOutcome.APPROVAL, null);
    }
    participant.holdFor(routing.status(), routing.reason(), now);
    ImportOutcome outcome =
        routing.status() == ParticipantStatus.QUARANTINE
            ? ImportOutcome.QUARANTINE
            : ImportOutcome.VERIFICATION;
    Integer inFile =
        routing.reason() == QueueReason.DUPLICATE_PHONE && !phoneTaken
            ? phoneRow
            : routing.reason() == QueueReason.DUPLICATE_EMAIL && !emailTaken ? emailRow : null;
    return held(number, participant, outcome, inFile);
  }

  private static ImportedRow held(
      int number, Participant participant, ImportOutcome outcome, Integer earlierRow) {
    ImportRefusal reason =
        earlierRow == null
            ? ImportRefusal.of(null, "workList.reason." + participant.getQueueReason())
            : new ImportRefusal(
                null,
                "import.reason.inFile." + participant.getQueueReason(),
                String.valueOf(earlierRow));
    return new ImportedRow(number, outcome, reason, participant);
  }

  private Integer firstRowWith(List<String> keys) {
    return keys.stream().map(broughtIn::get).filter(row -> row != null).findFirst().orElse(null);
  }

  private static List<String> phones(List<Participant> participants) {
    return participants.stream().flatMap(p -> phoneKeys(p.getContact()).stream()).toList();
  }

  private static List<String> emails(List<Participant> participants) {
    return participants.stream().flatMap(p -> emailKeys(p.getContact()).stream()).toList();
  }

  private static List<String> phoneKeys(ContactDetails contact) {
    List<String> keys = new ArrayList<>(2);
    Optional.ofNullable(contact.mobile()).map(PhoneNumber::e164).ifPresent(keys::add);
    Optional.ofNullable(contact.landline()).map(PhoneNumber::e164).ifPresent(keys::add);
    return keys;
  }

  private static List<String> emailKeys(ContactDetails contact) {
    return contact.email() == null ? List.of() : List.of(key(contact.email()));
  }

  /** E-mail addresses compare without case, as the database's collation does. */
  static String key(EmailAddress email) {
    return email.value().toLowerCase(Locale.ROOT);
  }
}
