package nl.burgernet.participant.control;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.burgernet.participant.boundary.AddressDetails;
import nl.burgernet.participant.boundary.ParticipantDetails;
import nl.burgernet.participant.control.ImportRowReading.Reading;
import nl.burgernet.participant.entity.ContactDetails;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.ImportOutcome;
import nl.burgernet.participant.entity.Participant;
import nl.burgernet.participant.entity.ParticipantStatus;
import nl.burgernet.participant.entity.PhoneNumber;
import nl.burgernet.participant.entity.QueueReason;
import nl.burgernet.participant.entity.RegistrationCard;
import nl.burgernet.participant.entity.RegistrationPolicy;
import nl.burgernet.reference.entity.Municipality;

/**
 * Decides the rows of an import, a batch at a time, with the rules of every registration: each row
 * is read, checked ({@link ImportRowCheck}), located, kept to the importer's area and routed by
 * {@link RegistrationRouting}. Consent is on the card or came with the migrated participant, so a
 * registration that would wait for the citizen's confirmation is active at once, or waits for the
 * relation manager where the region approves by hand. A row that only lacks something a call can
 * complete goes to the importer's call-back list, as an incomplete paper card. Duplicates are
 * looked up once per batch; a phone number or e-mail address that an earlier row of the same file
 * brought in counts as taken too.
 *
 * <p>Reading, checking and locating a row depend on that row alone, so they run on the helper
 * threads as well ({@link SharedWork}); the routing, which remembers what earlier rows brought in,
 * runs on the calling thread in row order. One instance serves one run of one import.
 */
public final class ImportBatch {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /** The card address column's size (registration_card.address). */
  private static final int CARD_ADDRESS_LENGTH = 250;

  /** What the call-back list names when a row gives no phone number and no e-mail address. */
  private static final String NO_CONTACT = "mobiel, vast of email";

  /** Looks up, once for a whole batch, which contact details other participants already have. */
  public interface TakenContacts {
    /**
     * Of these phone numbers (E.164) and e-mail addresses (lower case), those another participant
     * has.
     */
    Set<String> taken(Collection<String> phones, Collection<String> emails);
  }

  /** Whose area the import is for: municipality and region ids, null for "any". */
  public record Area(Long regionId, Long municipalityId) {}

  /** Which import this is, who gave it and when: what the call-back list says of a card. */
  public record Origin(long importId, String importedBy, Instant at) {}

  /** Threads that may help deciding rows, and how many threads to use at most. */
  public record Helpers(Executor executor, int threads) {

    /** No help: every row on the calling thread. */
    public static Helpers none() {
      return new Helpers(Runnable::run, 1);
    }
  }

  private final Area area;
  private final ImportRowCheck check;
  private final Geocoder geocoder;
  private final Map<String, Municipality> municipalitiesByCode;
  private final Map<Long, Municipality> municipalitiesById;
  private final Function<Long, RegistrationPolicy> policies;
  private final TakenContacts taken;
  private final Origin origin;
  private final Helpers helpers;
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
      Origin origin,
      Helpers helpers) {
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
    this.origin = origin;
    this.helpers = helpers;
    this.now = origin.at();
    this.currentYear = origin.at().atZone(AMSTERDAM).getYear();
  }

  /** Decides the rows, in their order. */
  public List<ImportedRow> decide(List<ImportRow> rows) {
    List<ImportedRow> examined =
        SharedWork.map(rows, this::examined, helpers.executor(), helpers.threads());
    List<Participant> candidates =
        examined.stream()
            .filter(row -> row.outcome() == null)
            .map(ImportedRow::participant)
            .toList();
    Set<String> contactsTaken = taken.taken(phones(candidates), emails(candidates));
    List<ImportedRow> routed = new ArrayList<>(examined.size());
    for (ImportedRow row : examined) {
      routed.add(
          row.outcome() == null ? routed(row.number(), row.participant(), contactsTaken) : row);
    }
    return routed;
  }

  /**
   * A row read, checked, located and kept to the area: refused, on the call-back list, or a
   * participant still to be routed (no outcome yet). Touches nothing shared.
   */
  private ImportedRow examined(ImportRow row) {
    Reading reading = ImportRowReading.read(row, now);
    if (reading.isRefused()) {
      return ImportedRow.refused(row.number(), reading.refusal());
    }
    ImportRowCheck.Verdict verdict = check.check(reading.details(), currentYear);
    if (verdict.isIncomplete()) {
      return calledBack(row.number(), reading.details(), verdict.leftOut());
    }
    if (!verdict.isValid()) {
      return ImportedRow.refused(row.number(), verdict.refusal());
    }
    Participant participant = placed(reading, verdict.contact());
    Optional<ImportRefusal> outside = outsideArea(participant);
    return outside.isPresent()
        ? ImportedRow.refused(row.number(), outside.get())
        : new ImportedRow(row.number(), null, null, participant);
  }

  /**
   * A card for the importer's call-back list with what the row says, as a relation manager would
   * copy it from an incomplete paper card; its "missing" text names the columns left out (the Dutch
   * headers of the file) and where the row came from.
   */
  private ImportedRow calledBack(
      int number, ParticipantDetails details, List<ImportRefusal> leftOut) {
    String lacking =
        leftOut.stream()
            .map(refusal -> refusal.column() == null ? NO_CONTACT : refusal.column().header())
            .collect(Collectors.joining("; "));
    RegistrationCard card =
        new RegistrationCard(
            blankToNull(details.name()),
            blankToNull(details.mobile() != null ? details.mobile() : details.landline()),
            blankToNull(details.email()),
            address(details.home()),
            "ontbreekt: " + lacking + " (import " + origin.importId() + ", rij " + number + ")",
            origin.importedBy(),
            now,
            area.regionId(),
            area.municipalityId());
    ImportColumn column = leftOut.get(0).column();
    return ImportedRow.callBack(
        number, new ImportRefusal(column, "import.reason.callBack", lacking), card);
  }

  private static String address(AddressDetails home) {
    String text =
        Stream.of(
                home.postcode(),
                home.houseNumber() == null ? null : String.valueOf(home.houseNumber()),
                home.addition(),
                home.street(),
                home.place())
            .map(ImportBatch::blankToNull)
            .filter(Objects::nonNull)
            .collect(Collectors.joining(" "));
    if (text.isEmpty()) {
      return null;
    }
    return text.length() > CARD_ADDRESS_LENGTH ? text.substring(0, CARD_ADDRESS_LENGTH) : text;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private Participant placed(Reading reading, ContactDetails contact) {
    ParticipantDetails details = reading.details();
    Participant participant =
        new Participant(
            contact,
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

  private ImportedRow routed(int number, Participant participant, Set<String> contactsTaken) {
    ContactDetails contact = participant.getContact();
    List<String> phones = phoneKeys(contact);
    List<String> emails = emailKeys(contact);
    Integer phoneRow = firstRowWith(phones);
    Integer emailRow = firstRowWith(emails);
    boolean phoneTaken = phones.stream().anyMatch(contactsTaken::contains);
    boolean emailTaken = emails.stream().anyMatch(contactsTaken::contains);
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
    // an earlier row of the file is named even when the database has it too: whether it does
    // depends on whether that row's batch was written yet, and the report must not
    Integer inFile =
        routing.reason() == QueueReason.DUPLICATE_PHONE
            ? phoneRow
            : routing.reason() == QueueReason.DUPLICATE_EMAIL ? emailRow : null;
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
