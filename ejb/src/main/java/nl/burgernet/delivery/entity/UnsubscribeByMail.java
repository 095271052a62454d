package nl.burgernet.delivery.entity;

/**
 * A participant asked to unsubscribe by the mailto of a mail's {@code List-Unsubscribe} header. The
 * bounce intake fires it as a CDI event; the participant component unsubscribes the participant
 * whose unsubscribe token it carries.
 *
 * @param deliveryId the delivery the link names, or null when it names none
 */
public record UnsubscribeByMail(String unsubscribeToken, Long deliveryId) {}
