package nl.burgernet.web.participant;

import java.util.Locale;
import java.util.ResourceBundle;

/** The consent message of the service contract, for the API's field list. */
final class ConsentText {

  static final String REQUIRED =
      ResourceBundle.getBundle("ValidationMessages", Locale.forLanguageTag("nl"))
          .getString("participant.consent.required");

  private ConsentText() {}
}
