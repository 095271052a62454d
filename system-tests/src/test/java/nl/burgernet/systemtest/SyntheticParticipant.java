package nl.burgernet.systemtest;

import java.time.Instant;
import java.util.Set;

/**
 * One generated participant: valid by the application's own rules (E.164 numbers, a Dutch postcode
 * the generated centroid file knows, at least 16 years old, at least one channel it can be reached
 * on). Numbers are {@code null} where the participant has none.
 *
 * @param channels of {@code SMS}, {@code EMAIL}, {@code VOICE}
 * @param source one of {@code WEB}, {@code APP}, {@code CARD}, {@code IMPORT}
 */
record SyntheticParticipant(
    int index,
    String reference,
    String unsubscribeToken,
    String name,
    String mobile,
    String landline,
    String email,
    SyntheticPostcode postcode,
    int houseNumber,
    String addition,
    int yearOfBirth,
    Set<String> channels,
    String source,
    Instant consentAt) {

  SyntheticMunicipality municipality() {
    return postcode.municipality();
  }
}
