package nl.burgernet.action.entity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One OASIS CAP 1.2 alert message about an action: its start (Alert), a widening (Update) or its
 * closure (Update with the all-clear, or Cancel when the action was called off). Built from the
 * action's stored rounds and outcome, so the same message always has the same identifier and
 * content, however often it is asked for. Its status is the action's: Actual, Exercise or Test.
 *
 * @param sequence the message's place in the action's messages, from 1
 * @param references the earlier messages this one follows up, each {@code sender,identifier,sent}
 * @param area where the message applies
 */
public record CapMessage(
    long actionId,
    int sequence,
    String identifier,
    String sender,
    ActionStatus status,
    Instant sent,
    MessageType msgType,
    List<String> references,
    CapEventProfile profile,
    String event,
    String headline,
    String description,
    String instruction,
    String contact,
    CapArea area) {

  /** CAP {@code msgType}: how a message relates to the earlier ones. */
  public enum MessageType {
    Alert,
    Update,
    Cancel
  }

  public CapMessage {
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(sent, "sent");
    references = List.copyOf(references);
  }

  /** How a later message names this one in its {@code references}. */
  public String reference() {
    return sender + "," + identifier + "," + CapTime.format(sent);
  }
}
