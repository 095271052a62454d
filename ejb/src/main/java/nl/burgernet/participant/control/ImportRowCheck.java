package nl.burgernet.participant.control;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.participant.boundary.ParticipantDetails;
import nl.burgernet.participant.entity.ContactDetails;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.PhoneNumber;
import nl.burgernet.platform.boundary.InvalidInputException;

/**
 * The rules every registration meets, applied to a row of an import file: the Bean Validation
 * constraints of {@link ParticipantDetails} (phone, e-mail, postcode, sizes, characters) and the
 * {@link DetailRules} between fields (a way to reach someone, fitting channels, age). The first
 * rule a row breaks, in the order of the columns, is its reason.
 *
 * <p>A row whose only fault is that something is left out (name, postcode, house number, year of
 * birth, any way to reach the person) is incomplete rather than wrong: a relation manager can
 * complete it by calling, as for a paper card.
 *
 * <p>The phone numbers and the e-mail address are parsed here once, with the rules their
 * constraints ({@code @ValidPhoneNumber}, {@code @ValidEmailAddress}) apply, because the parsed
 * values are the ones kept: letting the validator parse them too would cost a second libphonenumber
 * parse of each number and a second match of each address, a large part of the time of a bulk
 * import.
 */
public final class ImportRowCheck {

  private static final Map<String, ImportColumn> COLUMNS =
      Map.ofEntries(
          Map.entry("name", ImportColumn.NAAM),
          Map.entry("mobile", ImportColumn.MOBIEL),
          Map.entry("landline", ImportColumn.VAST),
          Map.entry("email", ImportColumn.EMAIL),
          Map.entry("home.postcode", ImportColumn.POSTCODE),
          Map.entry("home.houseNumber", ImportColumn.HUISNUMMER),
          Map.entry("home.addition", ImportColumn.TOEVOEGING),
          Map.entry("home.street", ImportColumn.STRAAT),
          Map.entry("home.place", ImportColumn.PLAATS),
          Map.entry("channels", ImportColumn.KANALEN),
          Map.entry("yearOfBirth", ImportColumn.GEBOORTEJAAR));

  /** The reasons that say a value is left out, not wrong. */
  private static final Set<String> LEFT_OUT =
      Set.of(
          "participant.name.required",
          "participant.postcode.required",
          "participant.houseNumber.required",
          "participant.yearOfBirth.required",
          DetailRules.CONTACT_REQUIRED);

  /** The messages of the phone constraints of {@link ParticipantDetails}. */
  private static final String MOBILE_INVALID = "participant.mobile.invalid";

  private static final String LANDLINE_INVALID = "participant.landline.invalid";

  /** The message of the e-mail constraints of {@link ParticipantDetails}. */
  private static final String EMAIL_INVALID = "participant.email.invalid";

  private static final Comparator<ImportRefusal> IN_COLUMN_ORDER =
      Comparator.comparing(ImportRowCheck::columnOrder);

  /**
   * Every property of the details may be validated: they are plain values, never entities that JPA
   * might not have loaded, so the resolver Bean Validation uses when JPA is present (which asks JPA
   * about each property of each row) would cost time and tell nothing.
   */
  private static final TraversableResolver EVERY_PROPERTY =
      new TraversableResolver() {
        @Override
        public boolean isReachable(
            Object bean,
            Path.Node property,
            Class<?> rootBeanType,
            Path propertyPath,
            ElementType elementType) {
          return true;
        }

        @Override
        public boolean isCascadable(
            Object bean,
            Path.Node property,
            Class<?> rootBeanType,
            Path propertyPath,
            ElementType elementType) {
          return true;
        }
      };

  private final Validator validator;

  /** A check with a validator it keeps; the validator is safe to share between threads. */
  public ImportRowCheck(Validator validator) {
    this.validator = validator;
  }

  /** A check with one validator from the factory for a whole import. */
  public static ImportRowCheck using(ValidatorFactory validators) {
    return new ImportRowCheck(
        validators.usingContext().traversableResolver(EVERY_PROPERTY).getValidator());
  }

