package nl.burgernet.participant.control;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.burgernet.participant.entity.PhoneNumber;

/**
 * Turns what people type ("06-12345678", "010 123 4567", "+32 470 12 34 56") into E.164 with
 * libphonenumber, Dutch numbers by default, and checks that the number exists and is of the kind
 * asked for.
 */
public final class PhoneNumbers {

  public static final String DEFAULT_REGION = "NL";

  private static final PhoneNumberUtil LIBRARY = PhoneNumberUtil.getInstance();

  private static final Set<PhoneNumberType> MOBILE_TYPES =
      EnumSet.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

  private static final Set<PhoneNumberType> LANDLINE_TYPES =
      EnumSet.of(
          PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE, PhoneNumberType.VOIP);

  private static final int MAXIMUM_INPUT = 30;

  private PhoneNumbers() {}

  /** The number in E.164, or empty when it is not a valid number of that kind. */
  public static Optional<PhoneNumber> parse(String input, PhoneKind kind) {
    if (input == null || input.isBlank() || input.length() > MAXIMUM_INPUT) {
      return Optional.empty();
    }
    try {
      Phonenumber.PhoneNumber number = LIBRARY.parse(input.strip(), DEFAULT_REGION);
      // a number of none of the kinds is UNKNOWN, which is what an invalid number gets: the type
      // alone says both, where isValidNumber would match the number against the patterns again
      if (!typesOf(kind).contains(LIBRARY.getNumberType(number))) {
        return Optional.empty();
      }
      return Optional.of(PhoneNumber.of(LIBRARY.format(number, PhoneNumberFormat.E164)));
    } catch (NumberParseException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static boolean isValid(String input, PhoneKind kind) {
    return parse(input, kind).isPresent();
  }

  /** For showing a stored number as people read it: "06 12345678", "+32 470 12 34 56". */
  public static String readable(PhoneNumber number) {
    try {
      Phonenumber.PhoneNumber parsed = LIBRARY.parse(number.e164(), DEFAULT_REGION);
      return parsed.getCountryCode() == LIBRARY.getCountryCodeForRegion(DEFAULT_REGION)
          ? LIBRARY.format(parsed, PhoneNumberFormat.NATIONAL)
          : LIBRARY.format(parsed, PhoneNumberFormat.INTERNATIONAL);
    } catch (NumberParseException e) {
      return number.e164();
    }
  }

  private static Set<PhoneNumberType> typesOf(PhoneKind kind) {
    return kind == PhoneKind.MOBILE ? MOBILE_TYPES : LANDLINE_TYPES;
  }
}
