package nl.burgernet.action.boundary;

import java.time.Instant;
import java.util.List;
import nl.burgernet.action.entity.ActionKind;
import nl.burgernet.action.entity.ActionState;
import nl.burgernet.action.entity.CapMessage.MessageType;
import nl.burgernet.action.entity.Outcome;

/**
 * An action's dossier for the investigation: the action, every step and every in- and outgoing
 * message in order, whether the hash chain still holds, and the CAP messages with their deliveries
 * to partner systems. {@code outcome} and {@code closedAt} are null while the action is open.
 */
public record DossierReport(
    long actionId,
    String scenarioName,
    ActionKind kind,
    String description,
    ActionState state,
    String startedBy,
    Instant startedAt,
    Outcome outcome,
    Instant closedAt,
    List<DossierEntryView> entries,
    DossierVerification verification,
    List<CapLine> capMessages,
    List<WebhookDeliveryView> webhookDeliveries) {

  public DossierReport {
    entries = List.copyOf(entries);
    capMessages = List.copyOf(capMessages);
    webhookDeliveries = List.copyOf(webhookDeliveries);
  }

  /** One CAP message of the action, as partner systems got it. */
  public record CapLine(String identifier, MessageType msgType, Instant sent) {}
}