  /** What the rules say of one row: its contact details, why it is refused, or what it lacks. */
  public record Verdict(
      ContactDetails contact, ImportRefusal refusal, List<ImportRefusal> leftOut) {

    static Verdict valid(ContactDetails contact) {
      return new Verdict(contact, null, List.of());
    }

    static Verdict refused(ImportRefusal refusal) {
      return new Verdict(null, refusal, List.of());
    }

    static Verdict incomplete(List<ImportRefusal> leftOut) {
      return new Verdict(null, null, List.copyOf(leftOut));
    }

    public boolean isValid() {
      return contact != null;
    }

    public boolean isIncomplete() {
      return !leftOut.isEmpty();
    }
  }

  public Verdict check(ParticipantDetails details, int currentYear) {
    List<ImportRefusal> broken = new ArrayList<>(2);
    PhoneNumber mobile =
        phone(details.mobile(), PhoneKind.MOBILE, ImportColumn.MOBIEL, MOBILE_INVALID, broken);
    PhoneNumber landline =
        phone(details.landline(), PhoneKind.LANDLINE, ImportColumn.VAST, LANDLINE_INVALID, broken);
    EmailAddress email = email(details.email(), broken);
    for (ConstraintViolation<ParticipantDetails> violation :
        validator.validate(withoutContactValues(details))) {
      broken.add(refusal(violation));
    }
    Optional<ImportRefusal> wrong =
        broken.stream().filter(refusal -> !isLeftOut(refusal)).min(IN_COLUMN_ORDER);
    if (wrong.isPresent()) {
      return Verdict.refused(wrong.get());
    }
    List<ImportRefusal> leftOut = new ArrayList<>(broken);
    leftOut.sort(IN_COLUMN_ORDER);
    if (!details.hasContact()) {
      leftOut.add(ImportRefusal.of(null, DetailRules.CONTACT_REQUIRED));
    }
    try {
      if (leftOut.isEmpty()) {
        DetailRules.check(details, currentYear);
      } else if (details.yearOfBirth() != null) {
        // a call does not make someone older: too young is refused, complete or not
        DetailRules.checkAge(details.yearOfBirth(), currentYear);
      }
    } catch (InvalidInputException e) {
      String argument = e.getArguments().isEmpty() ? null : String.valueOf(e.getArguments().get(0));
      return Verdict.refused(new ImportRefusal(null, e.getMessageKey(), argument));
    }
    if (!leftOut.isEmpty()) {
      return Verdict.incomplete(leftOut);
    }
    return Verdict.valid(new ContactDetails(details.name(), mobile, landline, email));
  }

  /** The number in E.164, or null when left blank; a number that is no number is broken. */
  private static PhoneNumber phone(
      String input,
      PhoneKind kind,
      ImportColumn column,
      String invalidKey,
      List<ImportRefusal> broken) {
    if (isBlank(input)) {
      return null;
    }
    Optional<PhoneNumber> parsed = PhoneNumbers.parse(input, kind);
    if (parsed.isEmpty()) {
      broken.add(ImportRefusal.of(column, invalidKey));
    }
    return parsed.orElse(null);
  }

  /** The address, or null when left blank; one that is no address is broken. */
  private static EmailAddress email(String input, List<ImportRefusal> broken) {
    if (isBlank(input)) {
      return null;
    }
    try {
      return EmailAddress.of(input);
    } catch (IllegalArgumentException e) {
      broken.add(ImportRefusal.of(ImportColumn.EMAIL, EMAIL_INVALID));
      return null;
    }
  }

  private static ParticipantDetails withoutContactValues(ParticipantDetails details) {
    return new ParticipantDetails(
        details.name(),
        null,
        null,
        null,
        details.home(),
        details.work(),
        details.channels(),
        details.quietFrom(),
        details.quietUntil(),
        details.yearOfBirth());
  }

  private static ImportRefusal refusal(ConstraintViolation<ParticipantDetails> violation) {
    String template = violation.getMessageTemplate();
    String key =
        template.startsWith("{") && template.endsWith("}")
            ? template.substring(1, template.length() - 1)
            : template;
    return ImportRefusal.of(COLUMNS.get(violation.getPropertyPath().toString()), key);
  }

  private static boolean isLeftOut(ImportRefusal refusal) {
    return LEFT_OUT.contains(refusal.reasonKey());
  }

  private static int columnOrder(ImportRefusal refusal) {
    return refusal.column() == null ? Integer.MAX_VALUE : refusal.column().ordinal();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
