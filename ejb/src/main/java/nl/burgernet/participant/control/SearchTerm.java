package nl.burgernet.participant.control;

import java.util.Optional;
import nl.burgernet.participant.entity.EmailAddress;
import nl.burgernet.participant.entity.PhoneNumber;
import nl.burgernet.participant.entity.Postcode;
import nl.burgernet.platform.boundary.InvalidInputException;

/**
 * What a relation manager or helpdesk employee typed in the one search box, recognised: an e-mail
 * address (has an @), a postcode ("7411AA", "7411 aa"), a phone number in any notation people use
 * ("06-12 34 56 78", "+31 6 1234 5678", "0570 123456"; the same libphonenumber rules as at
 * registration, so it matches the stored E.164), or else the start of a name, of its second or
 * third word or of its last word (a first name, a surname with or without its prefix).
 */
public record SearchTerm(
    Kind kind, EmailAddress email, Postcode postcode, PhoneNumber phone, String name) {

  /** How a term is searched for. */
  public enum Kind {
    EMAIL,
    POSTCODE,
    PHONE,
    NAME
  }

  public static final int MINIMUM_NAME = 2;

  public static final int MAXIMUM_LENGTH = 254;

  public static SearchTerm of(String input) {
    String term = input == null ? "" : input.strip();
    if (term.length() > MAXIMUM_LENGTH) {
      throw new InvalidInputException("participant.search.tooLong");
    }
    if (term.contains("@")) {
      if (!EmailAddress.isValid(term)) {
        throw new InvalidInputException("participant.search.email");
      }
      return new SearchTerm(Kind.EMAIL, EmailAddress.of(term), null, null, null);
    }
    if (Postcode.isValid(term)) {
      return new SearchTerm(Kind.POSTCODE, null, Postcode.of(term), null, null);
    }
    Optional<PhoneNumber> phone =
        PhoneNumbers.parse(term, PhoneKind.MOBILE)
            .or(() -> PhoneNumbers.parse(term, PhoneKind.LANDLINE));
    if (phone.isPresent()) {
      return new SearchTerm(Kind.PHONE, null, null, phone.get(), null);
    }
    if (term.chars().anyMatch(Character::isDigit)) {
      throw new InvalidInputException("participant.search.phone");
    }
    if (term.length() < MINIMUM_NAME) {
      throw new InvalidInputException("participant.search.tooShort", MINIMUM_NAME);
    }
    return new SearchTerm(Kind.NAME, null, null, null, term);
  }

  /**
   * The name as a LIKE pattern for the start of the name or of the words it is searched from, with
   * its wildcards escaped by '!'.
   */
  public String namePrefix() {
    return escaped(name) + "%";
  }

  private static String escaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
