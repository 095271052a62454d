package nl.burgernet.delivery.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import nl.burgernet.participant.entity.Channel;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured send rate of each channel (the SMS centre's contract rate, the SMTP relay's rate)
 * for the whole cluster, shared equally by {@code burgernet.delivery.instances} instances, and the
 * ETA that follows from it.
 */
@ApplicationScoped
public class Throttles {

  @Inject
  @ConfigProperty(name = "burgernet.delivery.sms.rate-per-second", defaultValue = "100")
  double smsRate;

  @Inject
  @ConfigProperty(name = "burgernet.delivery.mail.rate-per-second", defaultValue = "200")
  double mailRate;

  @Inject
  @ConfigProperty(name = "burgernet.delivery.instances", defaultValue = "1")
  int instances;

  private ChannelThrottle sms;
  private ChannelThrottle mail;

  @PostConstruct
  void create() {
    if (instances < 1) {
      throw new IllegalStateException("burgernet.delivery.instances must be at least 1");
    }
    sms = new ChannelThrottle(smsRate / instances);
    mail = new ChannelThrottle(mailRate / instances);
  }

  public ChannelThrottle of(Channel channel) {
    return switch (channel) {
      case SMS -> sms;
      case EMAIL -> mail;
      case APP, VOICE -> throw new IllegalArgumentException("no gateway for " + channel + " yet");
    };
  }

  /** How long the channel takes for this many recipients at the cluster's rate. */
  public Duration eta(Channel channel, long recipients) {
    return Eta.of(recipients, channel == Channel.SMS ? smsRate : mailRate);
  }
}
