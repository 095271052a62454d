package nl.burgernet.delivery.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import nl.burgernet.participant.entity.Channel;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured send rate of each channel (the SMS centre's contract rate, the SMTP relay's rate,
 * the push rate) for the whole cluster, shared equally by {@code burgernet.delivery.instances}
 * instances, and the ETA that follows from it. Voice is limited by its lines: calls start at most
 * one a second per line (the voice gateway holds a line for the length of a call), and its ETA
 * assumes calls of {@code burgernet.voice.call-seconds}.
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
  @ConfigProperty(name = "burgernet.delivery.app.rate-per-second", defaultValue = "200")
  double appRate;

  @Inject
  @ConfigProperty(name = "burgernet.voice.lines", defaultValue = "10")
  int voiceLines;

  @Inject
  @ConfigProperty(name = "burgernet.voice.call-seconds", defaultValue = "30")
  double voiceCallSeconds;

  @Inject
  @ConfigProperty(name = "burgernet.delivery.instances", defaultValue = "1")
  int instances;

  private ChannelThrottle sms;
  private ChannelThrottle mail;
  private ChannelThrottle app;
  private ChannelThrottle voice;

  @PostConstruct
  void create() {
    if (instances < 1) {
      throw new IllegalStateException("burgernet.delivery.instances must be at least 1");
    }
    sms = new ChannelThrottle(smsRate / instances);
    mail = new ChannelThrottle(mailRate / instances);
    app = new ChannelThrottle(appRate / instances);
    voice = new ChannelThrottle((double) linesPerInstance());
  }

  /** The voice lines this instance may use at once: its share of the cluster's, at least one. */
  public int linesPerInstance() {
    return Math.max(1, voiceLines / instances);
  }

  public ChannelThrottle of(Channel channel) {
    return switch (channel) {
      case SMS -> sms;
      case EMAIL -> mail;
      case APP -> app;
      case VOICE -> voice;
    };
  }

  /** How long the channel takes for this many recipients at the cluster's rate. */
  public Duration eta(Channel channel, long recipients) {
    double rate =
        switch (channel) {
          case SMS -> smsRate;
          case EMAIL -> mailRate;
          case APP -> appRate;
          case VOICE -> voiceLines / voiceCallSeconds;
        };
    return Eta.of(recipients, rate);
  }
}
