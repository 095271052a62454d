package nl.burgernet.participant.control;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import nl.burgernet.participant.boundary.ParticipantDetails;
import nl.burgernet.platform.boundary.InvalidInputException;

/**
 * The rules every registration meets, applied to a row of an import file: the Bean Validation
 * constraints of {@link ParticipantDetails} (phone, e-mail, postcode, sizes, characters) and the
 * {@link DetailRules} between fields (a way to reach someone, fitting channels, age). The first
 * rule a row breaks, in the order of the columns, is its reason.
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

  private final Validator validator;

  public ImportRowCheck(Validator validator) {
    this.validator = validator;
  }

  public Optional<ImportRefusal> check(ParticipantDetails details, int currentYear) {
    Optional<ImportRefusal> broken =
        validator.validate(details).stream()
            .map(ImportRowCheck::refusal)
            .min(Comparator.comparing(ImportRowCheck::columnOrder));
    if (broken.isPresent()) {
      return broken;
    }
    try {
      DetailRules.check(details, currentYear);
      return Optional.empty();
    } catch (InvalidInputException e) {
      String argument = e.getArguments().isEmpty() ? null : String.valueOf(e.getArguments().get(0));
      return Optional.of(new ImportRefusal(null, e.getMessageKey(), argument));
    }
  }

  private static ImportRefusal refusal(ConstraintViolation<ParticipantDetails> violation) {
    String template = violation.getMessageTemplate();
    String key =
        template.startsWith("{") && template.endsWith("}")
            ? template.substring(1, template.length() - 1)
            : template;
    return ImportRefusal.of(COLUMNS.get(violation.getPropertyPath().toString()), key);
  }

  private static int columnOrder(ImportRefusal refusal) {
    return refusal.column() == null ? Integer.MAX_VALUE : refusal.column().ordinal();
  }
}
