package nl.burgernet.delivery.boundary;

import java.util.List;
import nl.burgernet.delivery.entity.SendRequest;

/** A send request with the progress of each of its channels. */
public record RequestProgress(SendRequest request, List<ChannelProgress> channels) {}
