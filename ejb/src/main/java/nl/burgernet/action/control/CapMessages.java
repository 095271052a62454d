package nl.burgernet.action.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.burgernet.action.boundary.ActionView;
import nl.burgernet.action.boundary.AreaSpecification;
import nl.burgernet.action.boundary.RoundView;
import nl.burgernet.action.entity.CapArea;
import nl.burgernet.action.entity.CapEventProfile;
import nl.burgernet.action.entity.CapMessage;
import nl.burgernet.action.entity.CapMessage.MessageType;
import nl.burgernet.action.entity.Outcome;

/**
 * The CAP messages of an action, in order: the first round is the Alert, every widening an Update
 * that references all messages before it, and the closure an Update with the all-clear (or a Cancel
 * when the action was called off) that references them all. Identifiers are made from the action id
 * and the message's place, so they never change.
 */
public final class CapMessages {

  static final String CBS_CODE = "CBS-gemeentecode";
  static final String POSTCODE = "postcode";

  private CapMessages() {}

  /**
   * @param municipalityCodes the CBS codes of municipality ids, for areas drawn by municipality
   */
  public static List<CapMessage> of(
      ActionView action, String sender, Function<Set<Long>, List<String>> municipalityCodes) {
    List<CapMessage> messages = new ArrayList<>();
    CapEventProfile profile = CapEventProfile.of(action.kind());
    for (RoundView round : action.rounds()) {
      boolean first = messages.isEmpty();
      messages.add(
          new CapMessage(
              action.id(),
              messages.size() + 1,
              "burgernet-actie-" + action.id() + "-ronde-" + round.number(),
              sender,
              action.status(),
              round.sentAt(),
              first ? MessageType.Alert : MessageType.Update,
              references(messages),
              profile,
              action.scenarioName(),
              action
                  .status()
                  .mark(
                      (first ? "Burgernetactie: " : "Burgernetactie uitgebreid: ")
                          + action.scenarioName()),
              action.description(),
              instruction(action),
              action.callbackNumber(),
              area(round.area(), municipalityCodes)));
    }
    if (action.closedAt() != null && !messages.isEmpty()) {
      CapMessage last = messages.get(messages.size() - 1);
      boolean calledOff = action.outcome() == Outcome.CANCELLED;
      messages.add(
          new CapMessage(
              action.id(),
              messages.size() + 1,
              "burgernet-actie-" + action.id() + "-afloop",
              sender,
              action.status(),
              action.closedAt(),
              calledOff ? MessageType.Cancel : MessageType.Update,
              references(messages),
              profile.allClear(),
              action.scenarioName(),
              action.status().mark("Afloop Burgernetactie: " + action.scenarioName()),
              action.outcomeMessage(),
              "U hoeft niet meer uit te kijken. Bedankt voor uw hulp.",
              action.callbackNumber(),
              last.area()));
    }
    return messages;
  }

  private static List<String> references(List<CapMessage> earlier) {
    return earlier.stream().map(CapMessage::reference).toList();
  }

  private static String instruction(ActionView action) {
    return "Heeft u informatie over deze Burgernetactie, belt u dan met "
        + action.callbackNumber()
        + " en blijf aan de lijn. Grijp niet zelf in.";
  }

  private static CapArea area(
      AreaSpecification area, Function<Set<Long>, List<String>> municipalityCodes) {
    return switch (area.kind()) {
      case CIRCLE -> CapArea.circle(area.centre(), area.radiusMetres());
      case POLYGON -> CapArea.polygon(area.polygon());
      case MUNICIPALITIES ->
          CapArea.named(
              "Gemeenten",
              CBS_CODE,
              municipalityCodes.apply(area.municipalityIds()).stream().sorted().toList());
      case POSTCODES ->
          CapArea.named("Postcodegebieden", POSTCODE, area.postcodes().stream().sorted().toList());
    };
  }
}
