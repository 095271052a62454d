package nl.burgernet.participant.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.burgernet.participant.boundary.AddressDetails;
import nl.burgernet.participant.boundary.ParticipantDetails;
import nl.burgernet.participant.entity.Channel;
import nl.burgernet.participant.entity.RegistrationSource;

/**
 * Turns a row of an import file into the same {@link ParticipantDetails} the registration page and
 * the card form produce, or says why it cannot: a number that is no number, an unknown channel or
 * source, a consent date that is no date or lies in the future. The rules of the details themselves
 * are checked afterwards, as for every registration.
 */
public final class ImportRowReading {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  // compiled once: a bulk import reads these for every row
  private static final Pattern WORDS = Pattern.compile("[\\s,]+");
  private static final Pattern OFFSET = Pattern.compile(".*([+-]\\d\\d:?\\d\\d|Z)$");

  /** Longer than any field may be; such a value is refused before anything is parsed. */
  private static final int LONGEST_FIELD = 1000;

  private ImportRowReading() {}

  /** What a row says, ready for the rules; exactly one of details and refusal is set. */
  public record Reading(
      int number,
      ParticipantDetails details,
      RegistrationSource source,
      Instant consentAt,
      ImportRefusal refusal) {

    public boolean isRefused() {
      return refusal != null;
    }
  }

  public static Reading read(ImportRow row, Instant importedAt) {
    try {
      return new Reading(
          row.number(),
          details(row),
          source(row.value(ImportColumn.BRON)),
          consentAt(row.value(ImportColumn.AANGEMELD_OP), importedAt),
          null);
    } catch (Refused refused) {
      return new Reading(row.number(), null, null, null, refused.refusal);
    }
  }

  private static ParticipantDetails details(ImportRow row) {
    if (!row.hasAllColumns()) {
      throw new Refused(
          new ImportRefusal(
              null, "import.reason.columns", row.fieldCount() + "/" + row.columnCount()));
    }
    for (ImportColumn column : ImportColumn.values()) {
      String value = row.value(column);
      if (value != null && value.length() > LONGEST_FIELD) {
        throw new Refused(ImportRefusal.of(column, "import.reason.oversized"));
      }
    }
    String mobile = row.value(ImportColumn.MOBIEL);
    String landline = row.value(ImportColumn.VAST);
    String email = row.value(ImportColumn.EMAIL);
    return new ParticipantDetails(
        row.value(ImportColumn.NAAM),
        email,
        mobile,
        landline,
        new AddressDetails(
            row.value(ImportColumn.POSTCODE),
            number(row, ImportColumn.HUISNUMMER, "participant.houseNumber.invalid"),
            row.value(ImportColumn.TOEVOEGING),
            row.value(ImportColumn.STRAAT),
            row.value(ImportColumn.PLAATS)),
        null,
        channels(row.value(ImportColumn.KANALEN), mobile != null, email != null),
        null,
        null,
        number(row, ImportColumn.GEBOORTEJAAR, "participant.yearOfBirth.invalid"));
  }

  private static Integer number(ImportRow row, ImportColumn column, String invalidKey) {
    String value = row.value(column);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new Refused(ImportRefusal.of(column, invalidKey));
    }
  }

  /**
   * The channels asked for; without any, those the contact details serve: SMS for a mobile number,
   * e-mail for an e-mail address, else a voice call to the landline.
   */
  static Set<Channel> channels(String words, boolean hasMobile, boolean hasEmail) {
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    if (words == null) {
      if (hasMobile) {
        channels.add(Channel.SMS);
      }
      if (hasEmail) {
        channels.add(Channel.EMAIL);
      }
      if (channels.isEmpty()) {
        channels.add(Channel.VOICE);
      }
      return channels;
    }
    for (String word : WORDS.split(words.strip().toLowerCase(Locale.ROOT))) {
      channels.add(
          switch (word) {
            case "sms" -> Channel.SMS;
            case "email", "e-mail" -> Channel.EMAIL;
            case "app" -> Channel.APP;
            case "spraak" -> Channel.VOICE;
            default ->
                throw new Refused(
                    new ImportRefusal(ImportColumn.KANALEN, "import.reason.channel", word));
          });
    }
    return channels;
  }

  private static RegistrationSource source(String value) {
    if (value == null) {
      return RegistrationSource.IMPORT;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "kaart" -> RegistrationSource.CARD;
      case "import" -> RegistrationSource.IMPORT;
      default -> throw new Refused(ImportRefusal.of(ImportColumn.BRON, "import.reason.source"));
    };
  }

  /** A date (consent given that day, Dutch time) or an ISO date-time; never after the import. */
  private static Instant consentAt(String value, Instant importedAt) {
    if (value == null) {
      return importedAt;
    }
    Instant consent;
    try {
      String text = value.strip();
      if (text.length() == 10) {
        consent = LocalDate.parse(text).atStartOfDay(AMSTERDAM).toInstant();
      } else if (OFFSET.matcher(text).matches()) {
        consent = OffsetDateTime.parse(text).toInstant();
      } else {
        consent = LocalDateTime.parse(text).atZone(AMSTERDAM).toInstant();
      }
    } catch (DateTimeParseException e) {
      throw new Refused(ImportRefusal.of(ImportColumn.AANGEMELD_OP, "import.reason.consentDate"));
    }
    if (consent.isAfter(importedAt)) {
      throw new Refused(ImportRefusal.of(ImportColumn.AANGEMELD_OP, "import.reason.consentFuture"));
    }
    return consent;
  }

  /** A row found wanting while it is read; caught in {@link #read}. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ImportRefusal refusal;

    Refused(ImportRefusal refusal) {
      super(null, null, false, false);
      this.refusal = refusal;
    }
  }
}
