package nl.burgernet.participant.control;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.burgernet.participant.entity.ParticipantMailKind;

/**
 * The subject and body of a participant mail with named placeholders between braces, such as {@code
 * {naam}}: filled in for sending, and checked before a region's own text is kept.
 */
public record MailText(String subject, String body) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]*)\\}");

  /** The text with every known placeholder replaced by its value. */
  public MailText fill(Map<String, String> values) {
    return new MailText(fill(subject, values), fill(body, values));
  }

  /**
   * What is wrong with this text for that mail: the first placeholder it may not use, or else the
   * first one it lacks; empty when it may be sent.
   */
  public Optional<Problem> problemFor(ParticipantMailKind kind) {
    Set<String> used = new LinkedHashSet<>();
    used.addAll(placeholdersIn(subject));
    used.addAll(placeholdersIn(body));
    Optional<Problem> unknown =
        used.stream()
            .filter(name -> !kind.placeholders().contains(name))
            .findFirst()
            .map(name -> new Problem(Problem.Kind.UNKNOWN, name));
    if (unknown.isPresent()) {
      return unknown;
    }
    Set<String> inBody = placeholdersIn(body);
    return kind.requiredPlaceholders().stream()
        .filter(name -> !inBody.contains(name))
        .findFirst()
        .map(name -> new Problem(Problem.Kind.MISSING, name));
  }

  /** A placeholder the mail does not know, or one it needs and lacks. */
  public record Problem(Kind kind, String placeholder) {
    public enum Kind {
      UNKNOWN,
      MISSING
    }
  }

  private static Set<String> placeholdersIn(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static String fill(String text, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      matcher.appendReplacement(
          filled, Matcher.quoteReplacement(value == null ? matcher.group() : value));
    }
    matcher.appendTail(filled);
    return filled.toString();
  }
}
