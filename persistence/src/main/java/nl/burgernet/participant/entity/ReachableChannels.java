package nl.burgernet.participant.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The channels a send would reach the participant over by their own details, kept on the
 * participant's row ({@code reach_channels}) so that the reach of an area is counted from one index
 * range without reading the channels and contact details of every participant in it: SMS when
 * chosen with a mobile number, e-mail when chosen with an address that has not bounced for good,
 * voice when chosen with a landline or mobile number, the app when chosen (whether a device took
 * push notifications is asked when counting). The same rule as the fan-out of a send request, which
 * reads the channels and details themselves. One bit per channel; the numbers are in the migration
 * that filled the column (V32) and must not change.
 */
public record ReachableChannels(int bits) {

  private static final ReachableChannels[] ALL = new ReachableChannels[16];

  static {
    for (int bits = 0; bits < ALL.length; bits++) {
      ALL[bits] = new ReachableChannels(bits);
    }
  }

  public ReachableChannels {
    if (bits < 0 || bits >= 16) {
      throw new IllegalArgumentException("not a set of reachable channels: " + bits);
    }
  }

  /** The shared instance of these bits (there are only sixteen). */
  public static ReachableChannels of(int bits) {
    return bits >= 0 && bits < ALL.length ? ALL[bits] : new ReachableChannels(bits);
  }

  /** The chosen channels the contact details can serve now. */
  public static ReachableChannels of(
      Set<Channel> chosen, ContactDetails contact, boolean emailBounced) {
    int bits = 0;
    for (Channel channel : chosen) {
      boolean usable =
          switch (channel) {
            case SMS -> contact.mobile() != null;
            case EMAIL -> contact.email() != null && !emailBounced;
            case VOICE -> contact.hasPhone();
            case APP -> true;
          };
      if (usable) {
        bits |= bit(channel);
      }
    }
    return of(bits);
  }

  public boolean includes(Channel channel) {
    return (bits & bit(channel)) != 0;
  }

  public Set<Channel> channels() {
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    for (Channel channel : Channel.values()) {
      if (includes(channel)) {
        channels.add(channel);
      }
    }
    return channels;
  }

  private static int bit(Channel channel) {
    return switch (channel) {
      case APP -> 1;
      case SMS -> 2;
      case VOICE -> 4;
      case EMAIL -> 8;
    };
  }
}
