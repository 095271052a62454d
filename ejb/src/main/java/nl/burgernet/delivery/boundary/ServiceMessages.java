package nl.burgernet.delivery.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.burgernet.delivery.entity.SendPriority;
import nl.burgernet.delivery.entity.SendRequest;
import nl.burgernet.platform.boundary.InvalidInputException;
import nl.burgernet.security.control.ScopeFiltered;
import nl.burgernet.security.entity.StaffRole;

/**
 * Service messages from the functional administrator to participants (planned maintenance, a
 * changed number to call back): the one way to send outside an action or a Burgernetmail, so it is
 * kept to that role and to normal priority, where it can never delay an alert.
 */
@Stateless
@ScopeFiltered
@RolesAllowed(StaffRole.Names.FUNCTIONAL_ADMINISTRATOR)
public class ServiceMessages {

  @Inject private Deliveries deliveries;

  public SendRequest send(@NotNull @Valid SendOrder order, @NotNull @Valid RecipientSelection to) {
    if (order.priority() != SendPriority.NORMAL) {
      throw new InvalidInputException("delivery.serviceMessage.notUrgent");
    }
    return deliveries.submit(order, to);
  }
}
