package nl.burgernet.participant.entity;

import java.util.List;
import java.util.stream.Stream;

/**
 * The mails a participant gets about their registration and own data, each with the placeholders
 * its text may use and those it must use: a link mail without its link is useless, and every mail
 * to someone who still takes part carries the unsubscribe link.
 */
public enum ParticipantMailKind {
  CONFIRM(
      List.of(Placeholders.LINK, Placeholders.VALID_UNTIL),
      List.of(Placeholders.LINK, Placeholders.UNSUBSCRIBE_LINK)),
  REJECTED(List.of(Placeholders.REASON), List.of(Placeholders.UNSUBSCRIBE_LINK)),
  SELF_SERVICE(
      List.of(Placeholders.LINK, Placeholders.VALID_UNTIL),
      List.of(Placeholders.LINK, Placeholders.UNSUBSCRIBE_LINK)),
  UNSUBSCRIBED(List.of(), List.of()),
  ADDRESS_APPROVED(List.of(), List.of(Placeholders.UNSUBSCRIBE_LINK)),
  ADDRESS_REJECTED(List.of(Placeholders.REASON), List.of(Placeholders.UNSUBSCRIBE_LINK));

  /** The names between braces in a mail's text, in Dutch for the regions that edit them. */
  public static final class Placeholders {
    public static final String NAME = "naam";
    public static final String UNSUBSCRIBE_LINK = "afmeldlink";
    public static final String LINK = "link";
    public static final String VALID_UNTIL = "geldigTot";
    public static final String REASON = "reden";

    private Placeholders() {}
  }

  private final List<String> own;
  private final List<String> required;

  ParticipantMailKind(List<String> own, List<String> required) {
    this.own = own;
    this.required = required;
  }

  /** Every placeholder the text may use: the name and unsubscribe link, and the mail's own. */
  public List<String> placeholders() {
    return Stream.concat(Stream.of(Placeholders.NAME, Placeholders.UNSUBSCRIBE_LINK), own.stream())
        .toList();
  }

  /** The placeholders the body must contain. */
  public List<String> requiredPlaceholders() {
    return required;
  }
}
