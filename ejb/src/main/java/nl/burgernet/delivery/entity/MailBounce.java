package nl.burgernet.delivery.entity;

/**
 * A mail that came back: the address it was sent to, whether the address is bad for good (a
 * permanent 5.x.x failure) and what the receiving server said. The bounce intake fires it as a CDI
 * event; the participant component marks the address and puts the participant on a work list.
 */
public record MailBounce(String address, boolean permanent, String diagnostic) {}
