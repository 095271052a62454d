package nl.burgernet.delivery.control;

import nl.burgernet.delivery.entity.PushMessage;

/** The channel gateway port for the app: pushes one notification to a participant's devices. */
public interface PushGateway {

  /**
   * Pushes to every push subscription of the participant; subscriptions the push service says are
   * gone (404, 410) are removed.
   *
   * @return how many devices took the message (at least one)
   * @throws IllegalArgumentException when the participant has no subscription left: for good
   * @throws IllegalStateException when no push service took it but one may later: retried
   */
  int send(long participantId, PushMessage message);
}
