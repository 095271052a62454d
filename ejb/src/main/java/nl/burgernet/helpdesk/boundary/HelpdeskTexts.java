package nl.burgernet.helpdesk.boundary;

/** Which characters the helpdesk's free text may hold. */
final class HelpdeskTexts {

  /**
   * Letters, digits, blanks, lines and the punctuation of ordinary Dutch sentences, also e-mail
   * addresses and links quoted from a mail; no angle brackets, so nothing typed becomes markup.
   */
  static final String TEXT = "[\\p{L}\\p{M}0-9 .,'’\"()/&!?:;@+=%€#*_\\r\\n-]*";

  private HelpdeskTexts() {}
}
