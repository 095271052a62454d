package nl.burgernet.participant.boundary;

/** Which characters free text of participants may hold. */
final class Texts {

  /**
   * Letters (with accents), digits, blanks and the punctuation of Dutch names and streets; no angle
   * brackets, quotes or other markup, so nothing a citizen types can become script elsewhere.
   */
  static final String PLAIN = "[\\p{L}\\p{M}0-9 .,'’()/&-]*";

  /** Free text of a citizen (a remark): as {@link #PLAIN}, with sentence punctuation and lines. */
  static final String REMARK = "[\\p{L}\\p{M}0-9 .,'’()/&!?:;\\r\\n-]*";

  private Texts() {}
}
