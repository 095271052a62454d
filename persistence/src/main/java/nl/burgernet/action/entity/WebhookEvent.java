package nl.burgernet.action.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What happened to an action that a partner's webhook endpoint may want to hear about. */
public enum WebhookEvent {
  STARTED,
  WIDENED,
  CLOSED;

  /**
   * The event of an action's newest CAP message: the first round started it, a closed action's last
   * message is its closure, every other message a widening.
   *
   * @param messages how many CAP messages the action has, the newest included
   */
  public static WebhookEvent ofNewest(Action action, int messages) {
    if (!action.isOpen()) {
      return CLOSED;
    }
    return messages <= 1 ? STARTED : WIDENED;
  }

  /** E.g. "CLOSED,STARTED", as the column keeps them. */
  static String join(Set<WebhookEvent> events) {
    return events.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  static Set<WebhookEvent> split(String column) {
    Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(","))
          .map(String::strip)
          .map(WebhookEvent::valueOf)
          .forEach(events::add);
    }
    return events;
  }
}
