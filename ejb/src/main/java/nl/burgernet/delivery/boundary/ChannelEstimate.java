package nl.burgernet.delivery.boundary;

import java.time.Duration;
import nl.burgernet.participant.entity.Channel;

/** Before sending: how many would receive it over the channel, and how long that takes. */
public record ChannelEstimate(Channel channel, long recipients, Duration eta) {}
