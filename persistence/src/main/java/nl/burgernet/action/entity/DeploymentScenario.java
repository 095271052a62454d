package nl.burgernet.action.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;
import nl.burgernet.participant.entity.Channel;

/**
 * A deployment scenario (inzetscenario): the national template of an action of one kind, with its
 * default radius, channels and wordings. Not scoped: every control room uses the same templates.
 */
@Entity
@Table(name = "deployment_scenario")
@NamedQuery(
    name = DeploymentScenario.ALL,
    query = "SELECT s FROM DeploymentScenario s ORDER BY s.name")
@NamedQuery(
    name = DeploymentScenario.ACTIVE,
    query = "SELECT s FROM DeploymentScenario s WHERE s.active = TRUE ORDER BY s.name")
public class DeploymentScenario {

  public static final String ALL = "DeploymentScenario.all";
  public static final String ACTIVE = "DeploymentScenario.active";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, unique = true, length = 80)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ActionKind kind;

  @Column(name = "default_radius_metres", nullable = false)
  private int defaultRadiusMetres;

  @Convert(converter = ChannelSetConverter.class)
  @Column(nullable = false, length = 40)
  private Set<Channel> channels = EnumSet.noneOf(Channel.class);

  @Column(name = "sms_wording", nullable = false, length = 500)
  private String smsWording;

  @Column(name = "voice_wording", nullable = false, length = 1000)
  private String voiceWording;

  @Column(nullable = false)
  private boolean active;

  protected DeploymentScenario() {}

  public DeploymentScenario(
      String name,
      ActionKind kind,
      int defaultRadiusMetres,
      Set<Channel> channels,
      String smsWording,
      String voiceWording,
      boolean active) {
    change(name, kind, defaultRadiusMetres, channels, smsWording, voiceWording, active);
  }

  public final void change(
      String name,
      ActionKind kind,
      int defaultRadiusMetres,
      Set<Channel> channels,
      String smsWording,
      String voiceWording,
      boolean active) {
    if (channels == null || channels.isEmpty()) {
      throw new IllegalArgumentException("a scenario needs at least one channel");
    }
    this.name = name.strip();
    this.kind = kind;
    this.defaultRadiusMetres = defaultRadiusMetres;
    this.channels = EnumSet.copyOf(channels);
    this.smsWording = smsWording.strip();
    this.voiceWording = voiceWording.strip();
    this.active = active;
  }

  /** Switched off, operators can no longer choose it; actions started with it keep their texts. */
  public void switchActive(boolean active) {
    this.active = active;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public ActionKind getKind() {
    return kind;
  }

  public int getDefaultRadiusMetres() {
    return defaultRadiusMetres;
  }

  public Set<Channel> getChannels() {
    return EnumSet.copyOf(channels);
  }

  public String getSmsWording() {
    return smsWording;
  }

  public String getVoiceWording() {
    return voiceWording;
  }

  public boolean isActive() {
    return active;
  }
}
