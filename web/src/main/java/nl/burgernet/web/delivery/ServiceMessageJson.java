package nl.burgernet.web.delivery;

import java.util.Set;
import nl.burgernet.delivery.boundary.RecipientSelection;
import nl.burgernet.delivery.boundary.SendOrder;
import nl.burgernet.delivery.entity.SendPriority;

/**
 * A service message as staff systems post it: the content per channel and either participants or
 * municipalities; the key makes a retried post harmless.
 */
public class ServiceMessageJson {

  public String idempotencyKey;
  public String description;
  public String smsText;
  public String mailSubject;
  public String mailBody;
  public Set<Long> participantIds = Set.of();
  public Set<Long> municipalityIds = Set.of();

  SendOrder order() {
    return new SendOrder(
        idempotencyKey, SendPriority.NORMAL, description, smsText, mailSubject, mailBody);
  }

  RecipientSelection selection() {
    return new RecipientSelection(participantIds, municipalityIds);
  }
}
